import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { LocalDateResolver, LocalTimeResolver } from 'graphql-scalars';

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
