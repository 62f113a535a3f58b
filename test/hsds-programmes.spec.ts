import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hsdsId } from '../gateway/hsds/ids.js';
import { type Hub, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';

// The programmes' services of the HSDS API at the size of a region (issue 16): a call's projects are
// listed 10 at a time by default and a project's placements too, so HSDS reads the slice a page
// shows (ServizioCivileCall.projects(skip), placements(skip)) from the calls' counts. Every project
// and every placement is listed exactly once across the pages, the totals are exact, and a page
// costs the same SQL statements whether the call holds 13 projects or 40.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let origin: string;
let statements = 0;
let sql: pg.Client;

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'hsds_programmes');
  hub = await startHub(database.url, {
    responseCacheSeconds: 0,
    onQuery: () => {
      statements += 1;
    },
  });
  origin = new URL(hub.gateway.url).origin;
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await hub?.stop();
  await database?.drop();
});

async function get(path: string): Promise<{ statements: number; body: any }> {
  statements = 0;
  const response = await fetch(`${origin}${path}`);
  expect({ path, status: response.status }).toEqual({ path, status: 200 });
  return { body: await response.json(), statements };
}

/** Every page of a list, `perPage` at a time: the ids in order, and the totals each page gave. */
async function walk(path: string, perPage: number): Promise<{ ids: string[]; totals: number[] }> {
  const ids: string[] = [];
  const totals: number[] = [];
  for (let page = 1; ; page += 1) {
    const { body } = await get(`${path}${path.includes('?') ? '&' : '?'}per_page=${perPage}&page=${page}`);
    ids.push(...body.contents.map((c: { id: string }) => c.id));
    totals.push(body.total_items);
    if (body.last_page) return { ids, totals };
  }
}

/** Projects added to the seed's 2022 call (copies of its project, at its 7 sites), up to `count` in all; `Città` in their titles. */
async function growProjects(count: number): Promise<void> {
  await sql.query(
    `insert into servizio_civile.project select (jsonb_populate_record(null::servizio_civile.project, to_jsonb(p)
       || jsonb_build_object('id', 'zz-' || lpad(g::text, 3, '0'), 'title', 'Città copia ' || g))).*
     from servizio_civile.project p, generate_series((select count(*)::int from servizio_civile.project), $1::int - 1) g
     where p.id not like 'zz-%'`,
    [count],
  );
  // Each copy at the sites of the project it copies, after the call's own placements in its order.
  await sql.query(
    `insert into servizio_civile.placement (id, call_year, project_id, site_code, position, volunteers, address_street,
       address_city, objectives, source_document, source_demo)
     select j.id || '-' || t.site_code, t.call_year, j.id, t.site_code, 1000 + row_number() over (order by j.id, t.position), t.volunteers,
       t.address_street, t.address_city, '[]', t.source_document, t.source_demo
     from servizio_civile.placement t join servizio_civile.project j on j.id like 'zz-%'
     where t.project_id not like 'zz-%' and not exists (select 1 from servizio_civile.placement q where q.project_id = j.id)`,
  );
  await sql.query('analyze servizio_civile.project; analyze servizio_civile.placement');
}

/**
 * The seed's project at `count` more sites, copies of 202928 coded from `firstCode` + 1, its placements
 * there placed from `firstPosition` + 1 in the order of the call.
 */
async function growSeededProject(count: number, firstCode: number, firstPosition: number): Promise<void> {
  await sql.query(
    `insert into servizio_civile.site select (jsonb_populate_record(null::servizio_civile.site, to_jsonb(t)
       || jsonb_build_object('code', ($2::int + g)::text))).* from servizio_civile.site t, generate_series(1, $1::int) g where t.code = '202928'`,
    [count, firstCode],
  );
  await sql.query(
    `insert into servizio_civile.placement (id, call_year, project_id, site_code, position, volunteers, address_street,
       address_city, objectives, source_document, source_demo)
     select 'grown-' || ($2::int + g), call_year, project_id, ($2::int + g)::text, $3::int + g, volunteers, address_street, address_city,
       '[]', source_document, source_demo
     from servizio_civile.placement t, generate_series(1, $1::int) g
     where t.project_id = (select id from servizio_civile.project where id not like 'zz-%') and t.site_code = '202928'`,
    [count, firstCode, firstPosition],
  );
}

/** The HSDS ids the directory should list, from the database: every project's service, and its service at each of its sites. */
async function expected(): Promise<{ services: string[]; sals: string[] }> {
  const projects = await sql.query<{ id: string }>('select id from servizio_civile.project order by id');
  const placements = await sql.query<{ project_id: string; site_code: string }>(
    'select project_id, site_code from servizio_civile.placement',
  );
  return {
    services: projects.rows.map((p) => hsdsId('service', `servizio-civile-project:${p.id}`)),
    sals: placements.rows.map((p) =>
      hsdsId('service-at-location', `servizio-civile-project:${p.project_id}@servizio-civile-site:${p.site_code}`),
    ),
  };
}

describe('the HSDS programmes of a call of more than 10 projects, and of a project of more than 10 placements', () => {
  let term: string;
  beforeAll(async () => {
    const { body } = await get('/hsds/taxonomy_terms?per_page=100');
    term = body.contents.find((t: any) => t.name === 'Servizio Civile Universale')?.id;
    expect(term).toBeTruthy();
    // The seed's project at 15 more sites (copies of 202928): 22 placements.
    await growSeededProject(15, 950000, 500);
    await growProjects(13);
  }, 60_000);

  it('lists every project’s service and every service at a site exactly once across pages, with exact totals', async () => {
    const want = await expected();
    expect(want.services).toHaveLength(13);
    // Each copy at the seed project's 22 sites.
    expect(want.sals).toHaveLength(13 * 22);
    for (const perPage of [4, 7, 50]) {
      const services = await walk(`/hsds/services?taxonomy_term_id=${term}`, perPage);
      expect(services.ids).toEqual([...new Set(services.ids)]);
      expect(new Set(services.ids)).toEqual(new Set(want.services));
      expect(new Set(services.totals)).toEqual(new Set([13]));
      const sals = await walk(`/hsds/service_at_locations?taxonomy_term_id=${term}`, perPage);
      expect(sals.ids).toEqual([...new Set(sals.ids)]);
      expect(new Set(sals.ids)).toEqual(new Set(want.sals));
      expect(new Set(sals.totals)).toEqual(new Set([want.sals.length]));
    }
  });

  it('lists the points’ and all programmes’ services once across pages, as many as the total says', async () => {
    const all = await walk('/hsds/services', 30);
    expect(all.ids).toEqual([...new Set(all.ids)]);
    expect(new Set(all.totals)).toEqual(new Set([all.ids.length]));
    for (const id of (await expected()).services) expect(all.ids).toContain(id);
  });

  it('gives a project’s service with every one of its sites, more than 10', async () => {
    const seeded = (await sql.query<{ id: string }>(`select id from servizio_civile.project where id not like 'zz-%'`)).rows[0]?.id;
    const { body } = await get(`/hsds/services/${hsdsId('service', `servizio-civile-project:${seeded}`)}`);
    expect(body.service_at_locations).toHaveLength(22);
    expect(body.description).toMatch(/in 22 sedi/);
    const sal = hsdsId('service-at-location', `servizio-civile-project:${seeded}@servizio-civile-site:950015`);
    expect((await get(`/hsds/service_at_locations/${sal}`)).body.id).toBe(sal);
  });

  it('makes the ids of the Leva Civica records of the keys of the project and site (their ids before global ids)', async () => {
    const { rows } = await sql.query<{ id: string; site_id: string }>('select id, site_id from leva_civica.project');
    expect(rows).toEqual([{ id: 'lc-la-coesione-sociale', site_id: 'lc-coesione-sociale' }]);
    const service = hsdsId('service', 'leva-civica-project:lc-la-coesione-sociale');
    const { body } = await get(`/hsds/services/${service}`);
    expect(body).toMatchObject({ id: service, name: 'La coesione sociale' });
    expect(body.service_at_locations.map((sal: any) => [sal.id, sal.location.id, sal.location.external_identifier])).toEqual([
      [
        hsdsId('service-at-location', 'leva-civica-project:lc-la-coesione-sociale@leva-civica-site:lc-coesione-sociale'),
        hsdsId('location', 'leva-civica-site:lc-coesione-sociale'),
        'lc-coesione-sociale',
      ],
    ]);
  });

  it('searches the projects by their title in the graph, with or without accents, and counts what it finds', async () => {
    // The seed's project is "Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano".
    for (const [search, count] of [
      ['citta copia', 12],
      ['CITTÀ COPIA', 12],
      ['città', 13],
      ['metropolitana CITTA', 1],
    ] as const) {
      const found = await walk(`/hsds/services?taxonomy_term_id=${term}&search=${encodeURIComponent(search)}`, 5);
      expect({ search, count: new Set(found.ids).size }).toEqual({ search, count: found.ids.length });
      expect({ search, count: found.ids.length }).toEqual({ search, count });
      expect(new Set(found.totals)).toEqual(new Set([count]));
    }
    const sals = await walk(`/hsds/service_at_locations?taxonomy_term_id=${term}&search=copia`, 10);
    expect(sals.ids).toHaveLength(12 * 22);
    expect(new Set(sals.totals)).toEqual(new Set([12 * 22]));
  });

  it('costs the same SQL statements for a page, and a record by id, at 13 projects and at 40', async () => {
    const seeded = (await sql.query<{ id: string }>(`select id from servizio_civile.project where id not like 'zz-%'`)).rows[0]?.id;
    const pages = [
      `/hsds/services/${hsdsId('service', `servizio-civile-project:${seeded}`)}`,
      `/hsds/services/${hsdsId('service', 'servizio-civile-project:zz-005')}`,
      `/hsds/service_at_locations/${hsdsId('service-at-location', `servizio-civile-project:${seeded}@servizio-civile-site:950015`)}`,
      `/hsds/services?taxonomy_term_id=${term}&per_page=5&page=2`,
      `/hsds/service_at_locations?taxonomy_term_id=${term}&per_page=5&page=3`,
      `/hsds/services?taxonomy_term_id=${term}&per_page=5&search=copia`,
      '/hsds/services?per_page=100&page=1',
      '/hsds/service_at_locations?per_page=100&page=1',
    ];
    const cost = async () => {
      for (const page of pages) await get(page);
      const costs: Record<string, number> = {};
      for (const page of pages) costs[page] = (await get(page)).statements;
      return costs;
    };
    const at13 = await cost();
    await growProjects(40);
    expect((await expected()).services).toHaveLength(40);
    const at40 = await cost();
    expect(at40).toEqual(at13);
    expect((await get(`/hsds/services?taxonomy_term_id=${term}&per_page=1`)).body.total_items).toBe(40);
  });
  it('gives a project’s service with every one of its sites past the first 100 read with the project, page by page', async () => {
    const seeded = (await sql.query<{ id: string }>(`select id from servizio_civile.project where id not like 'zz-%'`)).rows[0]?.id;
    // The seed's project at 110 more sites (copies of 202928): 132 placements, the last 32 read by pages of the graph.
    await growSeededProject(110, 960000, 700);
    const { body } = await get(`/hsds/services/${hsdsId('service', `servizio-civile-project:${seeded}`)}`);
    const ids = body.service_at_locations.map((sal: { id: string }) => sal.id);
    expect(ids).toHaveLength(132);
    expect(new Set(ids).size).toBe(132);
    expect(ids).toContain(hsdsId('service-at-location', `servizio-civile-project:${seeded}@servizio-civile-site:960110`));
    expect(body.description).toMatch(/in 132 sedi/);
  });
});
