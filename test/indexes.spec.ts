import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { volunteersByCall, volunteersOfMunicipio } from '../subgraphs/servizio-civile/placement.loaders.js';
import { createContext } from '../subgraphs/shared/context.js';
import { openDatabase } from '../subgraphs/shared/orm.js';
import { municipioNumberAt } from '../subgraphs/spazio-comune/geography.js';
import { actualBasisByIndicator } from '../subgraphs/spazio-comune/indicator.loaders.js';
import { pointsNearby } from '../subgraphs/spazio-comune/nearby.js';
import { pointsByMunicipio } from '../subgraphs/spazio-comune/point.loaders.js';

// The geographic queries can be answered from an index, not by reading every row: the statements
// the code sends are captured, and with sequential scans disabled PostgreSQL's plan for each uses one.

let orm: MikroORM;
let servizioCivile: MikroORM;
const sent: { sql: string; params: readonly unknown[] }[] = [];
const open = (name: string) => {
  const definition = subgraphs.find((s) => s.name === name);
  if (!definition) throw new Error(`no ${name} subgraph`);
  return openDatabase(definition, inject('databaseUrl'), {
    onQuery: (sql, params) => {
      sent.push({ sql, params });
      return sql;
    },
  });
};
beforeAll(async () => {
  orm = await open('spazio-comune');
  servizioCivile = await open('servizio-civile');
});
afterAll(async () => {
  await orm?.close();
  await servizioCivile?.close();
});

/** The plan of the last statement that `run` sent, without sequential scans (nor whatever else `off` names). */
async function planOf(run: () => Promise<unknown>, matching: RegExp, on = orm, off: string[] = []): Promise<string> {
  sent.length = 0;
  await run();
  const statement = sent.findLast((s) => matching.test(s.sql));
  if (!statement) throw new Error(`no statement matching ${matching}`);
  return on.em.fork().transactional(async (em) => {
    for (const setting of ['enable_seqscan', ...off]) await em.execute(`set local ${setting} = off`);
    const rows: Record<string, string>[] = await em.execute(`explain ${statement.sql}`, [...statement.params]);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

describe('indexes', () => {
  it('municipioAt uses the GiST index on the Municipio polygons', async () => {
    const plan = await planOf(() => municipioNumberAt(orm.em.fork(), 45.4642, 9.19), /from .*municipio/);
    expect(plan).toContain('municipio_area_index');
  });

  it('pointsNearby finds the nearest points by a KNN scan of the GiST index on the position, then reads the box they bound from it', async () => {
    // On the seed's 75 points a sort costs less than the KNN scan; at scale 100 PostgreSQL takes the scan by itself.
    const plan = await planOf(() => pointsNearby(createContext(orm.em), 45.4642, 9.19, 2), /asin/, orm, [
      'enable_sort',
      'enable_bitmapscan',
    ]);
    expect(plan).toMatch(/Index Scan using point_position_index[^\n]*\n[^\n]*Order By: \(point\(address_longitude, address_latitude\) <->/);
    expect(plan).toMatch(
      /(Bitmap Index|Index) Scan on point_position_index|Index Scan using point_position_index[^\n]*\n[^\n]*Index Cond: \(point\(address_longitude, address_latitude\) <@/,
    );
  });

  it("a network's first points are read from the index on (Municipio, kind, name, id)", async () => {
    const plan = await planOf(() => pointsByMunicipio(createContext(orm.em.fork()), 100).load(1), /lateral/);
    expect(plan).toContain('point_municipio_order_index');
  });

  it("an indicator's actual value is read from the running totals by their key, not from the records", async () => {
    const plan = await planOf(() => actualBasisByIndicator(createContext(orm.em.fork())).load('any'), /from .*participation/);
    expect(plan).toContain('participation_total_pkey');
    expect(plan).not.toMatch(/on participation /);
  });

  it("a call's volunteers, in all and per Municipio, are read from the running totals by their key, not from the placements", async () => {
    const ctx = () => createContext(servizioCivile.em.fork());
    for (const load of [() => volunteersByCall(ctx()).load(2022), () => volunteersOfMunicipio(ctx(), 2022, 1)]) {
      const plan = await planOf(load, /from .*call_volunteers_total/, servizioCivile);
      expect(plan).toContain('call_volunteers_total_pkey');
      expect(plan).not.toMatch(/on placement /);
    }
  });
});
