import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import { byteSize, integer } from './config.js';

/** What one request may ask for; every limit has an environment variable and a default. */
export interface Limits {
  /** HUB_MAX_DEPTH: nesting of fields. */
  depth: number;
  /** HUB_MAX_ALIASES: aliased fields in one document. */
  aliases: number;
  /** HUB_MAX_TOKENS: lexical tokens of the document. */
  tokens: number;
  /** HUB_MAX_DIRECTIVES: directives in one document. */
  directives: number;
  /**
   * HUB_MAX_COST: the largest estimated cost of a document (server/estimated-cost.ts: the IBM cost directives,
   * `@cost` and `@listSize`, as Apollo Router counts them).
   */
  cost: number;
  /**
   * HUB_MAX_RESPONSE: bytes of an answer, in the gateway and in each subgraph, and of a subgraph's
   * answer that the gateway reads.
   */
  responseBytes: number;
  /** HUB_MAX_BODY: bytes of a request body (the importers send whole documents). */
  bodyBytes: number;
  /**
   * HUB_REFUSAL_DELAY_MS: how long a document over a limit waits for its 400. A tarpit: a client that
   * keeps sending such documents over a few connections waits on timers, which cost no CPU, instead
   * of taking the CPU that normal traffic needs; a developer's mistake costs a moment.
   */
  refusalDelayMs: number;
  /** HUB_MAX_LITERAL: bytes of one token of the document (a string, a number, a name); long texts go in variables. */
  literalBytes: number;
  /** HUB_MAX_JSON_DEPTH: nesting of arrays and objects in a request body or its variables, the body itself counting 1. */
  jsonDepth: number;
  /**
   * HUB_MAX_RECORDS: records one query may load in a subgraph (subgraphs/shared/record-budget.ts), whatever its
   * estimated cost assumed; past it the rest is refused with RESPONSE_TOO_LARGE.
   */
  records: number;
}

/**
 * The defaults leave room: the largest contract operation has depth 6 and 74 tokens, the playground's
 * document of every example about 900 tokens. Costs (test/demand-control.spec.ts lists them): the
 * dearest document the hub's own consumers send is the HSDS programmes (about 65,000, for every call's
 * projects and placements), a page of 100 points with their hours and special schedules about 13,400,
 * the dashboard's Municipi with their boundaries 10,209; a page of 100 points that each ask for
 * their Municipio's boundary costs 100,201 and is refused. The largest answer of a consumer is the nine
 * boundaries (880 KB).
 */
export function limitsFromEnv(env: Record<string, string | undefined> = process.env): Limits {
  return {
    depth: integer(env, 'HUB_MAX_DEPTH', 10, 1, 1000),
    aliases: integer(env, 'HUB_MAX_ALIASES', 30, 0, 10_000),
    tokens: integer(env, 'HUB_MAX_TOKENS', 2000, 10, 1_000_000),
    directives: integer(env, 'HUB_MAX_DIRECTIVES', 20, 0, 10_000),
    cost: integer(env, 'HUB_MAX_COST', 80_000, 1, 100_000_000),
    responseBytes: byteSize(env, 'HUB_MAX_RESPONSE', '4mb'),
    bodyBytes: byteSize(env, 'HUB_MAX_BODY', '1mb'),
    refusalDelayMs: integer(env, 'HUB_REFUSAL_DELAY_MS', 250, 0, 10_000),
    literalBytes: byteSize(env, 'HUB_MAX_LITERAL', '16kb'),
    jsonDepth: integer(env, 'HUB_MAX_JSON_DEPTH', 64, 2, 10_000),
    records: integer(env, 'HUB_MAX_RECORDS', 10_000, 100, 100_000_000),
  };
}

/**
 * GraphQL Armor's limits as Apollo validation rules and plugins: a document over a limit is
 * refused with 400 and code QUERY_LIMIT_EXCEEDED (and which limit) before anything is executed.
 * The token and literal limits are checked before parsing, by the HTTP layer (server/input-size.ts); the cost,
 * once the variables are known, by demand control (use-demand-control.ts), not by Armor's costLimit, which
 * counts the shape of a document and not what its answer carries.
 * Field suggestions stay on: they name schema fields, which the schema is public anyway.
 */
export function armor(limits: Limits) {
  const refuse = (limit: string) => (context: ValidationContext | null, error: GraphQLError) => {
    context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { limit } }));
  };
  const options = (limit: string) => ({ propagateOnRejection: false, onReject: [refuse(limit)] });
  const protections = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxDepth: { n: limits.depth, ...options('depth') },
    maxAliases: { n: limits.aliases, ...options('aliases') },
    // Counted before Apollo parses anything (server/input-size.ts): armor's own check answers 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: limits.directives, ...options('directives') },
    costLimit: { enabled: false },
  }).protect();
  return { validationRules: protections.validationRules, plugins: [...protections.plugins, useLimitErrors(limits.refusalDelayMs)] };
}

/** At most this many validation errors are answered: a hostile document can make thousands. */
const MAX_VALIDATION_ERRORS = 10;

/**
 * A document over a limit is answered with the limits it broke alone (code QUERY_LIMIT_EXCEEDED,
 * and `limit`), not with the hundreds of other errors the same validation pass found in it; any
 * other invalid document with at most ten errors (Apollo hands its own list of errors to the hook).
 * A refusal over a limit waits the refusal delay before it is answered.
 */
function useLimitErrors(refusalDelayMs: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let overALimit = false;
      return {
        async validationDidStart() {
          return async (found) => {
            if (!found) return;
            const errors = found as GraphQLError[];
            const overLimit = errors.filter((e) => e.extensions?.limit);
            overALimit = overLimit.length > 0;
            errors.splice(0, errors.length, ...(overALimit ? overLimit : errors).slice(0, MAX_VALIDATION_ERRORS));
          };
        },
        // Apollo does not wait for the hook above; it waits for this one.
        async willSendResponse() {
          if (overALimit) await refusalDelay(refusalDelayMs);
        },
      };
    },
  };
}

/** Waits before a refusal over a limit is answered (see Limits.refusalDelayMs). */
export const refusalDelay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
