import type { EntityManager } from '@mikro-orm/postgresql';
import { tableOf } from '../shared/sql.js';

/**
 * Geography in PostgreSQL itself: each Municipio's official boundary is kept as a native polygon
 * (GiST-indexed) beside its GeoJSON, and containment is the polygon @> point operator.
 * em.execute runs inside the seeder's transaction, so it sees the rows the seeder just wrote.
 */

/**
 * PostgreSQL's geometric operators treat differences below 1e-6 as zero. In degrees the cross
 * products of a containment test fall below that near any edge and points up to metres outside
 * count as inside, so the polygons are stored in units of 1e-5 degree (about a metre).
 */
const SCALE = 100_000;

/**
 * "The polygon contains the point". The GiST index serves && (overlap) between polygons, not
 * polygon @> point, so the point also goes in as a degenerate polygon for the index to narrow by.
 */
function contains(polygon: string, point: string): string {
  return `${polygon} && polygon(box(${point}, ${point})) and ${polygon} @> ${point}`;
}

/** The number of the Municipio whose boundary contains the position; null outside Milan. */
export async function municipioNumberAt(em: EntityManager, latitude: number, longitude: number): Promise<number | null> {
  const rows: { number: number }[] = await em.execute(
    `select number from ${tableOf(em, 'municipio')}, (select point(?, ?) as here) q where ${contains('area', 'q.here')} order by number limit 1`,
    [longitude * SCALE, latitude * SCALE],
  );
  return rows[0]?.number ?? null;
}

/** The Municipi containing each of many positions ([latitude, longitude]), in one query. */
export async function municipioNumbersAt(em: EntityManager, positions: [number, number][]): Promise<(number | null)[]> {
  const rows: { i: string; number: number | null }[] = await em.execute(
    `select q.i, (select number from ${tableOf(em, 'municipio')} where ${contains('area', 'q.here')} order by number limit 1) as number
     from (select i, point(x, y) as here from unnest(?::float8[], ?::float8[]) with ordinality as u(x, y, i)) q`,
    // Array literals, since an array parameter would be spread into a list of values.
    [`{${positions.map(([, lon]) => lon * SCALE).join(',')}}`, `{${positions.map(([lat]) => lat * SCALE).join(',')}}`],
  );
  const byIndex = new Map(rows.map((r) => [Number(r.i), r.number]));
  return positions.map((_, i) => byIndex.get(i + 1) ?? null);
}

/** Keeps each Municipio's polygon equal to its GeoJSON boundary; writes only what differs. */
export async function refreshMunicipioAreas(em: EntityManager): Promise<void> {
  const polygon = `(select ('(' || string_agg('(' || ((c->>0)::float8 * ${SCALE}) || ',' || ((c->>1)::float8 * ${SCALE}) || ')', ',' order by n) || ')')::polygon
     from jsonb_array_elements(boundary->'coordinates'->0) with ordinality as ring(c, n))`;
  await em.execute(`update ${tableOf(em, 'municipio')} set area = ${polygon} where area is null or not (area ~= ${polygon})`);
}

/**
 * Gives points that have coordinates but no Municipio from a source the Municipio whose boundary
 * contains them (kept apart, in derived_municipio_number); clears it where a source now says.
 */
export async function deriveMunicipi(em: EntityManager, ids?: string[]): Promise<void> {
  // An import names its points: it touches no row it has not locked (no lock taken out of order).
  const only = ids === undefined ? '' : 'where q.id = any(array[?]::text[])';
  await em.execute(
    `update ${tableOf(em, 'point')} p set derived_municipio_number = d.number
     from (
       select q.id, case when q.municipio_number is null then (
         select m.number from ${tableOf(em, 'municipio')} m
         where ${contains('m.area', `point(q.address_longitude * ${SCALE}, q.address_latitude * ${SCALE})`)} order by m.number limit 1
       ) end as number
       from ${tableOf(em, 'point')} q ${only}
     ) d
     where p.id = d.id and p.derived_municipio_number is distinct from d.number`,
    // MikroORM spreads an array parameter into quoted values: array[…] makes them one text[] (see tableOf).
    ids === undefined ? [] : [ids],
  );
}
