import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';

// A dataset's dct:modified moves with the newest change its audit trail records (every write appends
// to it in its own transaction), on a scratch database: the entries written here cannot be taken out.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let sql: pg.Client;
let catalog: string;
beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'catalog_modified');
  hub = await startHub(database.url);
  catalog = `${new URL(hub.gateway.url).origin}/catalog`;
  sql = new pg.Client({ connectionString: database.url });
  await sql.connect();
});
afterAll(async () => {
  await sql?.end();
  await hub?.stop();
  await database?.drop();
});

/** Each dataset's dct:modified, by its identifier without the Comune's code; and the catalogue's. */
async function modified(): Promise<Record<string, string>> {
  const body = await (await fetch(catalog)).json();
  return {
    catalog: body['dct:modified']['@value'],
    ...Object.fromEntries(body['dcat:dataset'].map((d: any) => [d['dct:identifier'].slice('c_f205:'.length), d['dct:modified']['@value']])),
  };
}

/** An entry of a subgraph's audit trail, as a write appends it. */
const audited = (schema: string, entityType: string, at: string) =>
  sql.query(
    `insert into ${schema}.audit_entry (at, actor, role, action, entity_type, entity_id, before, after)
     values ($1, 'test', 'admin', 'test', $2, 'test', '{}', '{}')`,
    [at, entityType],
  );

describe('dct:modified of the datasets the graph records no change time for', () => {
  it('is the day in Milan of the change last appended to the audit trail, or the seed’s day while none is later', async () => {
    const seeded = await modified();
    await audited('servizio_civile', 'ServizioCivilePlacement', '2027-02-03T23:30:00Z');
    await audited('leva_civica', 'LevaCivicaProject', '2027-03-01T10:00:00Z');
    await audited('spazio_comune', 'ParticipationRecord', '2027-04-01T10:00:00Z');
    // A point changed after it moves the points (their updatedAt), not the indicators.
    await audited('spazio_comune', 'Point', '2027-05-01T10:00:00Z');
    // The caches hear of the writes a few milliseconds later (PostgreSQL's notifications).
    await expect.poll(modified, { timeout: 5000 }).toEqual({
      ...seeded,
      'servizio-civile-sedi-e-posti': '2027-02-04',
      'leva-civica-progetti': '2027-03-01',
      'spazio-comune-indicatori': '2027-04-01',
      catalog: '2027-04-01',
    });
    // An indicator corrected (a data migration) moves the indicators too.
    await audited('spazio_comune', 'Indicator', '2027-06-01T10:00:00Z');
    await audited('spazio_comune', 'Point', '2027-07-01T10:00:00Z');
    await expect.poll(async () => (await modified())['spazio-comune-indicatori'], { timeout: 5000 }).toBe('2027-06-01');
    // The day of the entry last appended, never before the seed's.
    await audited('servizio_civile', 'ServizioCivileCall', '2020-01-01T10:00:00Z');
    await expect
      .poll(async () => (await modified())['servizio-civile-sedi-e-posti'], { timeout: 5000 })
      .toBe(seeded['servizio-civile-sedi-e-posti']);
  });
});
