import { Migration } from '@mikro-orm/migrations';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { correctSeededRecord } from '../subgraphs/shared/data-migration.js';
import { startSubgraph } from '../subgraphs/shared/server.js';
import { Point } from '../subgraphs/spazio-comune/point.js';
import { type Hub, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// No write is lost at a restart: the seed inserts what is missing and never overwrites what was
// written since; a change to the seed files reaches the database as a data migration.

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let hub: Hub | undefined;
const spazioComune = subgraphs.find((s) => s.name === 'spazio-comune');
if (!spazioComune) throw new Error('no spazio-comune subgraph');

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'restart');
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

const POINT = `query ($id: ID!) { point(id: $id) { id name version updatedAt notes address { street latitude longitude }
  municipio { number } openingHours { day opens closes activity } } }`;
const HISTORY = 'query ($id: ID!) { point(id: $id) { history(first: 20) { totalCount nodes { actor action before after } } } }';
const IMPORT = `mutation ($input: ImportPointsInput!) { importPoints(input: $input) {
  report { created updated unchanged } userErrors { message } } }`;
const HOURS = `mutation ($input: SetPointOpeningHoursInput!) { setPointOpeningHours(input: $input) { point { version } userErrors { code } } }`;
const CHANGED = `query ($since: DateTime!) { pointsModifiedSince(since: $since, first: 100) { edges { node { id version } } } }`;

const IDS = ['csrc-sammartini', 'csrc-villa-finzi'];

async function state(h: Hub, id: string) {
  const admin = bearer(await h.tokens.admin());
  const [point, history] = await Promise.all([h.query(POINT, { id }), h.query(HISTORY, { id }, admin)]);
  expect(point.body.errors).toBeUndefined();
  return { point: point.body.data?.point, history: history.body.data?.point.history };
}

async function psql(sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}

describe('restart', () => {
  it('corrections to seeded CSRC (an import, a mutation, plain SQL) keep their values, version and history', async () => {
    hub = await startHub(database.url, { responseCacheSeconds: 0 });
    const admin = bearer(await hub.tokens.admin());
    const imported = await hub.query(
      IMPORT,
      {
        input: {
          format: 'CSV',
          document:
            'id,kind,name,street,latitude,longitude\ncsrc-sammartini,CSRC,Sammartini,"Via Giovanni Battista Sammartini, 75",45.4897,9.2051\n',
        },
      },
      admin,
    );
    expect(imported.body.data?.importPoints).toMatchObject({ report: { updated: 1 }, userErrors: [] });
    const finzi = (await state(hub, 'csrc-villa-finzi')).point;
    const hours = await hub.query(
      HOURS,
      {
        input: {
          pointId: 'csrc-villa-finzi',
          expectedVersion: finzi.version,
          hours: [{ day: 'TUESDAY', opens: '15:00', closes: '18:00', activity: 'OTHER' }],
        },
      },
      admin,
    );
    expect(hours.body.data?.setPointOpeningHours.userErrors).toEqual([]);
    await psql(`update spazio_comune.point set notes = 'Corretto a mano' where id = 'csrc-villa-finzi'`);

    const before = await Promise.all(IDS.map((id) => state(hub as Hub, id)));
    expect(before[0]?.point).toMatchObject({ version: 2, address: { street: 'Via Giovanni Battista Sammartini, 75', latitude: 45.4897 } });
    expect(before[1]?.point).toMatchObject({ version: 2, notes: 'Corretto a mano', openingHours: [{ day: 'TUESDAY' }] });

    await hub.stop();
    hub = await startHub(database.url, { responseCacheSeconds: 0 });
    const after = await Promise.all(IDS.map((id) => state(hub as Hub, id)));
    expect(after).toEqual(before);
  });

  it('a change to the seed files reaches the database as a data migration: version + 1, the change feed, an audit entry', async () => {
    if (!hub) throw new Error('the first test starts the hub');
    const before = (await state(hub, 'csrc-sammartini')).point;
    await hub.stop();
    hub = undefined;

    class CorrectSammartini extends Migration {
      override name = 'Migration29991231000000';
      override async up() {
        await correctSeededRecord(this, Point, 'csrc-sammartini', {
          from: { notes: 'Uno dei quattro CSRC del Municipio 2 (nome come nella fonte). Indirizzo non nella fonte.' },
          to: { notes: 'Uno dei quattro CSRC del Municipio 2.' },
        });
      }
    }
    const migrations = [...spazioComune.migrations, { name: 'Migration29991231000000', class: CorrectSammartini }];
    const running = await startSubgraph({ ...spazioComune, migrations }, { databaseUrl: database.url, port: 0 });
    await running.stop();

    hub = await startHub(database.url, { responseCacheSeconds: 0 });
    const { point, history } = await state(hub, 'csrc-sammartini');
    expect(point).toMatchObject({ version: before.version + 1, notes: 'Uno dei quattro CSRC del Municipio 2.', address: before.address });
    expect(Date.parse(point.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
    expect(history.nodes[0]).toEqual({
      actor: 'migration:Migration29991231000000',
      action: 'dataMigration',
      before: { notes: 'Uno dei quattro CSRC del Municipio 2 (nome come nella fonte). Indirizzo non nella fonte.' },
      after: { notes: 'Uno dei quattro CSRC del Municipio 2.' },
    });
    const changed = await hub.query(CHANGED, { since: before.updatedAt });
    expect(changed.body.data?.pointsModifiedSince.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id: 'csrc-sammartini',
      version: before.version + 1,
    });
  });

  it('a data migration of a field corrected since it was seeded keeps the correction, and changes only the fields still as seeded', async () => {
    if (!hub) throw new Error('the first test starts the hub');
    // Villa Finzi's notes were corrected with psql in the first test; its name is still as seeded.
    const before = await state(hub, 'csrc-villa-finzi');
    expect(before.point).toMatchObject({ name: 'Villa Finzi', notes: 'Corretto a mano' });
    await hub.stop();
    hub = undefined;

    let changed: string[] = [];
    class CorrectFinzi extends Migration {
      override name = 'Migration29991231000001';
      override async up() {
        changed = await correctSeededRecord(this, Point, 'csrc-villa-finzi', {
          from: { notes: 'Indirizzo non nella fonte.', name: 'Villa Finzi' },
          to: { notes: 'Indirizzo nella fonte del Municipio 2.', name: 'CSRC Villa Finzi' },
        });
      }
    }
    const migrations = [...spazioComune.migrations, { name: 'Migration29991231000001', class: CorrectFinzi }];
    const running = await startSubgraph({ ...spazioComune, migrations }, { databaseUrl: database.url, port: 0 });
    await running.stop();
    expect(changed).toEqual(['name']);

    hub = await startHub(database.url, { responseCacheSeconds: 0 });
    const { point, history } = await state(hub, 'csrc-villa-finzi');
    expect(point).toMatchObject({ name: 'CSRC Villa Finzi', notes: 'Corretto a mano', version: before.point.version + 1 });
    expect(history.nodes[0]).toEqual({
      actor: 'migration:Migration29991231000001',
      action: 'dataMigration',
      before: { name: 'Villa Finzi' },
      after: { name: 'CSRC Villa Finzi' },
    });
  });

  it('HUB_DEMO_DATA=off still removes the demo records, and keeps the corrections', async () => {
    if (!hub) throw new Error('the first test starts the hub');
    const kept = await Promise.all(IDS.map((id) => state(hub as Hub, id)));
    await hub.stop();
    hub = await startHub(database.url, { responseCacheSeconds: 0, demoData: false });
    const demo = await psql(`select count(*)::int as n from spazio_comune.point where source_demo`);
    expect(demo.rows[0].n).toBe(0);
    expect(await Promise.all(IDS.map((id) => state(hub as Hub, id)))).toEqual(kept);
  });
});
