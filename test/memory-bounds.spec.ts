import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { httpOptionsFromEnv } from '../server/http-options.js';
import { sha256 } from '../server/trusted-documents.js';
import { type Hub, operation, startHub } from './support/hub.js';

// What a server keeps across requests stays within its byte budgets, whatever distinct documents,
// literals, answers and operation names a client sends: asserted on the caches' own accounting
// (hub_cache_bytes in /metrics), not on the process's memory.

const KB = 1024;
const budget = { documents: 512 * KB, queryPlans: 512 * KB, responses: 1024 * KB, persistedQueries: 256 * KB };
const defaults = httpOptionsFromEnv({});
/** Small budgets, and a literal bound raised so that documents of 100 KB literals get through. */
const http = { ...defaults, limits: { ...defaults.limits, literalBytes: 200 * KB }, memory: budget };

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'), { http });
});
afterAll(() => hub?.stop());

const origin = (url: string) => new URL(url).origin;
const spazioComune = () => hub.subgraphs.find((s) => s.name === 'spazio-comune')?.url ?? '';

async function metricsText(url: string): Promise<string> {
  return (await fetch(`${origin(url)}/metrics`)).text();
}

/** hub_cache_bytes of each cache of a server, by its name. */
async function cacheBytes(url: string): Promise<Record<string, number>> {
  const text = await metricsText(url);
  return Object.fromEntries([...text.matchAll(/^hub_cache_bytes\{cache="([^"]+)"[^}]*\} (\d+)/gm)].map(([, name, n]) => [name, Number(n)]));
}

async function send(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] } };
}

/** A different 100 KB literal each time. */
const literal = (i: number) => `${String(i).padStart(4, '0')}${'x'.repeat(100 * KB)}`;

describe('caches kept across requests', () => {
  it('keep documents and query plans within their byte budgets, however many distinct 100 KB literals arrive', async () => {
    for (let i = 0; i < 24; i++) {
      const response = await send(hub.gateway.url, { query: `{ point(id: "${literal(i)}") { id name } }` });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual({ point: null });
    }
    // 24 documents of 100 KB are 2.4 MB: each cache holds what fits in its 512 KB, the latest ones.
    for (const url of [hub.gateway.url, spazioComune()]) {
      const bytes = await cacheBytes(url);
      expect(bytes.documents).toBeLessThanOrEqual(budget.documents);
      // Full (each document weighs its literal): the budget is reached, not avoided.
      expect(bytes.documents).toBeGreaterThan(budget.documents - 2 * 110 * KB);
    }
    const gateway = await cacheBytes(hub.gateway.url);
    expect(gateway['query-plans']).toBeLessThanOrEqual(budget.queryPlans);
    expect(gateway['query-plans']).toBeGreaterThan(0);
  });

  it('keep answers within the response cache budget, however many distinct heavy answers are asked', async () => {
    // Each answer carries a Municipio's boundary (about 100 KB); 30 distinct operations, 3 MB of answers.
    for (let i = 0; i < 30; i++) {
      const response = await send(hub.gateway.url, { query: `query Boundary${i} { municipio(number: ${1 + (i % 9)}) { boundary } }` });
      expect(response.status).toBe(200);
      expect(response.body.data?.municipio?.boundary).toBeTruthy();
    }
    for (const url of [hub.gateway.url, spazioComune()]) {
      const bytes = await cacheBytes(url);
      expect(bytes.responses).toBeLessThanOrEqual(budget.responses);
      expect(bytes.responses).toBeGreaterThan(budget.responses / 2);
    }
  });

  it('keep registered persisted queries within their byte budget', async () => {
    for (let i = 0; i < 8; i++) {
      const query = `{ point(id: "${literal(1000 + i)}") { id } }`;
      const response = await send(hub.gateway.url, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } });
      expect(response.status).toBe(200);
    }
    const bytes = await cacheBytes(hub.gateway.url);
    expect(bytes['persisted-queries']).toBeLessThanOrEqual(budget.persistedQueries);
    expect(bytes['persisted-queries']).toBeGreaterThan(100 * KB);
  });

  it('report each budget in /metrics', async () => {
    const text = await metricsText(hub.gateway.url);
    expect(text).toMatch(new RegExp(`^hub_cache_budget_bytes\\{cache="documents"[^}]*\\} ${budget.documents}$`, 'm'));
    expect(text).toMatch(new RegExp(`^hub_cache_budget_bytes\\{cache="query-plans"[^}]*\\} ${budget.queryPlans}$`, 'm'));
  });
});

describe('one literal', () => {
  it.each([
    ['a string', `{ point(id: "${'x'.repeat(300 * KB)}") { id } }`],
    ['a block string', `{ point(id: """${'x'.repeat(300 * KB)}""") { id } }`],
    ['a number', `{ municipio(number: ${'9'.repeat(300 * KB)}) { name } }`],
    ['a name', `{ ${'a'.repeat(300 * KB)} }`],
  ])('over the bound (%s) is refused 400 before parsing, by the gateway and each subgraph', async (_kind, query) => {
    for (const url of [hub.gateway.url, ...hub.subgraphs.map((s) => s.url)]) {
      const response = await send(url, { query });
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'literal' });
    }
  });

  it('counts bytes of UTF-8, not characters', async () => {
    // 80,000 characters of three bytes each: 240 KB, over the 200 KB bound.
    const response = await send(hub.gateway.url, { query: `{ point(id: "${'€'.repeat(80_000)}") { id } }` });
    expect(response.body.errors?.[0]?.extensions?.limit).toBe('literal');
  });

  it('under the bound runs', async () => {
    const response = await send(hub.gateway.url, { query: `{ point(id: "${'x'.repeat(150 * KB)}") { id } }` });
    expect(response.status).toBe(200);
  });
});

describe('operation names', () => {
  it('chosen by a client do not grow the metrics registry past the label bound', async () => {
    const series = async () =>
      (await metricsText(hub.gateway.url)).split('\n').filter((l) => l.startsWith('graphql_requests_total{')).length;
    for (let i = 0; i < 450; i++) await send(hub.gateway.url, { query: `query Chosen${i} { __typename }` });
    const after = await series();
    for (let i = 450; i < 600; i++) await send(hub.gateway.url, { query: `query Chosen${i} { __typename }` });
    // Past the bound every new name counts as "other": 150 more names add no series.
    expect(await series()).toBe(after);
    expect(await metricsText(hub.gateway.url)).toMatch(/^graphql_requests_total\{operation="other"/m);
  });

  it('past the bound, still label the contract operations by their names', async () => {
    const response = await send(hub.gateway.url, { query: await operation('CityOverview'), variables: { callYear: 2022 } });
    expect(response.status).toBe(200);
    expect(await metricsText(hub.gateway.url)).toMatch(/^graphql_requests_total\{operation="CityOverview"/m);
  });
});
