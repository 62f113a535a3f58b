import { readFile } from 'node:fs/promises';
import { buildSchema, type GraphQLObjectType, getNamedType, getNullableType, isListType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, root, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// Every connection of the API against the Relay cursor connection specification, walked forwards
// through the gateway; the limits of connections and bounded lists. The walk writes audit entries
// (Point.history), so the spec has a database of its own.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let admin: Record<string, string>;
const HISTORY_POINT = 'demo-wemi-2-1';

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'connections');
  hub = await startHub(database.url);
  admin = bearer(await hub.tokens.admin());
  // Three writes: three entries in the point's history.
  for (let version = 1; version <= 3; version++) {
    const response = await hub.query(
      `mutation ($input: SetPointOpeningHoursInput!) { setPointOpeningHours(input: $input) { userErrors { code } } }`,
      {
        input: {
          pointId: HISTORY_POINT,
          expectedVersion: version,
          hours: [{ day: 'MONDAY', opens: '09:00', closes: `1${version}:00`, activity: 'FRONT_OFFICE' }],
        },
      },
      admin,
    );
    expect(response.body.data?.setPointOpeningHours.userErrors).toEqual([]);
  }
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

const PAGE = 'totalCount edges { cursor node { ...Key } } nodes { ...Key } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

interface Case {
  /** The connection field, as "Type.field". */
  field: string;
  /** A query with $first and $after whose answer holds the connection at `path`. */
  query: string;
  path: string[];
}

const fragment = (type: string, fields: string) => `fragment Key on ${type} { ${fields} }`;

const cases: Case[] = [
  {
    field: 'Query.points',
    query: `query ($first: Int!, $after: String) { points(first: $first, after: $after) { ${PAGE} } } ${fragment('Point', 'id')}`,
    path: ['points'],
  },
  {
    field: 'Query.points',
    query: `query ($first: Int!, $after: String) { points(first: $first, after: $after, orderBy: { field: NAME, direction: DESC }, filter: { kind: WEMI }) { ${PAGE} } } ${fragment('Point', 'id')}`,
    path: ['points'],
  },
  {
    field: 'Query.points',
    query: `query ($first: Int!, $after: String) { points(first: $first, after: $after, filter: { openAt: "2026-11-23T10:00:00+01:00" }, orderBy: { field: NAME }) { ${PAGE} } } ${fragment('Point', 'id')}`,
    path: ['points'],
  },
  {
    field: 'Query.points',
    query: `query ($first: Int!, $after: String) { points(first: $first, after: $after, orderBy: { field: UPDATED_AT, direction: DESC }) { ${PAGE} } } ${fragment('Point', 'id')}`,
    path: ['points'],
  },
  {
    field: 'Query.pointsModifiedSince',
    query: `query ($first: Int!, $after: String) { pointsModifiedSince(since: "2000-01-01T00:00:00Z", first: $first, after: $after) { ${PAGE} } } ${fragment('Point', 'id')}`,
    path: ['pointsModifiedSince'],
  },
  {
    field: 'Query.servizioCivileSites',
    query: `query ($first: Int!, $after: String) { servizioCivileSites(first: $first, after: $after) { ${PAGE} } } ${fragment('ServizioCivileSite', 'code')}`,
    path: ['servizioCivileSites'],
  },
  {
    field: 'Query.servizioCivilePlacements',
    query: `query ($first: Int!, $after: String) { servizioCivilePlacements(first: $first, after: $after) { ${PAGE} } } ${fragment('ServizioCivilePlacement', 'id')}`,
    path: ['servizioCivilePlacements'],
  },
  {
    field: 'Query.complianceChecks',
    query: `query ($first: Int!, $after: String) { complianceChecks(first: $first, after: $after) { ${PAGE} } } ${fragment('ComplianceCheck', 'rule subjectKind subjectId')}`,
    path: ['complianceChecks'],
  },
  {
    field: 'Query.complianceChecks',
    query: `query ($first: Int!, $after: String) { complianceChecks(first: $first, after: $after, filter: { subjectKinds: [POINT], results: [FAILED, UNKNOWN] }) { ${PAGE} } } ${fragment('ComplianceCheck', 'rule subjectKind subjectId')}`,
    path: ['complianceChecks'],
  },
  {
    field: 'Point.history',
    query: `query ($first: Int!, $after: String) { point(id: "${HISTORY_POINT}") { history(first: $first, after: $after) { ${PAGE} } } } ${fragment('AuditEntry', 'at action after')}`,
    path: ['point', 'history'],
  },
];

interface Page {
  totalCount: number;
  edges: { cursor: string; node: Record<string, unknown> }[];
  nodes: Record<string, unknown>[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

async function page(c: Case, first: number, after: string | null): Promise<Page> {
  // History is for admins and the point's editors.
  const response = await hub.query(c.query, { first, after }, c.field === 'Point.history' ? admin : {});
  expect(response.body.errors).toBeUndefined();
  let value: any = response.body.data;
  for (const step of c.path) value = value[step];
  return value as Page;
}

const keyOf = (node: Record<string, unknown>) => JSON.stringify(node);

/** Every item of a connection, page by page, checking each page against the specification. */
async function walk(c: Case, size: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  let totalCount: number | null = null;
  for (let n = 0; ; n++) {
    const current: Page = await page(c, size, after);
    totalCount ??= current.totalCount;
    expect(current.totalCount).toBe(totalCount);
    expect(current.nodes).toEqual(current.edges.map((e) => e.node));
    expect(current.pageInfo.hasPreviousPage).toBe(n > 0);
    expect(current.pageInfo.startCursor).toBe(current.edges[0]?.cursor ?? null);
    expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
    seen.push(...current.nodes.map(keyOf));
    if (!current.pageInfo.hasNextPage) break;
    expect(current.edges).toHaveLength(size);
    after = current.pageInfo.endCursor;
  }
  expect(seen).toHaveLength(totalCount ?? 0);
  return seen;
}

describe('Relay cursor connections', () => {
  it('every connection of the API is walked below', async () => {
    const api = buildSchema(await readFile(`${root}/schema/api.graphql`, 'utf8'));
    const connections = Object.values(api.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((f) => getNamedType(f.type).name.endsWith('Connection'))
          .map((f) => `${type.name}.${f.name}`),
      );
    expect(connections.sort()).toEqual([...new Set(cases.map((c) => c.field))].sort());
  });

  it.each(cases.map((c) => [c.field, c] as const))('%s: walked forwards, each item once, with start and end cursors', async (_, c) => {
    const whole = await walk(c, 100);
    expect(whole.length).toBeGreaterThanOrEqual(3);
    expect(new Set(whole).size).toBe(whole.length);
    // The same items in the same order whatever the page size: a stable order.
    expect(await walk(c, Math.max(1, Math.floor(whole.length / 3)))).toEqual(whole);
  });

  it('an empty page has no cursors', async () => {
    const { body } = await hub.query(
      `{ points(first: 5, filter: { municipio: 1, openAt: "2026-12-25T03:00:00+01:00" }) { totalCount nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    );
    expect(body.data?.points).toEqual({
      totalCount: 0,
      nodes: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });

  it('orders points by name when asked, and refuses a cursor of another order', async () => {
    const byName = (await hub.query(`{ points(first: 100, orderBy: { field: NAME }) { nodes { id name } pageInfo { endCursor } } }`)).body
      .data?.points;
    const names = byName.nodes.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    const mixed = await hub.query(`query ($after: String) { points(first: 5, after: $after) { totalCount } }`, {
      after: byName.pageInfo.endCursor,
    });
    expect(mixed.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});

describe('points by their last change', () => {
  it('gives the latest changed first (then by id), walked by keyset, and refuses a cursor that is not one of it', async () => {
    const all = (await hub.query('{ points(first: 100) { nodes { id updatedAt } } }')).body.data?.points.nodes as {
      id: string;
      updatedAt: string;
    }[];
    const latest = [...all].sort((a, b) => (a.updatedAt === b.updatedAt ? (a.id < b.id ? 1 : -1) : a.updatedAt < b.updatedAt ? 1 : -1));
    const first = await hub.query(
      '{ points(first: 3, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { id } pageInfo { endCursor } } }',
    );
    expect(first.body.data?.points.nodes.map((p: { id: string }) => p.id)).toEqual(latest.slice(0, 3).map((p) => p.id));
    const next = await hub.query(
      'query ($after: String) { points(first: 3, after: $after, orderBy: { field: UPDATED_AT, direction: DESC }) { nodes { id } } }',
      { after: first.body.data?.points.pageInfo.endCursor },
    );
    expect(next.body.data?.points.nodes.map((p: { id: string }) => p.id)).toEqual(latest.slice(3, 6).map((p) => p.id));
    const forged = Buffer.from(JSON.stringify(['points:updated:desc', JSON.stringify(['not a time', 'x'])])).toString('base64url');
    const refused = await hub.query(
      'query ($after: String) { points(first: 3, after: $after, orderBy: { field: UPDATED_AT, direction: DESC }) { totalCount } }',
      {
        after: forged,
      },
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });
});

/** Lists without `first`, and what bounds them. Every other list of the API takes `first` (at most 100). */
const BOUNDED_OTHERWISE: Record<string, string> = {
  'Query.municipi': 'the nine Municipi',
  'Query.spazioComuneNetworks': 'the nine networks',
  'Query.indicators': 'the indicators of the technical sheets',
  'Query.wemiCategories': 'the thirteen categories',
  'Query.governanceBodies': 'the bodies the sheets set up',
  'SpazioComune.governanceBodies': 'the bodies the sheets set up',
  'GovernanceBody.members': 'the members the sheets name',
  'Point.openingHours': 'the intervals of one week',
  'Point.openingTimes': 'days, 1 to 31',
  'OpeningDay.times': 'the intervals of one day',
  'Query.compliance': 'deprecated; at most 1000 checks',
  'ServizioCivilePlacement.objectives': 'one published call',
  'ServizioCivileObjective.actions': 'one published call',
  'ServizioCivileAction.activities': 'one published call',
  'ServizioCivileCallImportReport.warnings': 'one imported document',
  'LevaCivicaProject.activities': 'one published project',
  'LevaCivicaProject.needs': 'one published project',
  'LevaCivicaProject.objectives': 'one published project',
  'LevaCivicaProjectImportReport.warnings': 'one imported document',
  'PointsImportReport.records': 'one imported file',
  'PointImportRecord.changes': 'the fields of one point',
  'Source.links': 'one cited text',
  'Query.sheetProvisions': 'the provisions of the three technical sheets',
  'SheetProvision.parts': 'one provision of a technical sheet',
  'SheetProvision.items': 'one provision of a technical sheet',
  'ServizioCivilePlacement.sharedActivities': 'one published call',
  'UserError.field': 'one path inside an input',
  'Query.nodes': 'the ids asked, at most 100',
};

describe('limits', () => {
  it('every list of the API takes first, is a connection, or is bounded by what it lists', async () => {
    const api = buildSchema(await readFile(`${root}/schema/api.graphql`, 'utf8'));
    const unbounded = Object.values(api.getTypeMap())
      .filter((type) => isObjectType(type) && !type.name.startsWith('__') && !type.name.endsWith('Connection'))
      .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).map((field) => [type.name, field] as const))
      .filter(([, field]) => isListType(getNullableType(field.type)) && !field.args.some((a) => a.name === 'first'))
      .map(([type, field]) => `${type}.${field.name}`)
      .filter((name) => !(name in BOUNDED_OTHERWISE) && !name.endsWith('Payload.userErrors'));
    expect(unbounded).toEqual([]);
  });

  it.each([
    ['points', `{ points(first: 101) { totalCount } }`],
    ['points', `{ points(first: 0) { totalCount } }`],
    ['servizioCivileSites', `{ servizioCivileSites(first: 101) { totalCount } }`],
    ['complianceChecks', `{ complianceChecks(first: 101) { totalCount } }`],
    ['pointsNearby', `{ pointsNearby(latitude: 45.46, longitude: 9.19, radiusKm: 5, first: 101) { distanceKm } }`],
    ['servizioCivileOpportunities', `{ servizioCivileOpportunities(first: 101) { id } }`],
    ['levaCivicaOpportunities', `{ levaCivicaOpportunities(first: 0) { id } }`],
    ['ServizioCivileSite.placements', `{ servizioCivileSite(code: "202928") { placements(first: 101) { id } } }`],
    ['SpazioComune.points', `{ spazioComuneNetworks { points(first: 0) { id } } }`],
    ['levaCivicaProjects', `{ levaCivicaProjects(first: 101) { id } }`],
  ])('%s refuses first out of range: %s', async (_, query) => {
    const { status, body } = await hub.query(query);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(body.errors?.[0]?.message).toMatch(/first must be from 1 to 100/);
  });

  it('bounded lists give at most first items, in their documented order', async () => {
    const { body } = await hub.query(
      `{ pointsNearby(latitude: 45.4642, longitude: 9.19, radiusKm: 50, first: 3) { distanceKm point { id } }
         all: pointsNearby(latitude: 45.4642, longitude: 9.19, radiusKm: 50) { point { id } }
         servizioCivileOpportunities(first: 2) { id }
         servizioCivileSite(code: "202928") { placements(first: 1) { callYear } } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data?.pointsNearby.map((n: any) => n.point.id)).toEqual(body.data?.all.slice(0, 3).map((n: any) => n.point.id));
    expect(body.data?.servizioCivileOpportunities).toHaveLength(2);
    expect(body.data?.servizioCivileSite.placements).toHaveLength(1);
  });
});
