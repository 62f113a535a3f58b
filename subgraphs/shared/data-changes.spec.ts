import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DataChanges, TABLE_CHANNEL } from './data-changes.js';

// Anyone with a connection may NOTIFY on the hub's channel: a name that is no table of the
// subgraph must not grow what the process keeps per table (found by review), and must still count.

let changes: DataChanges;
let client: pg.Client;
beforeAll(async () => {
  changes = new DataChanges(inject('databaseUrl'), 'schema_of_this_spec', ['point']);
  await changes.start();
  client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await changes?.stop();
});

const heard = (test: () => boolean) => expect.poll(test, { timeout: 5000, interval: 20 }).toBe(true);

describe('the writes a subgraph hears', () => {
  it('keeps the tables it knows, and takes any other name as all of its schema', async () => {
    await client.query(`select pg_notify($1, 'schema_of_this_spec.point')`, [TABLE_CHANNEL]);
    await heard(() => 'point' in (changes.state.tables ?? {}));
    const before = changes.state.all ?? 0;
    for (let i = 0; i < 50; i++) await client.query(`select pg_notify($1, $2)`, [TABLE_CHANNEL, `schema_of_this_spec.invented_${i}`]);
    await heard(() => (changes.state.all ?? 0) > before);
    expect(Object.keys(changes.state.tables ?? {})).toEqual(['point']);
  });
});
