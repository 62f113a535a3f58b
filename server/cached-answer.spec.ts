import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerFromCache } from './cached-answer.js';
import { Metrics } from './metrics.js';
import { RateLimiter } from './rate-limits.js';
import type { AnswerKey, FreshAnswer } from './response-cache.js';

// Which requests the cache answers before Apollo, and how: everything else reaches the next handler
// (Apollo, here a stand-in that answers "apollo").

const KEPT: FreshAnswer = {
  cachedAt: null,
  data: '{"city":{"points":75}}',
  operation: 'City',
  cost: { requestedQueryCost: 40, actualQueryCost: 12 },
};
const asked: AnswerKey[] = [];
const metrics = new Metrics('test');
const limiter = new RateLimiter({ enabled: true, points: 100, restorePerSecond: 1, maxClients: 10, trustedProxies: [] }, async (req) =>
  String(req.headers['x-client'] ?? 'anyone'),
);
let url = '';
let close: () => void;

beforeAll(async () => {
  const app = express();
  app.use(
    '/graphql',
    limiter.identifyGraphQL,
    express.json(),
    limiter.graphql,
    answerFromCache(
      (request) => {
        asked.push(request);
        return request.query === '{ city }' ? KEPT : null;
      },
      { name: 'test', metrics, rateLimiter: limiter },
    ),
    (_req, res) => {
      res.type('text/plain').send('apollo');
    },
  );
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  close = () => server.close();
});
afterAll(() => close?.());

async function send(body: unknown, headers: Record<string, string> = {}, method = 'POST') {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', 'x-client': 'a', ...headers },
    ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
  });
  return { type: response.headers.get('content-type'), text: await response.text() };
}

describe('an answer from the cache, before Apollo', () => {
  it('is the kept data with its cost and the client’s bucket charged its actual cost, as Apollo would write it', async () => {
    const before = limiter.buckets.status('a').currentlyAvailable;
    const { type, text } = await send({ query: '{ city }', operationName: null, variables: { a: 1 } });
    expect(type).toBe('application/json; charset=utf-8');
    const throttleStatus = { maximumAvailable: 100, currentlyAvailable: before - 12, restoreRate: 1 };
    expect(text).toBe(
      `{"data":{"city":{"points":75}},"extensions":${JSON.stringify({ cost: { requestedQueryCost: 40, actualQueryCost: 12, throttleStatus } })}}\n`,
    );
    expect(asked.at(-1)).toEqual({ query: '{ city }', operationName: null, variables: { a: 1 } });
  });

  it('answers in the media type Apollo negotiates for the Accept header', async () => {
    expect((await send({ query: '{ city }' }, { accept: 'application/graphql-response+json, application/json;q=0.9' })).type).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    expect((await send({ query: '{ city }' }, { accept: '*/*' })).type).toBe('application/json; charset=utf-8');
  });

  it('is counted in the metrics as a request and a cache hit of its operation', async () => {
    const count = async (name: string) =>
      (await metrics.registry.getSingleMetric(name)?.get())?.values.find((v) => v.labels.operation === 'City')?.value ?? 0;
    const [requests, hits] = [await count('graphql_requests_total'), await count('graphql_response_cache_hits_total')];
    await send({ query: '{ city }' });
    expect(await count('graphql_requests_total')).toBe(requests + 1);
    expect(await count('graphql_response_cache_hits_total')).toBe(hits + 1);
  });

  it.each([
    ['a miss', { query: '{ other }' }, {}, 'POST'],
    ['a request with a token (answers are kept for anonymous requests only)', { query: '{ city }' }, { authorization: 'Bearer x' }, 'POST'],
    ['a persisted query or any extensions', { query: '{ city }', extensions: { persistedQuery: { version: 1 } } }, {}, 'POST'],
    ['a GET', null, {}, 'GET'],
    ['an Accept Apollo does not answer with JSON', { query: '{ city }' }, { accept: 'text/html' }, 'POST'],
    ['an Accept of Apollo’s JSONP-like type', { query: '{ city }' }, { accept: 'application/json; callbackSpec=1.0' }, 'POST'],
    ['variables that are not an object', { query: '{ city }', variables: [1] }, {}, 'POST'],
  ])('leaves %s to Apollo', async (_case, body, headers, method) => {
    expect((await send(body, headers, method)).text).toBe('apollo');
  });

  it('leaves to Apollo (which answers the 429) a client whose bucket holds less than the estimate', async () => {
    limiter.buckets.take('poor', 70);
    expect((await send({ query: '{ city }' }, { 'x-client': 'poor' })).text).toBe('apollo');
    expect(limiter.buckets.status('poor').currentlyAvailable).toBe(30);
  });
});
