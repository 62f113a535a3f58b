import type { EntityManager } from '@mikro-orm/postgresql';
import { type ClassType, Directive, Field, InputType, Int, ObjectType } from 'type-graphql';
import type { Viewer } from './auth/viewer.js';
import type { Context } from './context.js';
import { payload } from './payload.js';
import type { UserError } from './user-error.js';
import { DryRun, write } from './write.js';

/** The input of a document import: the same two fields in every subgraph, under each mutation's own name. */
export function documentImportInput(name: string, what: string) {
  @InputType(name, { description: `The text of ${what}, imported all or nothing.` })
  class DocumentImportInput {
    @Field(() => String, { description: `The text of ${what} as published (markdown), at most about 1 MB.` })
    document!: string;

    @Field(() => Boolean, { defaultValue: false, description: 'True: report what would change, and change nothing.' })
    dryRun!: boolean;
  }
  return DocumentImportInput;
}

/**
 * The fields every import report ends with, after its own (`Facts`, which names what the document
 * held and whether it was a dry run): the records created, changed and already as the document says,
 * and the importer's warnings. `created` says which records an import of that kind creates.
 */
export function withImportTally<T extends ClassType<object>>(Facts: T, created: string) {
  // Not in the schema itself: only the report types that extend it are.
  @ObjectType()
  class ImportTallyFields extends Facts {
    @Field(() => Int, { description: created })
    created!: number;

    @Field(() => Int, { description: 'Records changed to what the document says.' })
    updated!: number;

    @Field(() => Int, { description: 'Records already as the document says.' })
    unchanged!: number;

    @Directive('@listSize(assumedSize: 100)')
    @Field(() => [String], { description: 'What the importer could not read or place, in its words; nothing was guessed.' })
    warnings!: string[];
  }
  return ImportTallyFields;
}

/**
 * An import as a mutation, the same way in every subgraph: one transaction, its input checked first
 * (`checked`: every field but the document's text unless told otherwise, for the parser reads that
 * text's control characters itself: page breaks as line ends, the others dropped with a warning, a
 * document it cannot read refused with its own code); `work` imports and answers the report and the
 * records its payload names. A dry run answers the report alone and rolls everything back; a
 * refused document answers its user errors, and nothing is written.
 */
export function importDocument<P extends { report: object | null; userErrors: UserError[] }>(
  ctx: Context,
  input: { dryRun: boolean },
  answer: new () => P,
  work: (em: EntityManager, viewer: Viewer) => Promise<Partial<P>>,
  checked: object = withoutDocument(input),
): Promise<P> {
  return write(
    ctx,
    checked,
    async (em) => {
      const done = await work(em, await ctx.auth.viewer());
      if (input.dryRun) throw new DryRun(payload(answer, { report: done.report } as Partial<P>));
      return payload(answer, done);
    },
    (userErrors) => payload(answer, { userErrors } as Partial<P>),
  );
}

function withoutDocument(input: object): object {
  const { document: _text, ...rest } = input as { document?: unknown };
  return rest;
}
