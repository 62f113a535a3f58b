import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { openDatabase } from '../subgraphs/shared/orm.js';
import { rowsFile, writePoints } from '../subgraphs/spazio-comune/import/import-points.js';
import { parsePoints } from '../subgraphs/spazio-comune/import/parse-points.js';
import { scratchDatabase } from './support/scratch-database.js';

// A start does not cost work in proportion to the points: the seed derives the Municipio (from the
// boundaries) only of the points no write has placed yet. Each start's statements are captured; the
// derivation it sent is run again (rolled back) to count the points it looks at.

const definition = subgraphs.find((s) => s.name === 'spazio-comune');
if (!definition) throw new Error('no spazio-comune subgraph');
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let orm: MikroORM;
const sent: { sql: string; params: readonly unknown[] }[] = [];
const admin = { sub: 'test:start-derivation', roles: ['admin'], municipi: [] } as never;

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'start_derivation');
  orm = await openDatabase(definition, database.url, {
    onQuery: (sql, params) => {
      sent.push({ sql, params });
      return sql;
    },
  });
  await start();
});
afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

/** A start's seed, as startSubgraph runs it; answers the statements it sent. */
async function start() {
  sent.length = 0;
  await orm.em.fork().transactional((em) => definition?.seed(em, { demo: true }));
  return [...sent];
}

/** How many points the derivation a start sent looks at, and would change, as the database is now. */
async function derivation(statements: { sql: string; params: readonly unknown[] }[]) {
  const derive = statements.find((s) => /derived_municipio_number = /.test(s.sql));
  if (!derive) throw new Error('the start sent no derivation');
  let counted: { examined: number; derived: number } | undefined;
  const rolledBack = new Error('rolled back');
  await orm.em
    .fork()
    .transactional(async (em) => {
      [counted] = await em.execute<{ examined: number; derived: number }[]>(derive.sql, [...derive.params]);
      throw rolledBack;
    })
    .catch((error) => {
      if (error !== rolledBack) throw error;
    });
  return counted;
}

/** Imports `count` points with coordinates in Milan and no Municipio, as importPoints does. */
async function importPoints(first: number, count: number) {
  const lines = Array.from({ length: count }, (_, i) => {
    const n = first + i;
    return `wemi-avvio-${n},WEMI,Avvio ${n},${(45.44 + (n % 50) * 0.001).toFixed(5)},${(9.15 + Math.floor(n / 50) * 0.001).toFixed(5)}`;
  });
  const { rows, problems } = parsePoints(['id,kind,name,latitude,longitude', ...lines].join('\n'), 'CSV');
  expect(problems).toEqual([]);
  await orm.em.fork().transactional((em) => writePoints(em, admin, rowsFile(rows), { document: 'test', action: 'importPoints' }));
}

async function one(sql: string): Promise<number> {
  const [row] = await orm.em.fork().execute<Record<string, number>[]>(sql);
  return Number(Object.values(row ?? {})[0]);
}

describe('a start on a database with many points', () => {
  it('derives nothing when nothing changed, and sends as many statements at 300 points as at 600', async () => {
    await importPoints(0, 300);
    // The import placed its points itself, in the statement that wrote them.
    expect(await one(`select count(*) from spazio_comune.point where id like 'wemi-avvio-%' and derived_municipio_number is null`)).toBe(0);
    const at300 = await start();
    expect(await derivation(at300)).toEqual({ examined: 0, derived: 0 });
    await importPoints(300, 300);
    const at600 = await start();
    expect(await derivation(at600)).toEqual({ examined: 0, derived: 0 });
    expect(at600.length).toBe(at300.length);
  });

  it('derives what a write left unplaced: a point inserted with psql, a Municipio a source now gives', async () => {
    await orm.em.fork().execute(
      `insert into spazio_comune.point (id, kind, name, address_latitude, address_longitude, source_document, source_demo, version, updated_at)
         values ('wemi-a-mano', 'WEMI', 'A mano', 45.4642, 9.19, 'psql', false, 1, now())`,
    );
    await orm.em.fork().execute(`update spazio_comune.point set municipio_number = 3 where id = 'wemi-avvio-1'`);
    const statements = await start();
    const placed = await one(`select derived_municipio_number from spazio_comune.point where id = 'wemi-a-mano'`);
    expect(placed).toBe(1);
    expect(await one(`select count(*) from spazio_comune.point where id = 'wemi-avvio-1' and derived_municipio_number is null`)).toBe(1);
    expect(await derivation(statements)).toEqual({ examined: 0, derived: 0 });
  });
});
