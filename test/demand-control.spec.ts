import { readdirSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractExamples } from '../gateway/examples.js';
import { type RunningGateway, startGateway } from '../gateway/gateway.js';
import {
  DashboardComparisonDocument,
  DashboardFiguresDocument,
  DashboardFrameDocument,
  DashboardPointsDocument,
  HsdsCallPlacementsDocument,
  HsdsCallProjectsDocument,
  HsdsPointsDocument,
  HsdsProgrammesDocument,
  PointJsonLdDocument,
} from '../gateway/isomorphic/graph-documents.generated.js';
import { costDirectivesOf } from '../server/cost-directives.js';
import { estimatedCost } from '../server/estimated-cost.js';
import { limitsFromEnv } from '../server/limits.js';
import { type Hub, post, root, startHub, withLimits } from './support/hub.js';

// Demand control (server/cost.ts): a document is priced from the schema's @cost and @listSize before
// anything runs, and one over HUB_MAX_COST is refused with its cost; every answer is bounded in bytes,
// in the gateway, in each subgraph, and in what the gateway reads of a subgraph.

const api = buildSchema(readFileSync(`${root}/schema/api.graphql`, 'utf8'));
const supergraphSdl = readFileSync(`${root}/schema/supergraph.graphql`, 'utf8');
const directives = costDirectivesOf(supergraphSdl);
const price = (query: string, variables: Record<string, unknown> = {}) =>
  estimatedCost(directives, { schema: api, document: parse(query), variables });
const maxCost = limitsFromEnv({}).cost;

const AT = '2026-11-23T10:00:00+01:00';
/** Every document the hub's own consumers send, with the variables they send. */
const consumers: Record<string, [string, Record<string, unknown>]> = {
  ...Object.fromEntries(
    readdirSync(`${root}/schema/operations`).map((file) => {
      const name = file.replace(/\.graphql$/, '');
      const example = contractExamples(root).find((e) => e.query.includes(` ${name}(`) || e.query.includes(` ${name} {`));
      return [`contract ${name}`, [readFileSync(`${root}/schema/operations/${file}`, 'utf8'), example?.variables ?? { first: 100 }]];
    }),
  ),
  'dashboard frame': [DashboardFrameDocument.toString(), {}],
  'dashboard figures': [DashboardFiguresDocument.toString(), { callYear: 2022, at: AT }],
  'dashboard points': [DashboardPointsDocument.toString(), { municipio: 1, at: AT }],
  'dashboard comparison': [DashboardComparisonDocument.toString(), { fromYear: 2022, toYear: 2022 }],
  'HSDS points': [HsdsPointsDocument.toString(), { first: 100, after: null }],
  'HSDS points filtered': [
    HsdsPointsDocument.toString(),
    { first: 100, skip: 100, filter: { search: 'spazio', within: { latitude: 45.4642, longitude: 9.19, radiusKm: 5 } } },
  ],
  'HSDS programmes': [HsdsProgrammesDocument.toString(), {}],
  'HSDS call projects': [HsdsCallProjectsDocument.toString(), { year: 2022, first: 100, skip: 0, placements: true }],
  'HSDS call placements': [HsdsCallPlacementsDocument.toString(), { year: 2022, first: 100, skip: 0 }],
  'JSON-LD point': [PointJsonLdDocument.toString(), { id: 'demo-csrc-1-1' }],
};

/** The attack: aliases of a page of 100 points, each with its Municipio's 100 KB boundary. */
const attack = (aliases: number) =>
  `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: points(first: 100) { nodes { id municipio { boundary } } }`).join(' ')} }`;

let hub: Hub;
const statements: string[] = [];
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'), { onQuery: (_subgraph, sql) => statements.push(sql) });
});
afterAll(async () => {
  await hub?.stop();
});

describe('the cost of a document', () => {
  it('lists the cost of every operation of the hub’s consumers, each under the default limit', () => {
    const costs = Object.fromEntries(Object.entries(consumers).map(([name, [query, variables]]) => [name, price(query, variables)]));
    expect(costs).toMatchInlineSnapshot(`
      {
        "HSDS call placements": 501,
        "HSDS call projects": 30201,
        "HSDS points": 13302,
        "HSDS points filtered": 13302,
        "HSDS programmes": 820,
        "JSON-LD point": 132,
        "contract AddClosure": 123,
        "contract CallComparison": 200,
        "contract CityOverview": 396,
        "contract ImportServizioCivileCall": 23,
        "contract LevaCivicaProjects": 500,
        "contract MunicipioAt": 1,
        "contract NetworkHealth": 470,
        "contract PointHistory": 203,
        "contract PointSchedule": 130,
        "contract PointTimetable": 43,
        "contract PointsChangedSince": 22,
        "contract PointsNearby": 3200,
        "contract PointsPage": 32,
        "contract RecordParticipation": 23,
        "contract RemoveClosure": 22,
        "contract ServizioCivileCall": 312,
        "contract SetPointHours": 50,
        "contract SiteByCode": 43,
        "contract YouthOpportunities": 800,
        "dashboard comparison": 300,
        "dashboard figures": 1854,
        "dashboard frame": 9609,
        "dashboard points": 13401,
      }
    `);
    for (const cost of Object.values(costs)) expect(cost).toBeLessThanOrEqual(maxCost);
  });

  it('knows the size of every list of the API: its own @listSize, or the connection above it', () => {
    // A connection's edges and nodes are sized by the field that returns it (its sizedFields).
    const sized = new Set(directives.lists.keys());
    for (const [key, list] of directives.lists) {
      const [type, field] = key.split('.') as [string, string];
      const parent = api.getType(type);
      const definition = isObjectType(parent) ? parent.getFields()[field] : undefined;
      if (definition) for (const name of list.sizedFields ?? []) sized.add(`${getNamedType(definition.type).name}.${name}`);
    }
    const unsized: string[] = [];
    for (const type of Object.values(api.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        if (isListType(getNullableType(field.type)) && !sized.has(`${type.name}.${field.name}`)) unsized.push(`${type.name}.${field.name}`);
      }
    }
    expect(unsized).toEqual([]);
  });

  it('counts a first given in a variable, or by a default, like a literal', () => {
    const literal = price('{ points(first: 100) { nodes { id municipio { boundary } } } }');
    expect(literal).toBe(100 * (1 + 1000) + 100 + 1);
    expect(price('query ($n: Int!) { points(first: $n) { nodes { id municipio { boundary } } } }', { n: 100 })).toBe(literal);
    expect(price('query ($n: Int! = 100) { points(first: $n) { nodes { id municipio { boundary } } } }')).toBe(literal);
    // Point.operators(first: Int! = 100): the schema's default.
    expect(price('{ point(id: "x") { operators { role } } }')).toBe(1 + 100);
    expect(price('{ point(id: "x") { operators(first: 2) { role } } }')).toBe(1 + 2);
  });

  it('answers the cost of what it answered too (extensions.cost), each list at its length', async () => {
    const response = await hub.query('{ municipi { number spazioComune { code } } }');
    expect(response.body.errors).toBeUndefined();
    expect(response.body.extensions?.cost).toMatchObject({ requestedQueryCost: 9 * 2, actualQueryCost: 9 * 2 });
    const fewer = await hub.query('query ($n: Int!) { points(first: $n) { nodes { id } } }', { n: 100 });
    const cost = fewer.body.extensions?.cost as { requestedQueryCost: number; actualQueryCost: number };
    expect(cost.requestedQueryCost).toBe(101);
    expect(cost.actualQueryCost).toBe(1 + (fewer.body.data?.points.nodes.length ?? 0));
  });

  it.each([
    ['one alias', attack(1)],
    ['30 aliases', attack(30)],
    ['the first in a variable', 'query ($n: Int!) { points(first: $n) { nodes { id municipio { boundary } } } }'],
  ])('refuses the issue’s attack (%s) with its cost, before any subgraph runs SQL', async (_name, query) => {
    statements.length = 0;
    const response = await hub.query(query, { n: 100 });
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    const error = response.body.errors?.[0];
    expect(error?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost', maxCost });
    expect(error?.extensions?.cost).toBe(price(query, { n: 100 }));
    expect(error?.extensions?.cost).toBeGreaterThan(maxCost);
    expect(statements).toEqual([]);
  });

  it('refuses a short document whose lists multiply (the networks’ points’ network’s points)', async () => {
    const query = '{ spazioComuneNetworks { points(first: 100) { network { points(first: 100) { id } } } } }';
    expect(price(query)).toBe(9 * (1 + 100 * (1 + 1 + 100)));
    statements.length = 0;
    const response = await hub.query(query);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
    expect(statements).toEqual([]);
  });

  it('prices introspection like any read: a short document of fragments over __Type costs what it would answer', () => {
    const levels = 5;
    const query = `{ __type(name: "Query") { ...F0 } } ${Array.from({ length: levels }, (_, i) =>
      i === levels - 1
        ? `fragment F${i} on __Type { name }`
        : `fragment F${i} on __Type { interfaces { ...F${i + 1} } possibleTypes { ...F${i + 1} } }`,
    ).join(' ')}`;
    // Each level: two lists of DEFAULT_LIST_SIZE (10) types.
    expect(price(query)).toBe(1 + 20 * (1 + 20 * (1 + 20 * (1 + 20))));
  });

  it('is priced by each subgraph too, which is reachable on its own', async () => {
    const spazioComune = hub.subgraphs.find((s) => s.name === 'spazio-comune');
    statements.length = 0;
    const response = await post(spazioComune?.url ?? '', attack(1));
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_LIMIT_EXCEEDED', limit: 'cost' });
    expect(statements).toEqual([]);
    // The entities a gateway asks for are counted by their representations.
    const representations = Array.from({ length: 100 }, () => ({ __typename: 'Municipio', number: 1 }));
    const entities = await post(
      spazioComune?.url ?? '',
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Municipio { boundary } } }',
      { r: representations },
    );
    expect(entities.status).toBe(400);
    expect(entities.body.errors?.[0]?.extensions?.cost).toBe(100 * (1 + 1000));
  });

  it('lets every consumer’s operation through the real hub at the defaults', async () => {
    for (const [name, [query, variables]] of Object.entries(consumers)) {
      if (/^\s*(#.*\n)*\s*mutation/.test(query) || name.includes('PointHistory')) continue; // they need a token
      const response = await hub.query(query, variables);
      expect
        .soft(
          response.body.errors?.filter((e) => e.extensions?.code === 'QUERY_LIMIT_EXCEEDED'),
          name,
        )
        .toBeUndefined();
      expect.soft(response.status, name).toBe(200);
    }
  });
});

describe('the size of an answer', () => {
  let small: Hub;
  let shortReader: RunningGateway;
  beforeAll(async () => {
    // Subgraphs and a gateway that send at most 200 KB; and a gateway that reads at most 100 KB of the
    // default hub's subgraphs (which send up to 4 MB).
    small = await startHub(inject('databaseUrl'), { http: withLimits({ responseBytes: 200 * 1024 }), responseCacheSeconds: 0 });
    shortReader = await startGateway({
      supergraphSdl,
      subgraphUrls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
      port: 0,
      examples: [],
      http: withLimits({ responseBytes: 100 * 1024 }),
      responseCacheSeconds: 0,
    });
  });
  afterAll(async () => {
    await shortReader?.stop();
    await small?.stop();
  });

  it('a subgraph refuses an answer over its bound with RESPONSE_TOO_LARGE, not a 5xx', async () => {
    const spazioComune = small.subgraphs.find((s) => s.name === 'spazio-comune');
    const response = await post(spazioComune?.url ?? '', '{ municipi { number boundary } }');
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', maxBytes: 200 * 1024 });
    // Through its gateway the client is told the same.
    const through = await post(small.gateway.url, '{ municipi { number boundary } }');
    expect(through.status).toBeLessThan(500);
    expect(through.body.errors?.[0]?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
  });

  it('the gateway stops reading a subgraph answer past its bound and fails that fetch with a clear error', async () => {
    // The default subgraph sends the nine boundaries (about 880 KB); this gateway reads 100 KB of it.
    const response = await post(shortReader.url, '{ municipi { number boundary } }');
    expect(response.status).toBeLessThan(500);
    expect(response.body.data ?? null).toBeNull();
    expect(response.body.errors?.[0]?.extensions).toMatchObject({
      code: 'SUBGRAPH_RESPONSE_TOO_LARGE',
      serviceName: 'spazio-comune',
      maxBytes: 100 * 1024,
    });
    // A small answer from the same subgraph still goes through.
    const small = await post(shortReader.url, '{ municipi { number name } }');
    expect(small.body.errors).toBeUndefined();
  });

  it('delivers a mutation’s answer over the bound, in the subgraph and through the gateway: its write is committed', async () => {
    // A dry run of 2,000 new points (nothing is written): its report, every field of the 1,000 records
    // it lists, is larger than the 200 KB these servers send and the gateway reads of a query.
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `bound-test-${i},CSRC,Punto di prova ${i},Via di prova ${i},Milano,MON 09:00-13:00 FRONT_OFFICE`,
    );
    const input = { format: 'CSV', dryRun: true, document: `id,kind,name,street,city,hours\n${rows.join('\n')}\n` };
    const importing = `mutation ($input: ImportPointsInput!) { importPoints(input: $input) {
      report { created records { id changes { field from to } } } userErrors { message } } }`;
    const admin = { authorization: `Bearer ${await small.tokens.admin()}` };
    const spazioComune = small.subgraphs.find((s) => s.name === 'spazio-comune');
    for (const url of [spazioComune?.url ?? '', small.gateway.url]) {
      const response = await post(url, importing, { input }, admin);
      expect(response.body.errors, url).toBeUndefined();
      expect(response.status).toBe(200);
      expect(response.body.data?.importPoints.report.created).toBe(2000);
      expect(JSON.stringify(response.body).length).toBeGreaterThan(200 * 1024);
    }
  });

  it('the gateway refuses an answer of its own over its bound (the schema’s introspection, which no subgraph sends)', async () => {
    const query = getIntrospectionQuery();
    const direct = await post(hub.gateway.url, query);
    expect(direct.body.errors).toBeUndefined();
    expect(JSON.stringify(direct.body).length).toBeGreaterThan(100 * 1024);
    const response = await post(shortReader.url, query);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'RESPONSE_TOO_LARGE', maxBytes: 100 * 1024 });
  });
});
