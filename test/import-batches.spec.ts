import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { importServizioCivileCall } from '../subgraphs/servizio-civile/import/import-call.js';
import { givenFile, stagePart } from '../subgraphs/shared/import-upload.js';
import { openDatabase } from '../subgraphs/shared/orm.js';
import { rowsFile, writePoints } from '../subgraphs/spazio-comune/import/import-points.js';
import { parsePoints } from '../subgraphs/spazio-comune/import/parse-points.js';
import { POINTS_UPLOAD } from '../subgraphs/spazio-comune/import-upload.js';
import { fixture } from './support/document-text.js';
import { scratchDatabase } from './support/scratch-database.js';

// The importers write in batches: the statements an import sends do not grow with its records
// (reads up front, multi-row inserts). Each import runs in a transaction that is rolled back, on a
// database of the spec's own; its statements are counted. A file larger than an import is measured
// to hold is refused when staged. Throughput is the benchmark's business.

let database: Awaited<ReturnType<typeof scratchDatabase>>;
const orms: Record<string, MikroORM> = {};
let statements = 0;
const admin = { sub: 'test:import-batches', roles: ['admin'], municipi: [] } as never;

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'import_batches');
  for (const name of ['spazio-comune', 'servizio-civile']) {
    const definition = subgraphs.find((s) => s.name === name);
    if (!definition) throw new Error(`no ${name} subgraph`);
    const orm = await openDatabase(definition, database.url, {
      onQuery: (sql) => {
        statements++;
        return sql;
      },
    });
    await orm.em.fork().transactional((em) => definition.seed(em, { demo: true }));
    orms[name] = orm;
  }
});
afterAll(async () => {
  for (const orm of Object.values(orms)) await orm.close();
  await database?.drop();
});

/** How many statements `work` sends, inside a transaction that is then rolled back. */
async function counted(orm: MikroORM | undefined, work: (em: EntityManager) => Promise<unknown>): Promise<number> {
  if (!orm) throw new Error('no ORM');
  const rolledBack = new Error('rolled back');
  statements = 0;
  await orm.em
    .fork()
    .transactional(async (em) => {
      await work(em);
      throw rolledBack;
    })
    .catch((error) => {
      if (error !== rolledBack) throw error;
    });
  return statements;
}

/** The 2022 call with `extra` more sites in its first table. */
function callWith(extra: number): string {
  const anchor = '211622 – Ufficio Tutele\tVia G. B. Sammartini, 120\t1\n';
  const text = fixture('seeds/servizio-civile-bando-2022.md');
  expect(text).toContain(anchor);
  const rows = Array.from({ length: extra }, (_, i) => `${400000 + i} – Sede di prova ${i}\tVia di prova, ${i + 1}\t2\n`);
  return text.replace(anchor, anchor + rows.join(''));
}

function pointRows(count: number) {
  const lines = Array.from({ length: count }, (_, i) => `wemi-lotto-${i},WEMI,Lotto ${i},45.4${i % 10},9.1${i % 9},MON 09:00-13:00 OTHER`);
  const { rows, problems } = parsePoints(['id,kind,name,latitude,longitude,hours', ...lines].join('\n'), 'CSV');
  expect(problems).toEqual([]);
  return rows;
}

describe('imports of many records', () => {
  it('a Servizio Civile call of 250 more placements sends no statement per record: one more insert per 300 rows at most', async () => {
    const created: number[] = [];
    const count = (extra: number) =>
      counted(orms['servizio-civile'], async (em) => {
        const done = await importServizioCivileCall(em, admin, givenFile(callWith(extra)).parts());
        created.push(done.tally.created);
      });
    const small = await count(20);
    const large = await count(250);
    expect(created).toEqual([40, 500]); // a site and a placement for each row
    // Sites, placements and their audit entries are inserted 300 rows a statement (MikroORM's batchSize).
    expect(large).toBeLessThanOrEqual(small + 3 * Math.ceil((500 - 40) / 300));
  });

  it('a file of points sends as many statements with 250 points as with 20', async () => {
    const count = (n: number) =>
      counted(orms['spazio-comune'], (em) => writePoints(em, admin, rowsFile(pointRows(n)), { document: 'test', action: 'importPoints' }));
    expect(await count(250)).toBe(await count(20));
  });

  it('a staged file larger than one import is measured to hold is refused when staged, not imported', async () => {
    const uploadId = '00000000-0000-4000-8000-000000000016';
    const refused = await orms['spazio-comune']?.em
      .fork()
      .transactional((em) => stagePart(em, { uploadId, index: 0, text: 'x'.repeat(POINTS_UPLOAD.maxCharacters + 1) }, POINTS_UPLOAD))
      .then(
        () => null,
        (error: { errors?: { message: string }[] }) => error.errors?.[0]?.message,
      );
    expect(refused).toMatch(`text an upload holds at most ${POINTS_UPLOAD.maxCharacters} characters (about 100,000 points)`);
  });
});
