import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { costDirectivesOf } from '../server/cost-directives.js';
import { estimatedCost } from '../server/estimated-cost.js';
import { type Hub, operation, root, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';

// Servizio Civile at national size (issue 16): a call of 3,000 projects and 70,000 placements over
// 60,000 sites. Every list of it is bounded by `first` (with a default and a maximum) and counted, so
// an answer and the SQL behind it stay the same size however many placements a call holds.

/** The seed's 2022 call grown by this many sites (all in Municipio 2) and placements (all in its one project). */
const GROWTH = 70_000;

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
const statements: { subgraph: string; sql: string }[] = [];
beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'servizio_civile_bounds');
  hub = await startHub(database.url, { responseCacheSeconds: 0, onQuery: (subgraph, sql) => statements.push({ subgraph, sql }) });
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  statements.length = 0;
  const response = await hub.query(query, variables);
  const perSubgraph: Record<string, number> = {};
  for (const s of statements) perSubgraph[s.subgraph] = (perSubgraph[s.subgraph] ?? 0) + 1;
  return { body: response.body, data: response.body.data as Record<string, any>, perSubgraph, sql: statements.map((s) => s.sql) };
}

const contract = async (name: string, variables: Record<string, unknown>) => {
  const result = await run(await operation(name), variables);
  expect(result.body.errors).toBeUndefined();
  return result;
};

describe('the bounds at the size of the seed', () => {
  it('a call, its projects and a Municipio count what their lists hold, and list at most first of it', async () => {
    const { body, data } = await run(`{
      servizioCivileCall(year: 2022) {
        programmeCount projectCount placementCount
        programmes { id } projects { placementCount placements { id } few: placements(first: 2) { id } }
        placements { id } firstTwo: placements(first: 2) { id }
      }
      municipio2: municipi { number servizioCivile(callYear: 2022) { siteCount placementCount sites { code } placements { id } one: sites(first: 1) { code } } }
    }`);
    expect(body.errors).toBeUndefined();
    const call = data.servizioCivileCall;
    expect([call.programmeCount, call.projectCount, call.placementCount]).toEqual([1, 1, 7]);
    expect(call.programmes).toHaveLength(1);
    expect(call.projects[0].placementCount).toBe(7);
    expect(call.projects[0].placements).toHaveLength(7);
    expect(call.projects[0].few).toEqual(call.projects[0].placements.slice(0, 2));
    expect(call.placements.map((p: any) => p.id)).toEqual(call.projects[0].placements.map((p: any) => p.id));
    expect(call.firstTwo).toEqual(call.placements.slice(0, 2));
    const municipio2 = data.municipio2.find((m: any) => m.number === 2).servizioCivile;
    expect(municipio2).toMatchObject({
      siteCount: 2,
      placementCount: 2,
      sites: [{ code: '202928' }, { code: '211622' }],
      one: [{ code: '202928' }],
    });
    expect(municipio2.placements).toHaveLength(2);
  });

  it.each([
    ['ServizioCivileCall.projects', `{ servizioCivileCall(year: 2022) { projects(first: 101) { id } } }`],
    ['ServizioCivileCall.placements', `{ servizioCivileCall(year: 2022) { placements(first: 0) { id } } }`],
    ['ServizioCivileCall.programmes', `{ servizioCivileCall(year: 2022) { programmes(first: 101) { id } } }`],
    ['ServizioCivileProject.placements', `{ servizioCivileCall(year: 2022) { projects { placements(first: 101) { id } } } }`],
    ['MunicipioServizioCivile.sites', `{ municipi { servizioCivile(callYear: 2022) { sites(first: 0) { code } } } }`],
    ['MunicipioServizioCivile.placements', `{ municipi { servizioCivile(callYear: 2022) { placements(first: 101) { id } } } }`],
    ['servizioCivileCallComparison', `{ servizioCivileCallComparison(fromYear: 2022, toYear: 2022, first: 101) { delta } }`],
  ])('%s refuses first out of range, with the code of the schema’s other lists', async (_, query) => {
    const { body } = await run(query);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(body.errors?.[0]?.message).toMatch(/first must be from 1 to 100/);
  });

  it('a call’s projects and placements page by skip (0 to 10000) and search by title; beyond, BAD_USER_INPUT', async () => {
    const { body, data } = await run(`{ servizioCivileCall(year: 2022) {
      projects(skip: 0) { id } none: projects(skip: 1) { id } found: projects(search: "CITTÀ metropolitana") { id }
      projectCount(search: "citta") missing: projectCount(search: "nessuno") placementCount(search: "citta")
      placements(first: 3, skip: 5) { id } all: placements { id }
    } }`);
    expect(body.errors).toBeUndefined();
    const call = data.servizioCivileCall;
    expect(call.none).toEqual([]);
    expect(call.found).toEqual(call.projects);
    expect([call.projectCount, call.missing, call.placementCount]).toEqual([1, 0, 7]);
    expect(call.placements).toEqual(call.all.slice(5, 8));
    for (const query of [
      '{ servizioCivileCall(year: 2022) { projects(skip: 10001) { id } } }',
      '{ servizioCivileCall(year: 2022) { placements(skip: -1) { id } } }',
    ]) {
      const refused = await run(query);
      expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'skip' });
    }
    const short = await run('{ servizioCivileCall(year: 2022) { projectCount(search: "di") } }');
    expect(short.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'search' });
  });

  it('the comparison pages by site code, and refuses an after that is not a site code', async () => {
    const all = await run(`{ servizioCivileCallComparison(fromYear: 2022, toYear: 2022) { site { code } delta } }`);
    const codes = all.data.servizioCivileCallComparison.map((r: any) => r.site.code);
    expect(codes).toHaveLength(7);
    const page = await run(
      `query ($after: ID) { servizioCivileCallComparison(fromYear: 2022, toYear: 2022, first: 2, after: $after) { site { code } } }`,
      {
        after: codes[2],
      },
    );
    expect(page.data.servizioCivileCallComparison.map((r: any) => r.site.code)).toEqual(codes.slice(3, 5));
    const refused = await run(`{ servizioCivileCallComparison(fromYear: 2022, toYear: 2022, after: "x; drop") { delta } }`);
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
  });

  it('the projects of a call page by id, and the placements of a project through servizioCivilePlacements(projectId)', async () => {
    const { body, data } = await run(`{ servizioCivileCall(year: 2022) { projects { id placements { id } } } }`);
    expect(body.errors).toBeUndefined();
    const project = data.servizioCivileCall.projects[0];
    const next = await run(`query ($after: ID) { servizioCivileCall(year: 2022) { projects(after: $after) { id } } }`, {
      after: project.id,
    });
    expect(next.data.servizioCivileCall.projects).toEqual([]);
    const before = await run(`query ($after: ID) { servizioCivileCall(year: 2022) { projects(after: $after) { id } } }`, { after: '' });
    expect(before.data.servizioCivileCall.projects).toEqual([{ id: project.id }]);
    const pages = await run(
      `query ($project: ID) { servizioCivilePlacements(first: 100, projectId: $project) { totalCount nodes { id } } }`,
      {
        project: project.id,
      },
    );
    expect(pages.data.servizioCivilePlacements.totalCount).toBe(7);
    expect(new Set(pages.data.servizioCivilePlacements.nodes.map((n: any) => n.id))).toEqual(
      new Set(project.placements.map((p: any) => p.id)),
    );
  });

  it('is priced by first: a client pays for what it asks, not for what the call holds', () => {
    const api = buildSchema(readFileSync(`${root}/schema/api.graphql`, 'utf8'));
    const directives = costDirectivesOf(readFileSync(`${root}/schema/supergraph.graphql`, 'utf8'));
    const price = (query: string) => estimatedCost(directives, { schema: api, document: parse(query), variables: {} });
    // call 1 + projects n × (1 + placements m × (1 + site 1)).
    expect(price('{ servizioCivileCall(year: 2022) { projects(first: 5) { placements(first: 3) { site { code } } } } }')).toBe(
      1 + 5 * (1 + 3 * 2),
    );
    // The defaults: 10 projects of 10 placements.
    expect(price('{ servizioCivileCall(year: 2022) { projects { placements { site { code } } } } }')).toBe(1 + 10 * (1 + 10 * 2));
    expect(price('{ servizioCivileCallComparison(fromYear: 2022, toYear: 2023, first: 7) { site { code } } }')).toBe(7 * 2);
  });
});

describe(`the same answers and the same SQL after the 2022 call grows by ${GROWTH.toLocaleString('en')} sites and placements`, () => {
  const operations = async () => ({
    call: await contract('ServizioCivileCall', { year: 2022 }),
    city: await contract('CityOverview', { callYear: 2022 }),
    comparison: await contract('CallComparison', { fromYear: 2022, toYear: 2022 }),
    youth: await contract('YouthOpportunities', { filter: { municipio: 2 } }),
    site: await contract('SiteByCode', { code: '202928' }),
  });
  let before: Awaited<ReturnType<typeof operations>>;
  let after: Awaited<ReturnType<typeof operations>>;

  beforeAll(async () => {
    before = await operations();
    const sql = new pg.Client({ connectionString: database.url });
    await sql.connect();
    try {
      // Copies of the Municipio 2 site 202928 and of its placement, after the call's own in its order.
      await sql.query(
        `insert into servizio_civile.site select (jsonb_populate_record(null::servizio_civile.site, to_jsonb(t)
           || jsonb_build_object('code', (900000 + g)::text))).* from servizio_civile.site t, generate_series(1, $1::int) g where t.code = '202928'`,
        [GROWTH],
      );
      // Without the texts of the placement (its context, objectives, role…), which the answers here do not read.
      await sql.query(
        `insert into servizio_civile.placement (id, call_year, project_id, site_code, position, volunteers, address_street,
           address_city, objectives, source_document, source_demo)
         select 'grown-' || g, call_year, project_id, (900000 + g)::text, 1000 + g, volunteers, address_street, address_city, '[]',
           source_document, source_demo
         from servizio_civile.placement t, generate_series(1, $1::int) g where t.call_year = 2022 and t.site_code = '202928'`,
        [GROWTH],
      );
      await sql.query('analyze servizio_civile.site; analyze servizio_civile.placement');
    } finally {
      await sql.end();
    }
    after = await operations();
  }, 120_000);

  it('runs as many statements in each subgraph as before, for every operation that reads Servizio Civile', () => {
    for (const name of Object.keys(before) as (keyof typeof before)[]) {
      expect({ name, ...after[name].perSubgraph }).toEqual({ name, ...before[name].perSubgraph });
    }
  });

  it('ServizioCivileCall: the project lists its first 10 placements (the call’s 7 first), and the total counts every one', async () => {
    const project = (data: Record<string, any>) => data.servizioCivileCall.projects[0];
    expect(project(after.call.data).placements).toHaveLength(10);
    expect(project(after.call.data).placements.slice(0, 7)).toEqual(project(before.call.data).placements);
    expect(after.call.data.servizioCivileCall.totalVolunteers).toBe(before.call.data.servizioCivileCall.totalVolunteers + 2 * GROWTH);
    expect(JSON.stringify(after.call.data).length).toBeLessThan(2 * JSON.stringify(before.call.data).length);
    const { data } = await run('{ servizioCivileCall(year: 2022) { placementCount projects { placementCount } } }');
    expect(data.servizioCivileCall).toEqual({ placementCount: 7 + GROWTH, projects: [{ placementCount: 7 + GROWTH }] });
  });

  it('CityOverview: Municipio 2 lists its first 20 sites and counts them all', async () => {
    const municipio2 = (data: Record<string, any>) => data.municipi.find((m: any) => m.number === 2).servizioCivile;
    expect(municipio2(after.city.data).sites).toHaveLength(20);
    expect(municipio2(after.city.data).sites.slice(0, 2)).toEqual(municipio2(before.city.data).sites);
    expect(municipio2(after.city.data).volunteers).toBe(municipio2(before.city.data).volunteers + 2 * GROWTH);
    const { data } = await run('{ municipi { number servizioCivile(callYear: 2022) { siteCount placementCount } } }');
    expect(data.municipi.find((m: any) => m.number === 2).servizioCivile).toEqual({ siteCount: 2 + GROWTH, placementCount: 2 + GROWTH });
  });

  it(`CallComparison: one page of 100 of the ${(7 + GROWTH).toLocaleString('en')} sites (more than a statement's 65,535 parameters), from the same SQL`, async () => {
    const rows = after.comparison.data.servizioCivileCallComparison;
    expect(rows).toHaveLength(100);
    expect(rows.slice(0, 7)).toEqual(before.comparison.data.servizioCivileCallComparison);
    // The same statements, word for word: no list of the call's sites goes to PostgreSQL.
    expect(after.comparison.sql).toEqual(before.comparison.sql);
    const last = await run(
      `query ($after: ID) { servizioCivileCallComparison(fromYear: 2022, toYear: 2022, after: $after) { site { code } fromVolunteers } }`,
      { after: String(900000 + GROWTH - 3) },
    );
    expect(last.data.servizioCivileCallComparison).toEqual([
      { site: { code: String(900000 + GROWTH - 2) }, fromVolunteers: 2 },
      { site: { code: String(900000 + GROWTH - 1) }, fromVolunteers: 2 },
      { site: { code: String(900000 + GROWTH) }, fromVolunteers: 2 },
    ]);
  });

  it('YouthOpportunities: the first 100 of Municipio 2, filtered and cut by the database', () => {
    expect(before.youth.data.servizioCivileOpportunities).toHaveLength(2);
    expect(after.youth.data.servizioCivileOpportunities).toHaveLength(100);
    expect(after.youth.data.servizioCivileOpportunities.slice(0, 2)).toEqual(before.youth.data.servizioCivileOpportunities);
  });

  it('SiteByCode: the same answer', () => {
    expect(after.site.data).toEqual(before.site.data);
  });
});
