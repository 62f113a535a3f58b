import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { openDatabase } from '../subgraphs/shared/orm.js';

// The geographic queries can be answered from an index, not by reading every row: with sequential
// scans disabled, PostgreSQL's plan for each must use one.

let db: pg.Client;
beforeAll(async () => {
  const spazioComune = subgraphs.find((s) => s.name === 'spazio-comune');
  if (spazioComune) await (await openDatabase(spazioComune, inject('databaseUrl'))).close();
  db = new pg.Client({ connectionString: inject('databaseUrl') });
  await db.connect();
  await db.query('set enable_seqscan = off');
});
afterAll(() => db?.end());

async function plan(sql: string): Promise<string> {
  const result = await db.query(`explain ${sql}`);
  return result.rows.map((r) => r['QUERY PLAN']).join('\n');
}

describe('indexes', () => {
  it('municipioAt uses the GiST index on the Municipio polygons', async () => {
    expect(
      await plan(
        `select number from spazio_comune.municipio where area && polygon(box(point(919000, 4546420), point(919000, 4546420))) and area @> point(919000, 4546420)`,
      ),
    ).toContain('municipio_area_index');
  });

  it('pointsNearby narrows by the index on the coordinates', async () => {
    expect(
      await plan(
        `select id from spazio_comune.point where address_latitude between 45.4 and 45.5 and address_longitude between 9.1 and 9.2`,
      ),
    ).toContain('point_address_latitude_address_longitude_index');
  });
});
