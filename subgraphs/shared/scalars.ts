import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, LocalDateResolver, LocalTimeResolver, URLResolver } from 'graphql-scalars';
import { badUserInput } from './errors.js';

/**
 * graphql-scalars' LocalDate and LocalTime, with one change: an input value that is not a real date
 * or time of day is not refused while the request is parsed, but passed on as written, so that the
 * mutation answers it as a user error with its path inside `input` (["hours", "2", "opens"]) instead
 * of a request-level error (which the gateway cannot tell from a failing subgraph). Every resolver
 * that takes them checks them with `checkLocalDate`/`checkLocalTime`. Output is graphql-scalars' own.
 */
function lenient(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => value,
    parseLiteral: (ast: ValueNode) => (ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const LocalDate = lenient(LocalDateResolver);
export const LocalTime = lenient(LocalTimeResolver);

/** The value as a real calendar date ("2027-05-01"), or null. */
export function checkLocalDate(value: unknown): string | null {
  try {
    return typeof value === 'string' ? (LocalDateResolver.parseValue(value) as string) : null;
  } catch {
    return null;
  }
}

/** The value as a real time of day ("09:30"), or null. */
export function checkLocalTime(value: unknown): string | null {
  try {
    return typeof value === 'string' ? (LocalTimeResolver.parseValue(value) as string) : null;
  } catch {
    return null;
  }
}

/** An argument value that its scalar refused: kept so that the resolver answers BAD_USER_INPUT (see rejectRefusedArguments). */
export class RefusedScalarValue {
  constructor(readonly message: string) {}
}

/**
 * Throws BAD_USER_INPUT, naming the argument, when an argument (or a field of an input object) holds
 * a value its scalar refused. Scalars refuse values here and not while the request is parsed: a
 * request-level error of a subgraph reaches the client as its being unavailable.
 */
export function rejectRefusedArguments(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    const refused = findRefused(value);
    if (refused) throw badUserInput(`${name}: ${refused.message}`, name);
  }
}

function findRefused(value: unknown): RefusedScalarValue | null {
  if (value instanceof RefusedScalarValue) return value;
  if (Array.isArray(value)) return value.map(findRefused).find((r) => r !== null) ?? null;
  if (value && typeof value === 'object' && !(value instanceof Date)) return findRefused(Object.values(value));
  return null;
}

/** A scalar whose refusals wait for the resolver (as RefusedScalarValue) instead of failing the request. */
function refusedInResolver(scalar: GraphQLScalarType): Pick<GraphQLScalarType, 'parseValue' | 'parseLiteral'> {
  const refuse = (parse: () => unknown) => {
    try {
      return parse();
    } catch (error) {
      return new RefusedScalarValue(error instanceof Error ? error.message : String(error));
    }
  };
  return {
    parseValue: (value) => refuse(() => scalar.parseValue(value)),
    parseLiteral: (ast, variables) => refuse(() => scalar.parseLiteral(ast, variables)),
  };
}

/**
 * graphql-scalars' DateTime (RFC 3339 date-time, inputs of any offset), with a description that says
 * what the graph answers, and two changes: a string value is answered as written once checked, so
 * that a local time keeps its offset instead of becoming UTC; a refused input is BAD_USER_INPUT.
 */
export const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  ...refusedInResolver(DateTimeResolver),
  description:
    'An instant: an RFC 3339 date-time string with its offset, e.g. "2026-11-23T10:00:00+01:00". Times of records (updatedAt, history) are answered in UTC ("2026-11-23T09:00:00.000Z"); times of opening and closing in the local time of Milan with its offset (+01:00 in winter, +02:00 in summer). Inputs accept any offset.',
  serialize: (value) => {
    const checked = DateTimeResolver.serialize(value);
    return typeof value === 'string' ? value : checked;
  },
});

/** graphql-scalars' URL: an absolute web address (RFC 3986), answered in its normal form. */
export const Url = URLResolver;
