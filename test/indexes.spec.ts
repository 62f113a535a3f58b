import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { createContext } from '../subgraphs/shared/context.js';
import { openDatabase } from '../subgraphs/shared/orm.js';
import { municipioNumberAt } from '../subgraphs/spazio-comune/geography.js';
import { pointsNearby } from '../subgraphs/spazio-comune/nearby.js';

// The geographic queries can be answered from an index, not by reading every row: the statements
// the code sends are captured, and with sequential scans disabled PostgreSQL's plan for each uses one.

let orm: MikroORM;
const sent: { sql: string; params: readonly unknown[] }[] = [];
beforeAll(async () => {
  const spazioComune = subgraphs.find((s) => s.name === 'spazio-comune');
  if (!spazioComune) throw new Error('no spazio-comune subgraph');
  orm = await openDatabase(spazioComune, inject('databaseUrl'), {
    onQuery: (sql, params) => {
      sent.push({ sql, params });
      return sql;
    },
  });
});
afterAll(() => orm?.close());

/** The plan of the last statement that `run` sent, without sequential scans. */
async function planOf(run: () => Promise<unknown>, matching: RegExp): Promise<string> {
  sent.length = 0;
  await run();
  const statement = sent.findLast((s) => matching.test(s.sql));
  if (!statement) throw new Error(`no statement matching ${matching}`);
  return orm.em.fork().transactional(async (em) => {
    await em.execute('set local enable_seqscan = off');
    const rows: Record<string, string>[] = await em.execute(`explain ${statement.sql}`, [...statement.params]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('indexes', () => {
  it('municipioAt uses the GiST index on the Municipio polygons', async () => {
    const plan = await planOf(() => municipioNumberAt(orm.em.fork(), 45.4642, 9.19), /from .*municipio/);
    expect(plan).toContain('municipio_area_index');
  });

  it('pointsNearby narrows by the index on the coordinates', async () => {
    const plan = await planOf(() => pointsNearby(createContext(orm.em), 45.4642, 9.19, 2), /asin/);
    expect(plan).toContain('point_address_latitude_address_longitude_index');
  });
});
