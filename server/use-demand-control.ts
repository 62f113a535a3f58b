import { type ApolloServerPlugin, type BaseContext, HeaderMap } from '@apollo/server';
import { GraphQLError, OperationTypeNode } from 'graphql';
import { actualCost } from './actual-cost.js';
import type { CostDirectives } from './cost-directives.js';
import { documentMemo } from './document-memo.js';
import { estimatedCost } from './estimated-cost.js';
import type { HeavyWork } from './heavy-work.js';
import { jsonBytesOver } from './json-size.js';
import { refusalDelay } from './limits.js';
import type { RateLimiter } from './rate-limits.js';

export interface DemandControlOptions {
  /** The @cost and @listSize directives of the schema served (the supergraph's, or the subgraph's SDL). */
  directives: CostDirectives;
  /** HUB_MAX_COST: the largest estimated cost let through. */
  maxCost: number;
  /** HUB_MAX_RESPONSE: the largest answer, in bytes of JSON. */
  maxResponseBytes: number;
  /** HUB_REFUSAL_DELAY_MS: how long a refusal over the cost limit waits (see Limits.refusalDelayMs). */
  refusalDelayMs: number;
  /** The rate limits per client (the gateway's); none: no bucket is charged. */
  rateLimiter?: RateLimiter;
  /** Heavy documents take turns, whoever sends them (the gateway's); none: they run at once. */
  heavyWork?: HeavyWork;
  /**
   * HUB_TRUSTED_DOCUMENTS: a document not in the list is neither priced nor charged (useTrustedDocuments
   * refuses it). Apollo runs every plugin's didResolveOperation at once, so the order of the plugins
   * alone would not keep it from being charged.
   */
  trustedDocuments?: ReadonlyMap<string, string>;
}

/**
 * Demand control (server/estimated-cost.ts, server/actual-cost.ts) in Apollo Server's request pipeline:
 * - once the operation is known (parsed, validated, variables in hand) and before anything runs, its
 *   estimated cost; over HUB_MAX_COST it is refused: HTTP 400, QUERY_LIMIT_EXCEEDED, `limit: "cost"`,
 *   `cost` and `maxCost`;
 * - with rate limits, that cost is taken from the client's bucket (429 RATE_LIMITED and Retry-After when
 *   the bucket holds less), and settled once the answer is known: what the delivered data did not use
 *   is given back, what it used past the estimate is taken too; an answer without data, or replaced by
 *   RESPONSE_TOO_LARGE, keeps the estimate, but one refused for its variables costs nothing (nothing ran);
 * - a heavy document then waits its turn for the work all clients share (server/heavy-work.ts): 503
 *   SERVER_BUSY and Retry-After when it does not come in time, and its rate-limit charge is given back;
 * - the answer tells `extensions.cost` { requestedQueryCost, actualQueryCost, throttleStatus } as Shopify does;
 * - a query's answer over HUB_MAX_RESPONSE bytes is not sent: it is replaced by RESPONSE_TOO_LARGE (HTTP
 *   400), measured by a walk that stops at the bound, before any JSON of it is written. A mutation's
 *   answer is always sent: its write was committed.
 */
export function useDemandControl<TContext extends BaseContext>(options: DemandControlOptions): ApolloServerPlugin<TContext> {
  const { directives, maxCost, maxResponseBytes, rateLimiter } = options;
  // The same document with the same variables has the same price: priced once (profiled: 4 % of a cached answer's CPU).
  const priceOf = documentMemo<number>();
  return {
    async requestDidStart() {
      let requested: number | null = null;
      let charged: { client: string; points: number } | null = null;
      let settleWork: ((actual: number) => void) | null = null;
      return {
        async didResolveOperation({ schema, document, request, operationName, queryHash }) {
          if (options.trustedDocuments && !options.trustedDocuments.has(queryHash)) return;
          const priced = { schema, document, operationName, variables: request.variables };
          requested = priceOf(document, JSON.stringify([operationName ?? null, request.variables ?? null]), () =>
            estimatedCost(directives, priced),
          );
          if (requested > maxCost) {
            await refusalDelay(options.refusalDelayMs);
            throw new GraphQLError(`The document costs ${requested} points; this server answers at most ${maxCost}.`, {
              extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', cost: requested, maxCost, http: { status: 400 } },
            });
          }
          const client = rateLimiter?.client();
          if (rateLimiter && client) {
            const taken = rateLimiter.buckets.take(client.client, requested, client.route);
            if (!taken.ok) {
              throw new GraphQLError(
                `Rate limited: this document costs ${requested} points and this client has ${rateLimiter.buckets.status(client.client).currentlyAvailable} left; try again in ${taken.retryAfterSeconds} s.`,
                { extensions: rateLimited(requested, taken.retryAfterSeconds) },
              );
            }
            charged = { client: client.client, points: requested };
          }
          if (!options.heavyWork) return;
          const admission = await options.heavyWork.admit(requested);
          if (!admission.ok) {
            // Nothing ran: the client's charge goes back.
            if (charged && rateLimiter) rateLimiter.buckets.settle(charged.client, charged.points, 0);
            charged = null;
            throw new GraphQLError(
              `The hub is busy with other heavy documents: this one (${requested} points) did not get its turn; try again in ${admission.retryAfterSeconds} s, or ask for less.`,
              { extensions: serverBusy(requested, admission.retryAfterSeconds) },
            );
          }
          settleWork = admission.settle;
        },

        async willSendResponse({ response, schema, document, request, operationName, operation }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          // A mutation's answer is always sent: its write is committed, and only a token holder's mutation runs.
          const mutation = operation?.operation === OperationTypeNode.MUTATION;
          let replaced = false;
          if (!mutation && jsonBytesOver(result, maxResponseBytes)) {
            replaced = true;
            response.body.singleResult = {
              errors: [
                {
                  message: `The answer is larger than this server sends (${maxResponseBytes} bytes): ask for fewer items or fields.`,
                  extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes: maxResponseBytes },
                },
              ],
            };
            if (response.http) response.http.status = 400;
          }
          if (requested === null || !document) return;
          const answered = response.body.singleResult;
          // The actual cost counts the data delivered. An answer with no data (an error, a subgraph's
          // refusal) or one replaced by RESPONSE_TOO_LARGE has had its work done all the same: it keeps
          // the estimated cost, or the client could send over-large documents for nothing.
          // A variable its type refused stops the request before anything runs (server/errors.ts names it):
          // it costs nothing, as a document that fails validation costs nothing.
          const refusedVariables = !answered.data && !!answered.errors?.every((e) => e.extensions?.variableName);
          const actual = refusedVariables
            ? 0
            : answered.data && !replaced
              ? actualCost(directives, { schema, document, operationName, variables: request.variables }, answered.data)
              : requested;
          if (charged && rateLimiter) rateLimiter.buckets.settle(charged.client, charged.points, actual);
          settleWork?.(actual);
          const client = rateLimiter?.client();
          answered.extensions = {
            ...answered.extensions,
            cost: {
              requestedQueryCost: requested,
              actualQueryCost: actual,
              ...(rateLimiter && client ? { throttleStatus: rateLimiter.buckets.status(client.client) } : {}),
            },
          };
        },
      };
    },
  };
}

/** The extensions of a 503 of heavy work (see rateLimited for `http`). */
function serverBusy(cost: number, retryAfter: number): Record<string, unknown> {
  const http = { status: 503, headers: new HeaderMap([['retry-after', String(retryAfter)]]) };
  return { code: 'SERVER_BUSY', cost, retryAfter, http };
}

/** The extensions of a 429: Apollo answers `http` (a HeaderMap, which graphql's typing of extensions does not know) and drops it. */
function rateLimited(cost: number, retryAfter: number): Record<string, unknown> {
  const http = { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) };
  return { code: 'RATE_LIMITED', cost, retryAfter, http };
}
