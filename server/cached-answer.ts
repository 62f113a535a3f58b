import type { Request, RequestHandler } from 'express';
import { AUTHORIZATION_HEADER } from './authorization-header.js';
import type { Metrics } from './metrics.js';
import type { RateLimiter } from './rate-limits.js';
import { logRequest } from './request-log.js';
import { type AnswerKey, CACHED_AT_HEADER, type FreshAnswer } from './response-cache.js';
import { nameRequestSpan } from './tracing.js';

/** Finds the answer kept for a request, still right (server/response-cache.ts freshAnswer), or null. */
export type FindAnswer = (request: AnswerKey) => FreshAnswer | null;

/**
 * The media types Apollo Server offers for a single result, as it offers them (its MEDIA_TYPES, in its
 * order), so that the same negotiation picks the same one; the second (JSONP-like) is left to Apollo.
 */
const OFFERED = [
  'application/json; charset=utf-8',
  'application/json; callbackSpec=1.0; charset=utf-8',
  'application/graphql-response+json; charset=utf-8',
];

/**
 * Answers a query whose answer the response cache holds, before Apollo's pipeline: the bytes kept,
 * sent as Apollo would send them. Profiling the gateway under load showed a cache hit spending most
 * of its CPU around the hit (parsing and validating the document, every plugin's hooks, parsing the
 * kept JSON and writing it again), where Hive Gateway's response cache answers before any of it.
 *
 * Only what the cache would answer all the same takes this way: a POST of a whole document in JSON
 * (no `extensions`: persisted queries take Apollo's way), without an Authorization header (the cache
 * keeps only anonymous answers; a request with a token that does not verify takes Apollo's way and is
 * answered from the cache there), whose Accept Apollo answers with JSON. A kept answer was let through
 * every check of the pipeline for the same document and variables (the limits, the cost, the trusted
 * documents, whose list does not change while the process runs), so they hold for it. What a hit owes
 * is done here as the pipeline does it: the client's rate limit is charged its answer's cost (refused:
 * Apollo's way, which answers the 429), `extensions.cost` is told, the request is counted in /metrics,
 * logged and named in its trace. A hit does not wait for heavy work (server/heavy-work.ts): no work is
 * done. Anything else, and every miss, goes on to Apollo.
 */
export function answerFromCache(find: FindAnswer, service: { name: string; metrics: Metrics; rateLimiter?: RateLimiter }): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const request = cacheableRequest(req);
    const type = request && mediaType(req);
    const answer = type ? find(request) : null;
    if (!answer || !type) {
      next();
      return;
    }
    const extensions = charge(answer, service.rateLimiter);
    if (extensions === null) {
      next();
      return;
    }
    nameRequestSpan(answer.operation);
    if (answer.cachedAt) res.setHeader(CACHED_AT_HEADER, answer.cachedAt);
    // send(), as Apollo's Express integration answers: its Content-Length and ETag.
    res
      .status(200)
      .type(type)
      .send(`{"data":${answer.data}${extensions ? `,"extensions":${JSON.stringify(extensions)}` : ''}}\n`);
    const operation = service.metrics.operationLabel(answer.operation);
    service.metrics.requests.inc({ operation, outcome: 'ok' });
    service.metrics.cacheHits.inc({ operation });
    service.metrics.earlyCacheHits.inc({ operation });
    const seconds = (performance.now() - started) / 1000;
    service.metrics.duration.observe({ operation }, seconds);
    logRequest({ service: service.name, requestId: req.headers['x-request-id'], operation: answer.operation, status: 200 }, seconds, []);
  };
}

/** The request as the cache keys it, when it is one the cache may answer before Apollo. */
function cacheableRequest(req: Request): AnswerKey | null {
  if (req.method !== 'POST' || req.headers[AUTHORIZATION_HEADER] !== undefined) return null;
  const body = req.body as Record<string, unknown> | undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null;
  const { query, operationName, variables, extensions } = body;
  if (typeof query !== 'string' || extensions !== undefined) return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return null;
  return { query, operationName, variables: variables as Record<string, unknown> | null | undefined };
}

/** The type Apollo would answer with for the request's Accept (negotiated alike), or null: then Apollo decides. */
function mediaType(req: Request): string | null {
  if (!req.headers.accept) return OFFERED[0] as string;
  const chosen = req.accepts(OFFERED);
  return chosen && chosen !== OFFERED[1] ? chosen : null;
}

/**
 * Charges the client of the request its answer's actual cost, as demand control charges a hit
 * (the estimate taken, then settled at the actual cost), and gives the extensions to send: `cost`
 * with the client's throttle status, {} when the answer has no cost, or null when the client's
 * bucket holds less than the estimate (then Apollo's way refuses it).
 */
function charge(answer: FreshAnswer, rateLimiter: RateLimiter | undefined): { cost: object } | undefined | null {
  if (!answer.cost) return undefined;
  const client = rateLimiter?.client();
  if (!rateLimiter || !client) return { cost: answer.cost };
  const { requestedQueryCost, actualQueryCost } = answer.cost;
  if (!rateLimiter.buckets.take(client.client, requestedQueryCost, client.route).ok) return null;
  rateLimiter.buckets.settle(client.client, requestedQueryCost, actualQueryCost);
  return { cost: { ...answer.cost, throttleStatus: rateLimiter.buckets.status(client.client) } };
}
