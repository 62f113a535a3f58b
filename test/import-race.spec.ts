import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, operation, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// Imports and the editors' writes on the same points: one lock order (the point's row, then the
// change feed's clock) and versions read under the lock, so no lost update and no deadlock.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let admin: Record<string, string>;

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'import_race');
  hub = await startHub(database.url, { responseCacheSeconds: 0 });
  admin = bearer(await hub.tokens.admin());
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

const IMPORT = `mutation ($input: ImportPointsInput!) { importPoints(input: $input) {
  report { updated records { id changes { field from to } } } userErrors { message } } }`;
const HOURS = `mutation ($input: SetPointOpeningHoursInput!) { setPointOpeningHours(input: $input) {
  point { version } userErrors { code currentVersion } } }`;
const POINT = 'query ($id: ID!) { point(id: $id) { name version openingHours { day opens closes } } }';

async function point(id: string) {
  return (await hub.query(POINT, { id })).body.data?.point as { name: string; version: number; openingHours: unknown[] };
}

async function historyCount(id: string): Promise<number> {
  return (await hub.query(await operation('PointHistory'), { id, first: 1 }, admin)).body.data?.point.history.totalCount;
}

/** Waits until `count` sessions of the test database wait for a lock (the state, not a duration, is awaited). */
async function untilWaitingForALock(client: pg.Client, count = 1): Promise<void> {
  for (let tries = 0; tries < 500; tries++) {
    // Inside a transaction pg_stat_activity is a snapshot taken once: it is cleared to see the sessions now.
    await client.query('select pg_stat_clear_snapshot()');
    const { rows } = await client.query(
      `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`,
    );
    if (rows[0].n >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${count} sessions never waited for a lock`);
}

describe('an import racing an editor', () => {
  it('waits for the editor’s row lock without holding the change feed’s clock, then builds on the editor’s write', async () => {
    const id = 'demo-wemi-4-1';
    const before = await point(id);
    const editor = new pg.Client({ connectionString: database.url });
    await editor.connect();
    try {
      // An editor's write, step by step as openPointWrite and stamp take their locks: the row first …
      await editor.query('begin');
      await editor.query('select id from spazio_comune.point where id = $1 for update', [id]);
      const importing = hub.query(
        IMPORT,
        { input: { format: 'CSV', document: `id,kind,name,hours\n${id},WEMI,Importato,TUE 10:00-11:00 OTHER\n` } },
        admin,
      );
      await untilWaitingForALock(editor);
      // … then the change feed's clock: an import that held it while it waited for the row would deadlock here.
      await editor.query(`select pg_advisory_xact_lock(hashtext('"spazio_comune"."point"'))`);
      await editor.query(`update spazio_comune.point set name = 'Editore', version = version + 1 where id = $1`, [id]);
      await editor.query('commit');
      const imported = await importing;
      expect(imported.body.errors).toBeUndefined();
      expect(imported.body.data?.importPoints.userErrors).toEqual([]);
      // The import compared the point as the editor left it, and counted one more version.
      expect(imported.body.data?.importPoints.report.records[0].changes).toContainEqual({
        field: 'name',
        from: 'Editore',
        to: 'Importato',
      });
      expect(await point(id)).toMatchObject({ name: 'Importato', version: before.version + 2 });
    } finally {
      await editor.end();
    }
  });

  it('two imports creating one new point: one creates it, the other changes nothing and says so (no internal error)', async () => {
    const holder = new pg.Client({ connectionString: database.url });
    await holder.connect();
    try {
      // The change feed's clock held, both imports wait for it after looking for the point and not finding it.
      await holder.query('begin');
      await holder.query(`select pg_advisory_xact_lock(hashtext('"spazio_comune"."point"'))`);
      const document = 'id,kind,name\nwemi-nuovo-conteso,WEMI,Conteso\n';
      const both = [1, 2].map(() => hub.query(IMPORT, { input: { format: 'CSV', document } }, admin));
      await untilWaitingForALock(holder, 2);
      await holder.query('commit');
      const answers = await Promise.all(both);
      for (const answer of answers) expect(answer.body.errors).toBeUndefined();
      const payloads = answers.map((answer) => answer.body.data?.importPoints);
      expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
      const refused = payloads.find((p) => p.userErrors.length > 0);
      expect(refused.report).toBeNull();
      expect(refused.userErrors[0].message).toMatch(/created by another write/);
      expect(await point('wemi-nuovo-conteso')).toMatchObject({ name: 'Conteso', version: 1 });
    } finally {
      await holder.end();
    }
  });

  it('concurrent importPoints and setPointOpeningHours on the same points: no error, no deadlock, every write counted once', async () => {
    const ids = ['demo-csrc-6-1', 'demo-csrc-6-2', 'demo-csrc-6-3', 'demo-wemi-6-1'];
    const start = await Promise.all(ids.map(async (id) => ({ id, ...(await point(id)), history: await historyCount(id) })));
    let written = 0;
    const imports = Array.from({ length: 4 }, (_, round) => {
      const lines = ids.map((id, i) => `${id},${i < 3 ? 'CSRC' : 'WEMI'},Gara ${round},MON 0${round}:00-0${round}:30 OTHER`);
      return hub
        .query(IMPORT, { input: { format: 'CSV', document: ['id,kind,name,hours', ...[...lines].reverse()].join('\n') } }, admin)
        .then((response) => {
          expect(response.body.errors).toBeUndefined();
          expect(response.body.data?.importPoints.userErrors).toEqual([]);
          return response.body.data?.importPoints.report.updated as number;
        });
    });
    // Each editor writes at the version it read, and on a conflict reads again and retries.
    const edits = ids.flatMap((id) =>
      Array.from({ length: 3 }, async (_, round) => {
        for (let attempt = 0; attempt < 50; attempt++) {
          const { version } = await point(id);
          const response = await hub.query(
            HOURS,
            {
              input: {
                pointId: id,
                expectedVersion: version,
                hours: [{ day: 'FRIDAY', opens: `1${round}:00`, closes: '20:00', activity: 'OTHER' }],
              },
            },
            admin,
          );
          expect(response.body.errors).toBeUndefined();
          const payload = response.body.data?.setPointOpeningHours;
          if (payload.userErrors.length === 0) return 1;
          expect(payload.userErrors[0].code).toBe('VERSION_CONFLICT');
        }
        throw new Error('an editor never got its write in');
      }),
    );
    const counts = await Promise.all([...imports, ...edits]);
    written = counts.reduce((sum, n) => sum + n, 0);
    const end = await Promise.all(ids.map(async (id) => ({ ...(await point(id)), history: await historyCount(id) })));
    // Every committed write is one version and one audit entry: none was lost, none counted twice.
    const versions = end.reduce((sum, p, i) => sum + p.version - (start[i]?.version ?? 0), 0);
    const entries = end.reduce((sum, p, i) => sum + p.history - (start[i]?.history ?? 0), 0);
    expect(versions).toBe(written);
    expect(entries).toBe(written);
  });
});
