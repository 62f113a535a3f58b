import pg from 'pg';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { type Hub, operation, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';

// A call page's volunteers, programme and projects are read beside the call itself, not after it:
// with the call's table locked, those statements are sent all the same, and the page waits for them
// and the call together (one round trip to the database instead of two).

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
const sent: string[] = [];
beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'read_ahead');
  hub = await startHub(database.url, {
    responseCacheSeconds: 0,
    onQuery: (subgraph, sql) => {
      if (subgraph === 'servizio-civile') sent.push(sql);
    },
  });
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

it("ServizioCivileCall: the call's volunteers, programme and projects are asked for while the call is still being read", async () => {
  const unlocked = await hub.query(await operation('ServizioCivileCall'), { year: 2022 });
  expect(unlocked.body.errors).toBeUndefined();
  const lock = new pg.Client({ connectionString: database.url });
  await lock.connect();
  try {
    await lock.query('begin');
    await lock.query('lock table servizio_civile.call in access exclusive mode');
    sent.length = 0;
    const answer = hub.query(await operation('ServizioCivileCall'), { year: 2022 });
    // The call (held by the lock), its volunteers' totals, its programme and its projects.
    await expect.poll(() => sent.length, { timeout: 5_000, interval: 20 }).toBe(4);
    expect(sent.filter((sql) => /"call_volunteers_total"|"programme"|"project"/.test(sql))).toHaveLength(3);
    await lock.query('commit');
    const locked = await answer;
    expect(locked.body).toEqual(unlocked.body);
    // Then the placements with their sites, and nothing read twice: the fields found what was read ahead.
    expect(sent).toHaveLength(5);
  } finally {
    await lock.end();
  }
});

it('a year with no call is null, whatever was read ahead', async () => {
  const response = await hub.query(await operation('ServizioCivileCall'), { year: 2001 });
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data).toEqual({ servizioCivileCall: null });
});
