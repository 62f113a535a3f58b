import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, operation, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';

// No N+1: the SQL statements an operation runs do not grow with the rows it returns. Every
// statement each subgraph sends to PostgreSQL is counted while one request runs.

let hub: Hub;
const statements = new Map<string, number>();
/** The text of each statement, for the tests that read it (they empty it first). */
const sentSql: string[] = [];
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'), {
    onQuery: (subgraph, text) => {
      statements.set(subgraph, (statements.get(subgraph) ?? 0) + 1);
      sentSql.push(text);
    },
  });
});
afterAll(() => hub?.stop());

async function count(name: string, variables: Record<string, unknown>) {
  statements.clear();
  const response = await hub.query(await operation(name), variables);
  expect(response.body.errors).toBeUndefined();
  const total = [...statements.values()].reduce((a, b) => a + b, 0);
  return { total, data: response.body.data as Record<string, any> };
}

const at = '2026-11-23T10:00:00+01:00';

describe('statements per request', () => {
  it('PointsPage: the same for 2 points as for 70', async () => {
    const small = await count('PointsPage', { first: 2 });
    const large = await count('PointsPage', { first: 70 });
    expect(large.data.points.edges).toHaveLength(70);
    expect(large.total).toBe(small.total);
  });

  it('PointsPage filtered by openAt: the same for 2 points as for 20', async () => {
    const small = await count('PointsPage', { first: 2, filter: { openAt: at } });
    const large = await count('PointsPage', { first: 20, filter: { openAt: at } });
    expect(large.data.points.edges).toHaveLength(20);
    expect(large.total).toBe(small.total);
  });

  it('PointsNearby: the same for a few points as for all of them, hours and Municipi included', async () => {
    const small = await count('PointsNearby', { latitude: 45.4642, longitude: 9.19, radiusKm: 1, at });
    const large = await count('PointsNearby', { latitude: 45.4642, longitude: 9.19, radiusKm: 30, at });
    expect(large.data.pointsNearby.length).toBeGreaterThan(40);
    expect(small.data.pointsNearby.length).toBeLessThan(10);
    expect(large.total).toBe(small.total);
  });

  it('complianceChecks: the same for 2 checks as for 100, each with the subject it judges', async () => {
    const query = `query ($first: Int!) { complianceChecks(first: $first) { nodes { subjectId judged { __typename
      ... on Point { id name } ... on SpazioComune { code } ... on Operator { id role } } } } }`;
    const run = async (first: number) => {
      statements.clear();
      const response = await hub.query(query, { first });
      expect(response.body.errors).toBeUndefined();
      return { total: [...statements.values()].reduce((a, b) => a + b, 0), nodes: response.body.data?.complianceChecks.nodes };
    };
    const small = await run(2);
    const large = await run(100);
    expect(new Set(large.nodes.map((n: any) => n.judged.__typename)).size).toBeGreaterThan(1);
    // Three for the page (the city's counts, the networks', the page's rows judged in SQL), then at most one per kind of subject.
    expect(large.total).toBeLessThanOrEqual(small.total + 3);
    expect(large.total).toBeLessThanOrEqual(6);
  });

  it("ServizioCivileCall: the projects' placements and their sites in one statement, the sites as read alone", async () => {
    // @include as GraphQL applies it: left out, the site is neither read nor joined.
    const query = `query ($year: Int!, $withSites: Boolean!) {
      servizioCivileCall(year: $year) { projects { placements { id volunteers site @include(if: $withSites) { code name municipioEvidence source { document demo } } } } }
    }`;
    statements.clear();
    sentSql.length = 0;
    const bare = await hub.query(query, { year: 2022, withSites: false });
    const withoutSites = statements.get('servizio-civile');
    expect(sentSql.some((text) => text.includes('to_jsonb'))).toBe(false);
    statements.clear();
    sentSql.length = 0;
    const full = await hub.query(query, { year: 2022, withSites: true });
    expect(sentSql.some((text) => text.includes('to_jsonb'))).toBe(true);
    expect(full.body.errors).toBeUndefined();
    // The call, its projects, their placements: the sites add no statement.
    expect(statements.get('servizio-civile')).toBe(withoutSites);
    const placements = (full.body.data as any).servizioCivileCall.projects.flatMap((p: any) => p.placements);
    expect(placements.length).toBeGreaterThan(5);
    expect(placements.map((p: any) => p.volunteers)).toEqual(
      (bare.body.data as any).servizioCivileCall.projects.flatMap((p: any) => p.placements).map((p: any) => p.volunteers),
    );
    for (const placement of placements) {
      const alone = await hub.query(
        `query ($code: ID!) { servizioCivileSite(code: $code) { code name municipioEvidence source { document demo } } }`,
        { code: placement.site.code },
      );
      expect(placement.site).toEqual((alone.body.data as any).servizioCivileSite);
    }
  });

  it.each([
    ['CityOverview', { callYear: 2022 }, 9],
    ['NetworkHealth', {}, 9],
    ['ServizioCivileCall', { year: 2022 }, 5],
    ['YouthOpportunities', { filter: null }, 4],
    ['CallComparison', { fromYear: 2022, toYear: 2022 }, 3],
  ])('%s: a handful, whatever the number of rows', async (name, variables, most) => {
    const { total } = await count(name, variables);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(most);
  });
});

/** Copies every row of a table `times` over, each under a new id (and its foreign keys mapped as `columns` say). */
const copies = (table: string, times: number, columns: Record<string, string>) =>
  `insert into ${table} select (jsonb_populate_record(null::${table}, to_jsonb(t) || jsonb_build_object(${Object.entries(columns)
    .map(([column, value]) => `'${column}', ${value}`)
    .join(', ')}))).* from ${table} t, generate_series(1, ${times}) g`;

describe('statements per request as the data grows', () => {
  let grown: Hub;
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  beforeAll(async () => {
    database = await scratchDatabase(inject('databaseUrl'), 'batching_growth');
    grown = await startHub(database.url, {
      responseCacheSeconds: 0,
      onQuery: (subgraph) => statements.set(subgraph, (statements.get(subgraph) ?? 0) + 1),
    });
  });
  afterAll(async () => {
    await grown?.stop();
    await database?.drop();
  });

  async function counted(name: string, variables: Record<string, unknown>) {
    statements.clear();
    const response = await grown.query(await operation(name), variables);
    expect(response.body.errors).toBeUndefined();
    return { perSubgraph: Object.fromEntries(statements), data: response.body.data as Record<string, any> };
  }

  const nearby = { latitude: 45.4642, longitude: 9.19, radiusKm: 5, at };
  const reads = async () => ({
    city: await counted('CityOverview', { callYear: 2022 }),
    health: await counted('NetworkHealth', {}),
    nearby: await counted('PointsNearby', nearby),
  });

  it('CityOverview, NetworkHealth and PointsNearby: the same after every point, its hours, special schedules and operators and the participation are copied 10 times over', async () => {
    const before = await reads();
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      // The copies of a point keep its kind, Municipio and source (real or demo); their hours and operators go with them.
      await sql.query(copies('spazio_comune.point', 10, { id: `'copy-' || g || '-' || t.id` }));
      await sql.query(
        copies('spazio_comune.opening_hours', 10, { id: `'copy-' || g || '-' || t.id`, point_id: `'copy-' || g || '-' || t.point_id` }),
      );
      await sql.query(
        copies('spazio_comune.operator', 10, {
          id: `'copy-' || g || '-' || t.id`,
          point_id: `case when t.point_id is null then null else 'copy-' || g || '-' || t.point_id end`,
        }),
      );
      await sql.query(
        copies('spazio_comune.special_schedule', 10, { id: `'copy-' || g || '-' || t.id`, point_id: `'copy-' || g || '-' || t.point_id` }),
      );
      await sql.query(copies('spazio_comune.participation', 10, { id: `'copy-' || g || '-' || t.id`, point_id: 'null' }));
    } finally {
      await sql.end();
    }
    const after = await reads();

    // A network lists at most 20 points (the default of its `first`), read so from the database.
    const points = (data: Record<string, any>) => data.municipi.map((m: any) => m.spazioComune?.points.length ?? 0);
    expect(points(after.city.data)).toEqual(points(before.city.data).map((n: number) => Math.min(11 * n, 20)));
    expect(Math.max(...points(after.city.data))).toBe(20);
    // A network's hours, read from the running totals that the copies' inserts kept: 11 times as many.
    const hours = (data: Record<string, any>) => data.municipi.map((m: any) => m.spazioComune?.frontOfficeHoursPerWeek ?? 0);
    for (const [i, h] of hours(after.city.data).entries()) expect(h).toBeCloseTo(11 * hours(before.city.data)[i], 6);
    expect(Math.max(...hours(after.city.data))).toBeGreaterThan(0);
    expect(after.health.data.compliance.length).toBeGreaterThan(before.health.data.compliance.length);
    expect(after.city.perSubgraph).toEqual(before.city.perSubgraph);
    expect(after.health.perSubgraph).toEqual(before.health.perSubgraph);
    // Every copy stands where its point stands: the 100 nearest hold more points, each with its hours and special schedules.
    expect(after.nearby.data.pointsNearby.length).toBeGreaterThan(before.nearby.data.pointsNearby.length);
    expect(after.nearby.data.pointsNearby.some((n: any) => n.point.id.startsWith('copy-') && n.point.openingHours.length > 0)).toBe(true);
    expect(after.nearby.perSubgraph).toEqual(before.nearby.perSubgraph);
  });
});
