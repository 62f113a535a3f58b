import { Directive, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What was wrong with a mutation's request; every subgraph answers with the same codes. */
export enum UserErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  VERSION_CONFLICT = 'VERSION_CONFLICT',
  NOT_A_CALL = 'NOT_A_CALL',
  NOT_A_PROJECT = 'NOT_A_PROJECT',
  LIMIT_REACHED = 'LIMIT_REACHED',
}
registerEnumType(UserErrorCode, {
  name: 'UserErrorCode',
  description: 'Why a mutation changed nothing.',
  valuesConfig: {
    INVALID_INPUT: {
      description:
        'A value is not acceptable: not a time of day, a date that does not exist, an end before a start, a count below 1, a NUL byte…',
    },
    NOT_FOUND: { description: 'The record the input names does not exist.' },
    VERSION_CONFLICT: {
      description: 'The record changed since the client read it: expectedVersion is stale. Read it again (currentVersion) and retry.',
    },
    NOT_A_CALL: { description: 'The document is not a Servizio Civile call: the message says what is missing.' },
    NOT_A_PROJECT: { description: 'The document is not a Leva Civica project: the message says what is missing.' },
    LIMIT_REACHED: {
      description:
        'The input would go past a bound of the hub (e.g. what staged uploads may hold at once): the message says which, and when it frees up.',
    },
  },
});

/**
 * One thing wrong with a mutation's input. A payload with user errors has a null result, and
 * nothing was written. The same type in every subgraph, hence @shareable.
 */
@ObjectType('UserError', { description: 'Something wrong with the input of a mutation; when there is one, nothing was written.' })
@Directive('@shareable')
export class UserError {
  // The path of a value in an input: a few names deep.
  @Directive('@listSize(assumedSize: 5)')
  @Field(() => [String], {
    nullable: true,
    description: 'The path of the offending value inside `input`, e.g. ["hours", "2", "opens"]; null when it is about the whole input.',
  })
  field!: string[] | null;

  @Field(() => String, { description: 'What is wrong, for a person to read.' })
  message!: string;

  @Field(() => UserErrorCode, { description: 'What is wrong, for a program to act on.' })
  code!: UserErrorCode;

  @Field(() => Int, { nullable: true, description: 'With VERSION_CONFLICT: the version the record has now.' })
  currentVersion!: number | null;

  @Field(() => Int, { nullable: true, description: 'With an imported document: the line the error is about.' })
  line!: number | null;
}

export function userError(
  code: UserErrorCode,
  field: (string | number)[] | null,
  message: string,
  extra: { currentVersion?: number; line?: number } = {},
): UserError {
  return Object.assign(new UserError(), {
    code,
    field: field?.map(String) ?? null,
    message,
    currentVersion: extra.currentVersion ?? null,
    line: extra.line ?? null,
  });
}

/**
 * Thrown inside a write's transaction to roll it back and answer user errors: whatever the
 * transaction did before it is undone, so a payload with user errors never comes with a write.
 */
export class UserErrors extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join(' '));
  }
}
