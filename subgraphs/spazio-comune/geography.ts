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

/**
 * The Municipi's polygons for testing many positions in one statement: read once into memory, with
 * their bounding boxes. A boundary of thousands of vertices is stored out of line (TOAST), and the
 * GiST path above fetches and decompresses it again for every position (about 1 ms each: 13 s for
 * 10,000 points); the copy made here (path and back, a new value) is kept whole in the CTE, and the
 * box leaves the full test to the one or two Municipi that can hold the position (0.03 ms each).
 */
function municipioShapes(em: EntityManager): string {
  return `shapes as materialized (
    select number, area::path::polygon as area, box(area) as bounds from ${tableOf(em, 'municipio')} where area is not null
  )`;
}

/** The lowest number of the Municipi (in `shapes`) whose polygon contains the point (an SQL point). */
function shapeContaining(point: string): string {
  return `(select s.number from shapes s where s.bounds @> ${point} and s.area @> ${point} order by s.number limit 1)`;
}

/** The Municipi containing each of many positions ([latitude, longitude]), in one query. */
export async function municipioNumbersAt(em: EntityManager, positions: [number, number][]): Promise<(number | null)[]> {
  const rows: { i: string; number: number | null }[] = await em.execute(
    `with ${municipioShapes(em)}
     select q.i, ${shapeContaining('q.here')} as number
     from (select i, point(x, y) as here from unnest(?::float8[], ?::float8[]) with ordinality as u(x, y, i)) q`,
    // Array literals, since an array parameter would be spread into a list of values.
    [`{${positions.map(([, lon]) => lon * SCALE).join(',')}}`, `{${positions.map(([lat]) => lat * SCALE).join(',')}}`],
  );
  const byIndex = new Map(rows.map((r) => [Number(r.i), r.number]));
  return positions.map((_, i) => byIndex.get(i + 1) ?? null);
}

/**
 * Keeps each Municipio's polygon equal to its GeoJSON boundary; writes only what differs. Answers
 * how many polygons it wrote: a boundary that moved may move points to another Municipio.
 */
export async function refreshMunicipioAreas(em: EntityManager): Promise<number> {
  const polygon = `(select ('(' || string_agg('(' || ((c->>0)::float8 * ${SCALE}) || ',' || ((c->>1)::float8 * ${SCALE}) || ')', ',' order by n) || ')')::polygon
     from jsonb_array_elements(boundary->'coordinates'->0) with ordinality as ring(c, n))`;
  const result = await em.execute<{ affectedRows: number }>(
    `update ${tableOf(em, 'municipio')} set area = ${polygon} where area is null or not (area ~= ${polygon})`,
    [],
    'run',
  );
  return result.affectedRows;
}

/** Which points a derivation looks at: the points an import names, those a start must check, or all. */
export type DerivationScope = { ids: string[] } | 'unsettled' | 'all';

/**
 * The points whose derived Municipio may be out of date without anybody having named them: with
 * coordinates and no Municipio at all yet (seeded or inserted since), with one derived although a
 * source now gives one, or with one derived and no coordinates left. A point already derived is
 * settled: every write that changes coordinates or the source's Municipio (an import) derives its
 * points itself, and new boundaries re-derive all (`'all'`). So a start on a database where nothing
 * changed looks at none of its points, however many it holds (test/start-derivation.spec.ts).
 */
const UNSETTLED = `(q.municipio_number is null and q.derived_municipio_number is null and q.address_latitude is not null and q.address_longitude is not null)
  or (q.derived_municipio_number is not null and (q.municipio_number is not null or q.address_latitude is null or q.address_longitude is null))`;

/**
 * Gives points that have coordinates but no Municipio from a source the Municipio whose boundary
 * contains them (kept apart, in derived_municipio_number); clears it where a source now says. One
 * statement, whatever the number of points. Answers how many points it looked at and how many
 * it changed.
 */
export async function deriveMunicipi(em: EntityManager, scope: DerivationScope): Promise<{ examined: number; derived: number }> {
  // An import names its points: it touches no row it has not locked (no lock taken out of order).
  const where = scope === 'all' ? '' : scope === 'unsettled' ? `where ${UNSETTLED}` : 'where q.id = any(array[?]::text[])';
  const here = `point(q.address_longitude * ${SCALE}, q.address_latitude * ${SCALE})`;
  const points = tableOf(em, 'point');
  const [row] = await em.execute<{ examined: number; derived: number }[]>(
    `with ${municipioShapes(em)},
     wanted as (
       select q.id, case when q.municipio_number is null then ${shapeContaining(here)} end as number from ${points} q ${where}
     ),
     changed as (
       update ${points} p set derived_municipio_number = w.number from wanted w
       where p.id = w.id and p.derived_municipio_number is distinct from w.number returning p.id
     )
     select (select count(*) from wanted)::int as examined, (select count(*) from changed)::int as derived`,
    // MikroORM spreads an array parameter into quoted values: array[…] makes them one text[] (see tableOf).
    typeof scope === 'object' ? [scope.ids] : [],
  );
  return { examined: row?.examined ?? 0, derived: row?.derived ?? 0 };
}
