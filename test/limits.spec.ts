import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractExamples } from '../gateway/examples.js';
import { type RunningGateway, startGateway } from '../gateway/gateway.js';
import { ConfigError } from '../server/config.js';
import { limitsFromEnv } from '../server/limits.js';
import { type Hub, operation, post, root, startHub, withLimits } from './support/hub.js';

// Documents over a limit are refused with 400 QUERY_LIMIT_EXCEEDED, naming the limit, before any
// resolver runs (so no SQL); the limits come from the environment, with defaults.

let hub: Hub;
let tight: RunningGateway;
const statements: string[] = [];
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'), { onQuery: (_subgraph, sql) => statements.push(sql) });
  tight = await startGateway({
    supergraphSdl: await readFile(`${root}/schema/supergraph.graphql`, 'utf8'),
    subgraphUrls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
    port: 0,
    examples: contractExamples(root),
    http: withLimits({ depth: 3 }),
  });
});
afterAll(async () => {
  await tight?.stop();
  await hub?.stop();
});

describe('limits', () => {
  it.each([
    [
      'depth',
      `{ municipi { spazioComune { points { network { points { network { points { network { points { network { code } } } } } } } } } } }`,
    ],
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `m${i}: municipi { number }`).join(' ')} }`],
    ['directives', `{ municipi { number ${'@include(if: true) '.repeat(21)} } }`],
    // One alias of the attack: every point repeats its Municipio's 100 KB boundary (cost 100,201).
    ['cost', '{ points(first: 100) { nodes { id municipio { boundary } } } }'],
    ['tokens', `{ municipi { ${'number '.repeat(2000)} } }`],
  ])('a document over the %s limit is refused before execution', async (limit, query) => {
    statements.length = 0;
    const response = await hub.query(query);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    // Only the limits broken are answered.
    expect(response.body.errors?.every((e) => e.extensions?.code === 'QUERY_LIMIT_EXCEEDED')).toBe(true);
    if (limit !== 'tokens') expect(response.body.errors?.map((e) => e.extensions?.limit)).toContain(limit);
    expect(statements).toEqual([]);
  });

  it.each([
    ['aliases', `{ ${Array.from({ length: 31 }, (_, i) => `m${i}: municipi { number }`).join(' ')} }`],
    ['tokens', `{ municipi { ${'number '.repeat(2000)} } }`],
  ])('answers a document over the %s limit no sooner than the refusal delay (a tarpit; no CPU spent waiting)', async (_limit, query) => {
    const began = performance.now();
    const response = await hub.query(query);
    expect(response.status).toBe(400);
    // A lower bound only: a timer cannot fire early, whatever the machine's load.
    expect(performance.now() - began).toBeGreaterThanOrEqual(limitsFromEnv({}).refusalDelayMs - 5);
  });

  it('lets every contract operation through at the defaults', async () => {
    const response = await hub.query(await operation('YouthOpportunities'), { filter: { minWeeklyHours: 20 } });
    expect(response.body.errors).toBeUndefined();
  });

  it('follows its configuration: a gateway with HUB_MAX_DEPTH=3 refuses a contract operation of depth 4', async () => {
    const response = await post(tight.url, await operation('CityOverview'), { callYear: 2022 });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'depth' });
    const shallow = await post(tight.url, await operation('NetworkHealth'));
    expect(shallow.body.errors).toBeUndefined();
  });

  it('reads its defaults and the environment, and names a wrong variable', () => {
    expect(limitsFromEnv({})).toEqual({
      depth: 10,
      aliases: 30,
      tokens: 2000,
      directives: 20,
      cost: 80_000,
      responseBytes: 4 * 1024 * 1024,
      bodyBytes: 1024 * 1024,
      refusalDelayMs: 250,
      literalBytes: 16 * 1024,
      jsonDepth: 64,
      records: 10_000,
    });
    expect(limitsFromEnv({ HUB_MAX_DEPTH: '4', HUB_MAX_BODY: '256kb' })).toMatchObject({ depth: 4, bodyBytes: 256 * 1024 });
    expect(limitsFromEnv({ HUB_MAX_LITERAL: '1mb', HUB_MAX_JSON_DEPTH: '8' })).toMatchObject({ literalBytes: 1024 * 1024, jsonDepth: 8 });
    expect(() => limitsFromEnv({ HUB_MAX_JSON_DEPTH: '1' })).toThrow(/HUB_MAX_JSON_DEPTH/);
    expect(() => limitsFromEnv({ HUB_MAX_ALIASES: 'molti' })).toThrow(ConfigError);
    expect(() => limitsFromEnv({ HUB_MAX_ALIASES: 'molti' })).toThrow(/HUB_MAX_ALIASES/);
    expect(() => limitsFromEnv({ HUB_MAX_BODY: '1gb' })).toThrow(/HUB_MAX_BODY/);
  });
});
