import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractExamples } from '../gateway/examples.js';
import { generateScaleData, type ScaleReport } from '../scripts/scale/generate.js';
import { CALL_YEARS, SEED_POINTS } from '../scripts/scale/sizes.js';
import { type Hub, operation, root, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';

// The scale data set (scripts/scale) at a tiny scale: what it writes, that all of it is demo, that
// the same scale gives the same data, and that the graph answers over it. Timings belong in the
// benchmark (BENCH_SCALE), not here.

const SCALE = 0.1;
type Database = Awaited<ReturnType<typeof scratchDatabase>>;
let first: Database;
let second: Database;
let report: ScaleReport;
let hub: Hub;

beforeAll(async () => {
  first = await scratchDatabase(inject('databaseUrl'), 'scale_a');
  second = await scratchDatabase(inject('databaseUrl'), 'scale_b');
  report = await generateScaleData(first.url, SCALE, () => {});
  await generateScaleData(second.url, SCALE, () => {});
  hub = await startHub(first.url, { responseCacheSeconds: 0 });
});
afterAll(async () => {
  await hub?.stop();
  await first?.drop();
  await second?.drop();
});

async function sql<T = Record<string, unknown>>(url: string, text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

const one = async (text: string, url = first.url) => Object.values((await sql(url, text))[0] ?? {})[0];

describe('the scale data set', () => {
  it('writes every part at its size, on top of the seed', async () => {
    const { sizes } = report;
    expect(sizes.points).toBe(Math.round(SCALE * SEED_POINTS));
    expect(await one(`select count(*)::int from spazio_comune.point`)).toBe(SEED_POINTS + sizes.points);
    expect(
      await one(`select count(*)::int from spazio_comune.point where id like 'demo-scale-%' and derived_municipio_number is not null`),
    ).toBe(sizes.points);
    expect(await one(`select count(distinct derived_municipio_number)::int from spazio_comune.point where id like 'demo-scale-%'`)).toBe(
      Math.min(9, sizes.points),
    );
    expect(await one(`select count(*)::int from spazio_comune.opening_hours where point_id like 'demo-scale-%'`)).toBeGreaterThanOrEqual(
      3 * sizes.points,
    );
    expect(await one(`select count(*)::int from spazio_comune.special_schedule where point_id like 'demo-scale-%'`)).toBeGreaterThanOrEqual(
      sizes.points,
    );
    expect(await one(`select count(*)::int from spazio_comune.operator where point_id like 'demo-scale-%'`)).toBeGreaterThanOrEqual(
      sizes.points,
    );
    expect(await one(`select count(*)::int from servizio_civile.call`)).toBe(CALL_YEARS.length);
    expect(await one(`select count(*)::int from servizio_civile.site where source_demo`)).toBe(sizes.sites);
    for (const year of CALL_YEARS) {
      expect(await one(`select count(*)::int from servizio_civile.programme p where call_year = ${year} and source_demo`)).toBe(
        sizes.programmesPerCall,
      );
      expect(
        await one(
          `select count(*)::int from servizio_civile.project j join servizio_civile.programme p on p.id = j.programme_id where p.call_year = ${year} and j.source_demo`,
        ),
      ).toBe(sizes.projectsPerCall);
      expect(await one(`select count(*)::int from servizio_civile.placement where call_year = ${year} and source_demo`)).toBe(
        sizes.placementsPerCall,
      );
    }
    expect(await one(`select count(*)::int from spazio_comune.participation where id like 'demo-scale-%'`)).toBe(sizes.participation);
    expect(await one(`select count(*)::int from spazio_comune.audit_entry where actor like 'demo-editor-%'`)).toBe(sizes.auditEntries);
  });

  it('marks every generated record demo, and leaves the seeded call real', async () => {
    for (const table of ['point', 'opening_hours', 'special_schedule', 'operator', 'participation']) {
      const key = table === 'point' || table === 'participation' ? 'id' : 'point_id';
      expect(
        await one(`select count(*)::int from spazio_comune.${table} where ${key} like 'demo-scale-%' and not source_demo`),
        table,
      ).toBe(0);
    }
    for (const table of ['site', 'programme', 'project', 'placement'])
      expect(
        await one(
          `select count(*)::int from servizio_civile.${table} where source_document like '%generatore di scala%' and not source_demo`,
        ),
        table,
      ).toBe(0);
    expect(await one(`select count(*)::int from servizio_civile.call where not source_demo`)).toBe(1);
    expect(await one(`select count(*)::int from servizio_civile.placement where not source_demo`)).toBe(7);
  });

  it('is the same data for the same scale', async () => {
    const digests = `select
      (select md5(string_agg(concat_ws('|', id, name, address_street, address_latitude, address_longitude, derived_municipio_number, opened_on, manager), ',' order by id)) from spazio_comune.point) as points,
      (select md5(string_agg(concat_ws('|', point_id, day, opens, closes, activity), ',' order by point_id, day, opens)) from spazio_comune.opening_hours) as hours,
      (select md5(string_agg(concat_ws('|', id, valid_from, valid_to, opens), ',' order by id)) from spazio_comune.special_schedule) as special,
      (select md5(string_agg(concat_ws('|', id, network_code, role, weekly_hours), ',' order by id)) from spazio_comune.operator) as operators,
      (select md5(string_agg(concat_ws('|', id, project_id, site_code, position, volunteers, address_city), ',' order by id)) from servizio_civile.placement) as placements,
      (select md5(string_agg(concat_ws('|', code, municipio_number), ',' order by code)) from servizio_civile.site) as sites,
      (select md5(string_agg(concat_ws('|', id, programme_id, weekly_hours), ',' order by id)) from servizio_civile.project) as projects,
      (select md5(string_agg(concat_ws('|', id, sector), ',' order by id)) from servizio_civile.programme) as programmes,
      (select md5(string_agg(concat_ws('|', id, point_id, indicator_code, recorded_on, quantity), ',' order by id)) from spazio_comune.participation) as participation`;
    const [expected] = await sql(first.url, digests);
    expect(Object.keys(expected ?? {})).toHaveLength(9);
    expect((await sql(second.url, digests))[0]).toEqual(expected);
  });

  it('refuses, untouched, a database that holds the hub’s schemas (a set generated before, or real data)', async () => {
    await expect(generateScaleData(first.url, SCALE, () => {})).rejects.toThrow(/holds the hub's data already/);
  });

  it('keeps the audit trail append-only', async () => {
    await expect(sql(first.url, `update spazio_comune.audit_entry set actor = 'someone' where actor like 'demo-editor-%'`)).rejects.toThrow(
      /append-only/,
    );
  });
});

describe('the graph over the scale data set', () => {
  it('answers every contract operation of the playground without an error', async () => {
    for (const { query, variables } of contractExamples(root)) {
      const { status, body } = await hub.query(query, variables);
      expect({ status, errors: body.errors }, query.split('\n')[1]).toEqual({ status: 200, errors: undefined });
    }
  });

  it('gives the figures the database holds, with the demo share apart', async () => {
    const year = 2024;
    const { body } = await hub.query(await operation('ServizioCivileCall'), { year });
    const volunteers = await one(`select sum(volunteers)::int from servizio_civile.placement where call_year = ${year}`);
    expect(body.data?.servizioCivileCall.totalVolunteers).toBe(volunteers);
    expect(body.data?.servizioCivileCall.projects).toHaveLength(report.sizes.projectsPerCall);
    const basis = await hub.query(`{ servizioCivileCall(year: ${year}) { totalVolunteersBasis { real demo includesDemo } } }`);
    expect(basis.body.data?.servizioCivileCall.totalVolunteersBasis).toEqual({ real: 0, demo: volunteers, includesDemo: true });
    const page = await hub.query(await operation('PointsPage'), { first: 5 });
    expect(page.body.data?.points.totalCount).toBe(SEED_POINTS + report.sizes.points);
  });
});
