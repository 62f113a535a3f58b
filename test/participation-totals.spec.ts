import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { createContext } from '../subgraphs/shared/context.js';
import { prepareDatabase } from '../subgraphs/shared/server.js';
import { actualBasisByIndicator } from '../subgraphs/spazio-comune/indicator.loaders.js';
import { scratchDatabase } from './support/scratch-database.js';

// An indicator's actual value is read from running totals that a trigger on participation keeps in
// the same transaction as every write, whoever writes (here psql-like SQL, not the hub): they must
// equal the sum of the records after inserts, updates of any column they rest on, and deletes.

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let orm: MikroORM;
let client: pg.Client;
beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'participation_totals');
  const definition = subgraphs.find((s) => s.name === 'spazio-comune');
  if (!definition) throw new Error('no spazio-comune');
  orm = await prepareDatabase(definition, { databaseUrl: database.url });
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await orm?.close();
  await database?.drop();
});

/** The actual value as the graph reads it, and as the records sum it, for both indicators, real and demo apart. */
async function both() {
  const loader = actualBasisByIndicator(createContext(orm.em));
  const read = Object.fromEntries(await Promise.all(['EECO01', 'ISR4_2IT'].map(async (code) => [code, await loader.load(code)])));
  const summed = await client.query(
    `select i.code, coalesce(sum(p.quantity) filter (where not p.source_demo), 0)::int as real,
            coalesce(sum(p.quantity) filter (where p.source_demo), 0)::int as demo,
            count(p.id) filter (where p.source_demo)::int as demo_records
     from spazio_comune.indicator i left join spazio_comune.participation p on p.indicator_code = i.code
     where i.code in ('EECO01', 'ISR4_2IT') group by 1`,
  );
  return { read, summed: Object.fromEntries(summed.rows.map((r) => [r.code, r])) };
}

function expectAgree({ read, summed }: Awaited<ReturnType<typeof both>>) {
  for (const code of ['EECO01', 'ISR4_2IT']) {
    expect(read[code]).toMatchObject({ value: summed[code].real + summed[code].demo, includesDemo: summed[code].demo_records > 0 });
  }
}

const insert = (id: string, code: string, quantity: number, demo = false) =>
  client.query(
    `insert into spazio_comune.participation (id, indicator_code, recorded_on, quantity, source_document, source_demo)
     values ($1, $2, '2026-11-30', $3, 'prova', $4)`,
    [id, code, quantity, demo],
  );

describe('the running totals of participation', () => {
  it('hold the sum of the records after inserts, updates and deletes by any writer', async () => {
    expectAgree(await both());
    await insert('t-1', 'EECO01', 7);
    await insert('t-2', 'EECO01', 5, true);
    await insert('t-3', 'ISR4_2IT', 2);
    expectAgree(await both());
    await client.query(`update spazio_comune.participation set quantity = 11 where id = 't-1'`);
    await client.query(`update spazio_comune.participation set source_demo = false where id = 't-2'`);
    await client.query(`update spazio_comune.participation set indicator_code = 'ISR4_2IT' where id = 't-3'`);
    expectAgree(await both());
    await client.query(`update spazio_comune.participation set indicator_code = 'EECO01', quantity = 4 where id = 't-3'`);
    await client.query(`delete from spazio_comune.participation where id = 't-2'`);
    expectAgree(await both());
    // A part with no records left reads as none (not as a demo part of 0).
    await insert('t-4', 'ISR4_2IT', 3, true);
    await client.query(`delete from spazio_comune.participation where id = 't-4'`);
    const after = await both();
    expectAgree(after);
    expect(after.read.ISR4_2IT).toMatchObject({ includesDemo: after.summed.ISR4_2IT.demo_records > 0 });
  });

  it('hold it after statements of many rows: a bulk insert, an update and a delete of thousands', async () => {
    await client.query(
      `insert into spazio_comune.participation (id, indicator_code, recorded_on, quantity, source_document, source_demo)
       select 'bulk-' || g, case when g % 3 = 0 then 'ISR4_2IT' else 'EECO01' end, '2026-11-30', 1 + g % 5, 'prova', g % 2 = 0
       from generate_series(1, 3000) g`,
    );
    expectAgree(await both());
    await client.query(
      `update spazio_comune.participation set quantity = quantity + 1, source_demo = not source_demo where id like 'bulk-%'`,
    );
    expectAgree(await both());
    await client.query(`delete from spazio_comune.participation where id like 'bulk-1%'`);
    expectAgree(await both());
  });
});
