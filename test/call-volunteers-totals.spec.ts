import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CALL_VOLUNTEERS_FROM_SCRATCH } from '../subgraphs/servizio-civile/call-volunteers-keep.js';
import { type Hub, operation, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// A call's volunteers, in all and per Municipio, are read from running totals that triggers on
// placement and site keep in the transaction of every write: after each write path (the call
// importer creating, updating and moving a site; an operator's SQL moving sites, marking and deleting
// placements; statements of many rows) they must equal the sums made from scratch, and the graph must
// answer those sums.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let client: pg.Client;
let admin: Record<string, string>;
beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'call_volunteers_totals');
  hub = await startHub(database.url);
  admin = bearer(await hub.tokens.admin());
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await hub?.stop();
  await database?.drop();
});

type Part = { call: number; municipio: number; demo: boolean; volunteers: number; placements: number };
const parts = (rows: Record<string, unknown>[]): Part[] =>
  rows
    .map((r) => ({
      call: Number(r.call_year),
      municipio: Number(r.municipio),
      demo: Boolean(r.demo),
      volunteers: Number(r.volunteers),
      placements: Number(r.placements),
    }))
    .sort((a, b) => a.call - b.call || a.municipio - b.municipio || Number(a.demo) - Number(b.demo));

const MUNICIPI = `query ($year: Int!) { servizioCivileCalls { year totalVolunteers }
  municipi { number servizioCivile(callYear: $year) { volunteers placementCount } } }`;

/** The totals as kept, the sums from scratch, and what the graph answers for every call and Municipio. */
async function expectTotalsRight() {
  const kept = await client.query(
    `select call_year, municipio_number as municipio, source_demo as demo, volunteers, placements
     from servizio_civile.call_volunteers_total where placements <> 0`,
  );
  const scratch = parts((await client.query(CALL_VOLUNTEERS_FROM_SCRATCH)).rows);
  expect(parts(kept.rows)).toEqual(scratch);
  // No part left with volunteers but no placements (a site's placements that stayed behind when it moved).
  const stray = await client.query('select * from servizio_civile.call_volunteers_total where placements = 0 and volunteers <> 0');
  expect(stray.rows).toEqual([]);
  const sum = (of: Part[], key: 'volunteers' | 'placements') => of.reduce((total, p) => total + p[key], 0);
  for (const call of new Set(scratch.map((p) => p.call))) {
    // With a token: never answered from a cache that the notification of an operator's write may not have reached yet.
    const answer = await hub.query(MUNICIPI, { year: call }, admin);
    const data = answer.body.data as any;
    expect(answer.body.errors).toBeUndefined();
    const of = scratch.filter((p) => p.call === call);
    expect(data.servizioCivileCalls.find((c: { year: number }) => c.year === call)).toEqual({
      year: call,
      totalVolunteers: sum(of, 'volunteers'),
    });
    for (const municipio of data.municipi) {
      const here = of.filter((p) => p.municipio === municipio.number);
      expect(municipio.servizioCivile).toEqual({ volunteers: sum(here, 'volunteers'), placementCount: sum(here, 'placements') });
    }
  }
}

const seeds = new URL('./fixtures/seeds/', import.meta.url);
/** The seeded call of 2022 as another year's, with site 202928's volunteers changed. */
async function callOf(year: number, volunteers: number): Promise<string> {
  const text = await readFile(new URL('servizio-civile-bando-2022.md', seeds), 'utf8');
  return text
    .replace('Bando 2022', `Bando ${year}`)
    .replace('202928 – Municipio 2\tVia G. B. Sammartini, 120\t2', `202928 – Municipio 2\tVia G. B. Sammartini, 120\t${volunteers}`);
}
const importCall = async (document: string) => {
  const response = await hub.query(await operation('ImportServizioCivileCall'), { input: { document } }, admin);
  expect(response.body.data?.importServizioCivileCall.userErrors).toEqual([]);
};

describe('the running totals of the calls’ volunteers', () => {
  it('hold the sums after every write path, a site moving between Municipi included', async () => {
    await expectTotalsRight();
    expect((await client.query('select count(*) from servizio_civile.call_volunteers_total')).rows[0].count).not.toBe('0');

    // The importer: a new call, then the same call again with other volunteers at one site.
    await importCall(await callOf(2030, 4));
    await expectTotalsRight();
    await importCall(await callOf(2030, 9));
    await expectTotalsRight();

    // An operator's SQL: a site moved to another Municipio, one left without one and one given one,
    // placements marked demo, moved to another site and deleted.
    await client.query(`update servizio_civile.site set municipio_number = 7 where code = '202928'`);
    await expectTotalsRight();
    await client.query(`update servizio_civile.site set municipio_number = null where code = '167292'`);
    await client.query(`update servizio_civile.site set municipio_number = 3 where municipio_number is null and code <> '167292'`);
    await expectTotalsRight();
    await client.query(`update servizio_civile.placement set source_demo = true, volunteers = volunteers + 1 where site_code = '211622'`);
    await client.query(`update servizio_civile.placement set site_code = '167292' where site_code = '202928' and call_year = 2030`);
    await expectTotalsRight();
    await client.query(`delete from servizio_civile.placement where call_year = 2030 and site_code = '211622'`);
    await expectTotalsRight();
  });

  it('hold them after statements of many rows: every site moved, every placement marked and changed', async () => {
    await client.query('begin');
    await client.query('update servizio_civile.site set municipio_number = 1 + coalesce(municipio_number, 0) % 9');
    await client.query('update servizio_civile.placement set source_demo = not source_demo, volunteers = volunteers * 2');
    await client.query('commit');
    await expectTotalsRight();
    await client.query('delete from servizio_civile.placement where call_year = 2030');
    await expectTotalsRight();
  });
});
