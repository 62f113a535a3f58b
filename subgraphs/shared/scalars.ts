import { GraphQLScalarType, type GraphQLSchema, isScalarType, isSpecifiedScalarType, Kind, type ValueNode } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, JSONResolver, LocalDateResolver, LocalTimeResolver, URLResolver } from 'graphql-scalars';
import { badUserInput } from './errors.js';

/**
 * What every custom scalar of the graph accepts, by its name in the API schema: graphql-scalars' own
 * parsing, strict. The one place the scalars' rules are written: the subgraphs' scalars below are built
 * from these, and the gateway checks every variable and literal with them (`parseScalarsIn`), before
 * any subgraph is asked.
 */
export const SCALAR_PARSING = {
  DateTime: DateTimeResolver,
  LocalDate: LocalDateResolver,
  LocalTime: LocalTimeResolver,
  URL: URLResolver,
  JSON: JSONResolver,
  JSONObject: JSONObjectResolver,
} as const satisfies Record<string, GraphQLScalarType>;

/**
 * Gives the custom scalars of a schema their parsing, in place. The gateway's API schema, made from the
 * supergraph, knows a scalar by name only and would let any value through to the subgraphs (where a
 * refused instant became an error per item, answered 200). With it, the gateway's own variable coercion
 * refuses the request at once: one BAD_USER_INPUT error per refused value, naming the variable, HTTP 400
 * (a literal in the document: GRAPHQL_VALIDATION_FAILED). Answers are not re-serialized: the subgraphs
 * wrote them. A custom scalar of the schema with no parsing here throws, so none stays opaque.
 */
export function parseScalarsIn(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isScalarType(type) || isSpecifiedScalarType(type)) continue;
    const parsing = new Map<string, GraphQLScalarType>(Object.entries(SCALAR_PARSING)).get(type.name);
    if (!parsing) throw new Error(`The scalar ${type.name} has no parsing in subgraphs/shared/scalars.ts (SCALAR_PARSING).`);
    type.parseValue = parsing.parseValue;
    type.parseLiteral = parsing.parseLiteral;
  }
}

/**
 * The subgraphs' LocalDate and LocalTime: graphql-scalars' own, with one change. Through the gateway a
 * value they refuse never arrives (see parseScalarsIn); a subgraph reached directly does not refuse it
 * while the request is parsed but passes it on as written, so that the mutation answers it as a user
 * error with its path inside `input` (["hours", "2", "opens"]) instead of a request-level error (which
 * the gateway cannot tell from a failing subgraph). Every resolver that takes them checks them with
 * `checkLocalDate`/`checkLocalTime`. Output is graphql-scalars' own.
 */
function lenient(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  return new GraphQLScalarType({
    ...config,
    parseValue: (value) => value,
    parseLiteral: (ast: ValueNode) => (ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const LocalDate = lenient(SCALAR_PARSING.LocalDate);
export const LocalTime = lenient(SCALAR_PARSING.LocalTime);

/** The value as a real calendar date ("2027-05-01"), or null. */
export function checkLocalDate(value: unknown): string | null {
  try {
    return typeof value === 'string' ? (SCALAR_PARSING.LocalDate.parseValue(value) as string) : null;
  } catch {
    return null;
  }
}

/** The value as a real time of day ("09:30"), or null. */
export function checkLocalTime(value: unknown): string | null {
  try {
    return typeof value === 'string' ? (SCALAR_PARSING.LocalTime.parseValue(value) as string) : null;
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
 * a value its scalar refused. In a subgraph, scalars refuse values here and not while the request is
 * parsed: a request-level error of a subgraph reaches the client as its being unavailable. (Through the
 * gateway such a value never arrives: parseScalarsIn refuses it there first.)
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
  ...SCALAR_PARSING.DateTime.toConfig(),
  ...refusedInResolver(SCALAR_PARSING.DateTime),
  description:
    'An instant: an RFC 3339 date-time string with its offset, e.g. "2026-11-23T10:00:00+01:00". Times of records (updatedAt, history) are answered in UTC ("2026-11-23T09:00:00.000Z"); times of opening and closing in the local time of Milan with its offset (+01:00 in winter, +02:00 in summer). Inputs accept any offset.',
  serialize: (value) => {
    const checked = SCALAR_PARSING.DateTime.serialize(value);
    return typeof value === 'string' ? value : checked;
  },
});

/** graphql-scalars' URL: an absolute web address (RFC 3986), answered in its normal form. */
export const Url = SCALAR_PARSING.URL;
