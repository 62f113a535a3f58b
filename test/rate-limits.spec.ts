import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningGateway, startGateway } from '../gateway/gateway.js';
import { type HttpOptions, httpOptionsFromEnv } from '../server/http-options.js';
import type { RateLimits } from '../server/rate-limits.js';
import { sha256 } from '../server/trusted-documents.js';
import { type Hub, root, startHub } from './support/hub.js';
import { bearer, TestTokens } from './support/tokens.js';

// Rate limits per client (server/rate-limits.ts): a bucket of cost points per client, the subject of
// a verified token or else the client address (X-Forwarded-For only from a trusted proxy); headers on
// every answer, 429 with Retry-After past the budget, while other clients are served.

/** A small bucket that refills at a point in 1000 s: nothing refills during a test. */
const BUCKET = 30_000;
const RESTORE = 0.001;
function withRateLimits(rateLimits: Partial<RateLimits>): HttpOptions {
  const defaults = httpOptionsFromEnv({});
  // Heavy work off: this spec's heavy documents would otherwise make the HSDS route's wait for its turn
  // (test/heavy-work.spec.ts shows heavy work); here only the client's bucket is measured.
  return {
    ...defaults,
    heavyWork: { ...defaults.heavyWork, enabled: false },
    rateLimits: { ...defaults.rateLimits, points: BUCKET, restorePerSecond: RESTORE, ...rateLimits },
  };
}

/** Nine boundaries: an actual cost of 9 × 1001 (each request keeps what it cost). */
const HEAVY = '{ municipi { number boundary } }';
const HEAVY_COST = 9 * 1001;
/** The schema's types and their fields: introspection lists are priced at 10 items, and hold many more. */
const TYPES = '{ __schema { types { name description fields { name description } } } }';

let hub: Hub;
let untrusting: RunningGateway;
let off: RunningGateway;
let shortAnswers: RunningGateway;
let trusting: RunningGateway;
const statements: string[] = [];
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'), {
    http: withRateLimits({ trustedProxies: ['loopback'] }),
    onQuery: (_subgraph, sql) => statements.push(sql),
  });
  const others = {
    supergraphSdl: await readFile(`${root}/schema/supergraph.graphql`, 'utf8'),
    subgraphUrls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
    port: 0,
    examples: [],
  };
  untrusting = await startGateway({ ...others, http: withRateLimits({ trustedProxies: [] }) });
  off = await startGateway({ ...others, http: withRateLimits({ enabled: false }) });
  // Sends (and reads of a subgraph) at most 20 KB.
  const limited = withRateLimits({ trustedProxies: ['loopback'] });
  shortAnswers = await startGateway({ ...others, http: { ...limited, limits: { ...limited.limits, responseBytes: 20 * 1024 } } });
  // Runs only HEAVY.
  trusting = await startGateway({ ...others, http: { ...limited, trustedDocuments: new Map([[sha256(HEAVY), HEAVY]]) } });
});
afterAll(async () => {
  await trusting?.stop();
  await shortAnswers?.stop();
  await off?.stop();
  await untrusting?.stop();
  await hub?.stop();
});

async function graphql(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}
const from = (address: string) => ({ 'x-forwarded-for': address });
const remaining = (headers: Headers) => Number(headers.get('x-ratelimit-remaining'));
const origin = () => new URL(hub.gateway.url).origin;

describe('rate limits per client', () => {
  it('tells every answer its client’s bucket: headers, and extensions.cost as Shopify does', async () => {
    const response = await graphql(hub.gateway.url, '{ municipi { number } }', from('198.51.100.1'));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-ratelimit-limit')).toBe(String(BUCKET));
    expect(remaining(response.headers)).toBe(BUCKET - 9);
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(0);
    expect(response.body.extensions.cost).toEqual({
      requestedQueryCost: 9,
      actualQueryCost: 9,
      throttleStatus: { maximumAvailable: BUCKET, currentlyAvailable: BUCKET - 9, restoreRate: RESTORE },
    });
    // A document that does not even parse is answered with the headers too.
    const broken = await graphql(hub.gateway.url, '{ municipi ', from('198.51.100.1'));
    expect(broken.status).toBe(400);
    expect(broken.headers.get('x-ratelimit-limit')).toBe(String(BUCKET));
    // Nor does a body that is not JSON, refused before GraphQL.
    const notJson = await fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from('198.51.100.1') },
      body: '{ "query": ',
    });
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('BAD_REQUEST');
    expect(notJson.headers.get('x-ratelimit-limit')).toBe(String(BUCKET));
  });

  it('with trusted documents, refuses an untrusted document before it is priced or charged', async () => {
    const untrusted = await graphql(trusting.url, '{ municipi { number name boundary } }', from('198.51.100.13'));
    expect(untrusted.status).toBe(400);
    expect(untrusted.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    expect(remaining(untrusted.headers)).toBe(BUCKET);
    const trusted = await graphql(trusting.url, HEAVY, from('198.51.100.13'));
    expect(trusted.status).toBe(200);
    expect(remaining(trusted.headers)).toBe(BUCKET - HEAVY_COST);
  });

  it('answers 429 with Retry-After to a client past its budget, before any subgraph runs, while another client is served', async () => {
    const client = from('198.51.100.2');
    for (let i = 0; i < Math.floor(BUCKET / HEAVY_COST); i++) {
      const served = await graphql(hub.gateway.url, HEAVY, client);
      expect(served.status).toBe(200);
    }
    statements.length = 0;
    const refused = await graphql(hub.gateway.url, HEAVY, client);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', cost: HEAVY_COST });
    expect(refused.body.data).toBeUndefined();
    expect(remaining(refused.headers)).toBeLessThan(HEAVY_COST);
    expect(statements).toEqual([]);
    // Another address is another client.
    const other = await graphql(hub.gateway.url, HEAVY, from('198.51.100.3'));
    expect(other.status).toBe(200);
    expect(remaining(other.headers)).toBe(BUCKET - HEAVY_COST);
    // A cheap document still fits in what the first client has left.
    const cheap = await graphql(hub.gateway.url, '{ municipi { number } }', client);
    expect(cheap.status).toBe(200);
  });

  it('counts a verified token’s subject as one client wherever it comes from, and a forged one by its address', async () => {
    const token = bearer(await hub.tokens.sign({ sub: 'app@comune' }));
    const first = await graphql(hub.gateway.url, HEAVY, { ...token, ...from('198.51.100.4') });
    const second = await graphql(hub.gateway.url, HEAVY, { ...token, ...from('198.51.100.5') });
    expect(remaining(first.headers)).toBe(BUCKET - HEAVY_COST);
    expect(remaining(second.headers)).toBe(BUCKET - 2 * HEAVY_COST);
    // The addresses themselves were not charged.
    const address = await graphql(hub.gateway.url, '{ __typename }', from('198.51.100.4'));
    expect(remaining(address.headers)).toBe(BUCKET);
    // A token signed with another key does not open a bucket of its own.
    const other = await hub.tokens.sign({ sub: 'someone-else' }, (await TestTokens.create()).keys.privateJwk);
    const forged = await graphql(hub.gateway.url, HEAVY, { ...bearer(other), ...from('198.51.100.6') });
    const sameAddress = await graphql(hub.gateway.url, '{ __typename }', from('198.51.100.6'));
    expect(remaining(forged.headers)).toBe(BUCKET - HEAVY_COST);
    expect(remaining(sameAddress.headers)).toBe(BUCKET - HEAVY_COST);
  });

  it('believes X-Forwarded-For only from the proxies it is told to trust', async () => {
    const one = await graphql(untrusting.url, HEAVY, from('198.51.100.7'));
    const two = await graphql(untrusting.url, HEAVY, from('198.51.100.8'));
    // Both came from 127.0.0.1, the one client this gateway sees.
    expect(remaining(two.headers)).toBe(remaining(one.headers) - HEAVY_COST);
  });

  it('counts IPv6 clients by their /64: another address of the same network is the same client', async () => {
    const one = await graphql(hub.gateway.url, HEAVY, from('2001:db8:1:2::1'));
    const two = await graphql(hub.gateway.url, HEAVY, from('2001:db8:1:2:abcd::7'));
    expect(remaining(one.headers)).toBe(BUCKET - HEAVY_COST);
    expect(remaining(two.headers)).toBe(BUCKET - 2 * HEAVY_COST);
    const otherNetwork = await graphql(hub.gateway.url, HEAVY, from('2001:db8:1:3::1'));
    expect(remaining(otherNetwork.headers)).toBe(BUCKET - HEAVY_COST);
  });

  it('counts the HSDS and JSON-LD routes against their client, once, and refuses them past the budget', async () => {
    const client = from('198.51.100.9');
    const hsds = await fetch(`${origin()}/hsds/services`, { headers: client });
    expect(hsds.status).toBe(200);
    const afterHsds = remaining(hsds.headers);
    expect(afterHsds).toBeLessThan(BUCKET);
    const jsonLd = await fetch(`${origin()}/points/demo-csrc-1-1.jsonld`, { headers: client });
    expect(jsonLd.status).toBe(200);
    expect(remaining(jsonLd.headers)).toBeLessThan(afterHsds);
    // Their own operations were not a client of their own: the gateway's address was not charged.
    const peer = await graphql(hub.gateway.url, '{ __typename }');
    expect(remaining(peer.headers)).toBe(BUCKET);
    // Spent (a route reserves its documents' estimated cost to be let in, and its operations are all charged): it waits.
    for (let i = 0; i < 10 && (await graphql(hub.gateway.url, HEAVY, client)).status === 200; i++) {}
    let refused = await fetch(`${origin()}/hsds/services`, { headers: client });
    for (let i = 0; i < 20 && refused.status === 200; i++) refused = await fetch(`${origin()}/hsds/services`, { headers: client });
    // A REST route answers RFC 9457's problem+json, with its rate-limit headers.
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await refused.json()).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429 });
    expect(refused.headers.get('x-ratelimit-remaining')).not.toBeNull();
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('keeps the estimate charged for an answer without data or replaced by RESPONSE_TOO_LARGE', async () => {
    // The subgraph's answer is past what this gateway reads: no data, and the subgraph did the work.
    const refused = await graphql(shortAnswers.url, HEAVY, from('198.51.100.10'));
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors[0].extensions.code).toBe('SUBGRAPH_RESPONSE_TOO_LARGE');
    expect(remaining(refused.headers)).toBe(BUCKET - HEAVY_COST);
    // The gateway's own answer (the schema's types) past its bound: replaced, and still charged.
    const tooLarge = await graphql(shortAnswers.url, TYPES, from('198.51.100.11'));
    expect(tooLarge.body.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    const { requestedQueryCost, actualQueryCost } = tooLarge.body.extensions.cost;
    expect(actualQueryCost).toBe(requestedQueryCost);
    expect(remaining(tooLarge.headers)).toBe(BUCKET - requestedQueryCost);
  });

  it('takes what an answer cost past its estimate (lists without a size, counted at their length)', async () => {
    const response = await graphql(hub.gateway.url, TYPES, from('198.51.100.12'));
    expect(response.status).toBe(200);
    const { requestedQueryCost, actualQueryCost } = response.body.extensions.cost;
    expect(actualQueryCost).toBeGreaterThan(requestedQueryCost);
    expect(remaining(response.headers)).toBe(BUCKET - actualQueryCost);
  });

  it('HUB_RATE_LIMIT=off: no bucket, no headers, the cost without a throttle status', async () => {
    for (let i = 0; i < 5; i++) expect((await graphql(off.url, HEAVY)).status).toBe(200);
    const response = await graphql(off.url, HEAVY);
    expect(response.headers.get('x-ratelimit-limit')).toBeNull();
    expect(response.body.extensions.cost).toEqual({ requestedQueryCost: HEAVY_COST, actualQueryCost: HEAVY_COST });
  });
});
