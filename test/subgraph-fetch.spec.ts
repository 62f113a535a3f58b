import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, operation, startHub } from './support/hub.js';
import { recordingProxy } from './support/recording-proxy.js';

// How the gateway fetches from its subgraphs: identical fetches in flight at once are sent once
// (never a mutation), connections are kept alive, a hung subgraph costs its part only, and a
// subgraph's own refusal reaches the client with its code. Recording proxies stand in front of
// spazio-comune and leva-civica, real subgraphs behind them.

const TIMEOUT_MS = 2_000;
const SUBGRAPH_ALIASES = 3;
let hub: Hub;
const upstream: Record<string, string> = {};
const spazioComune = recordingProxy(() => upstream['spazio-comune'] ?? '');
const levaCivica = recordingProxy(() => upstream['leva-civica'] ?? '');
const POINT = '{ point(id: "demo-wemi-2-1") { id name } }';

beforeAll(async () => {
  const proxied = { 'spazio-comune': await spazioComune.listen(), 'leva-civica': await levaCivica.listen() };
  process.env.HUB_SUBGRAPH_TIMEOUT_MS = String(TIMEOUT_MS);
  // The subgraphs start with a lower alias limit than the gateway (which starts after `override`),
  // so that a document the gateway lets through is refused by a subgraph with a 400 of its own.
  process.env.HUB_MAX_ALIASES = String(SUBGRAPH_ALIASES);
  hub = await startHub(inject('databaseUrl'), {
    override: (running) => {
      delete process.env.HUB_MAX_ALIASES;
      for (const s of running) upstream[s.name] = s.url;
      return proxied;
    },
  });
  delete process.env.HUB_SUBGRAPH_TIMEOUT_MS;
});
afterAll(async () => {
  await hub?.stop();
  await spazioComune.close();
  await levaCivica.close();
});

/** The fetches that carried this text: the gateway's own probes of the subgraph (its readiness) may come between. */
const fetchesOf = (proxy: typeof spazioComune, text: string) => proxy.seen.filter((r) => r.body.includes(text));

describe('identical subgraph fetches in flight', () => {
  it('are sent once for many identical concurrent queries, and every client gets the whole answer', async () => {
    spazioComune.reset();
    spazioComune.mode.delayMs = 300; // all five are in flight before the first answer comes back
    const answers = await Promise.all(Array.from({ length: 5 }, () => hub.query(POINT)));
    for (const answer of answers) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data).toEqual({ point: { id: 'demo-wemi-2-1', name: expect.any(String) } });
    }
    expect(fetchesOf(spazioComune, 'demo-wemi-2-1')).toHaveLength(1);
  });

  it('are sent apart when the variables or the Authorization header differ', async () => {
    spazioComune.reset();
    spazioComune.mode.delayMs = 300;
    const query = 'query Point($id: ID!) { point(id: $id) { id } }';
    await Promise.all([
      hub.query(query, { id: 'demo-wemi-2-1' }),
      hub.query(query, { id: 'demo-wemi-2-2' }),
      hub.query(query, { id: 'demo-wemi-2-1' }, { authorization: `Bearer ${await hub.tokens.admin('a@test')}` }),
      hub.query(query, { id: 'demo-wemi-2-1' }, { authorization: `Bearer ${await hub.tokens.admin('b@test')}` }),
    ]);
    expect(fetchesOf(spazioComune, 'demo-wemi-2-')).toHaveLength(4);
  });

  it('are never shared for a mutation', async () => {
    spazioComune.reset();
    spazioComune.mode.delayMs = 300;
    const mutation = `mutation { setPointOpeningHours(input: { pointId: "no-such-point", expectedVersion: 1, hours: [] }) {
      userErrors { code } } }`;
    const authorization = `Bearer ${await hub.tokens.admin()}`;
    const answers = await Promise.all([hub.query(mutation, {}, { authorization }), hub.query(mutation, {}, { authorization })]);
    for (const answer of answers) expect(answer.body.data?.setPointOpeningHours.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(fetchesOf(spazioComune, 'no-such-point')).toHaveLength(2);
  });
});

describe('connections to a subgraph', () => {
  it('are kept alive: requests one after another share one connection', async () => {
    spazioComune.reset();
    for (let i = 0; i < 5; i++) expect((await hub.query(POINT)).body.errors).toBeUndefined();
    const points = fetchesOf(spazioComune, 'demo-wemi-2-1');
    const used = new Set(points.map((r) => r.connection));
    expect(points).toHaveLength(5);
    expect(used.size).toBe(1);
  });
});

describe('a subgraph that does not answer', () => {
  it(`costs only its part: SUBGRAPH_TIMEOUT after the configured ${TIMEOUT_MS} ms, the rest of the answer intact`, async () => {
    levaCivica.reset();
    levaCivica.mode.hung = true;
    try {
      const started = Date.now();
      const response = await hub.query(await operation('CityOverview'), { callYear: 2022 });
      const elapsed = Date.now() - started;
      expect(elapsed).toBeGreaterThanOrEqual(TIMEOUT_MS - 50);
      const municipi = response.body.data?.municipi as { number: number; levaCivica: unknown; spazioComune: { code: string } }[];
      expect(municipi).toHaveLength(9);
      expect(municipi.every((m) => m.levaCivica === null)).toBe(true);
      expect(municipi.find((m) => m.number === 2)?.spazioComune.code).toBe('SPAZIO COMUNE.2');
      expect(response.body.errors?.map((e) => e.extensions)).toEqual([{ code: 'SUBGRAPH_TIMEOUT', serviceName: 'leva-civica' }]);
    } finally {
      levaCivica.reset();
    }
  });
});

describe('a subgraph that refuses a request', () => {
  it('answers with the subgraph’s own code and name, not SUBGRAPH_UNAVAILABLE', async () => {
    spazioComune.reset();
    const aliases = Array.from({ length: SUBGRAPH_ALIASES + 1 }, (_, i) => `p${i}: point(id: "demo-wemi-2-1") { id }`).join(' ');
    const response = await hub.query(`{ ${aliases} }`);
    expect(fetchesOf(spazioComune, 'demo-wemi-2-1')).toHaveLength(1); // it did reach the subgraph, which answered 400
    expect(response.body.errors).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'QUERY_LIMIT_EXCEEDED', serviceName: 'spazio-comune' });
    expect(JSON.stringify(response.body)).not.toContain('127.0.0.1');
  });

  it('passes on an argument the subgraph refuses, with its name', async () => {
    spazioComune.reset();
    const response = await hub.query('{ pointsNearby(latitude: 45.46, longitude: 9.19, radiusKm: 51) { distanceKm } }');
    expect(fetchesOf(spazioComune, 'radiusKm')).toHaveLength(1);
    expect(response.body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'radiusKm',
      serviceName: 'spazio-comune',
    });
    expect(response.body.errors?.[0]?.message).toContain('50');
  });
});
