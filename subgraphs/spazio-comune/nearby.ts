import { checkFirst, MAX_PAGE } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { entitiesFromRows, tableOf } from '../shared/sql.js';
import { NearbyPoint } from './nearby-point.js';
import { Point } from './point.js';
import { checkPosition } from './validation.js';

export const MAX_RADIUS_KM = 50;
const EARTH_RADIUS_KM = 6371.0088;

/** The haversine distance in km from the position (?, ?, ?: latitude, latitude, longitude) to a row's. */
const DISTANCE_KM = `2 * ${EARTH_RADIUS_KM} * asin(sqrt(
  power(sin(radians(address_latitude - ?) / 2), 2) +
  cos(radians(?)) * cos(radians(address_latitude)) * power(sin(radians(address_longitude - ?) / 2), 2)))`;

/** The position a row has, as the GiST index point_position_index (point.ts) holds it. */
const POSITION = 'point(address_longitude, address_latitude)';

/**
 * A box around a position (boxParameters) that holds every point within `radius` km (an SQL
 * expression), with 1 % to spare for the curvature its latitude and longitude bounds leave out.
 */
const boxAround = (radius: string) => `(select box(point(? - d_lon, ? - d_lat), point(? + d_lon, ? + d_lat))
  from (select d_lat, d_lat / greatest(cos(radians(?)), 1e-6) as d_lon
    from (select degrees(1.01 * (${radius}) / ${EARTH_RADIUS_KM}) as d_lat) l) d)`;
const boxParameters = (latitude: number, longitude: number) => [longitude, latitude, longitude, latitude, latitude];

/**
 * The `first` points with coordinates within radiusKm of a position, nearest first (ties by id), at
 * a cost that does not grow with the points around (measuring every point of a 5 km box took 26 ms
 * at scale 100, 3,773 points; this 0.6 ms). Two steps in one statement: the index gives the `first`
 * points nearest in degrees (a GiST KNN scan), the farthest of which, in km, bounds how far the answer
 * reaches (any `first` points do: the true `first` nearest are no farther), or the radius if nearer;
 * then every point in the box of that bound is measured (haversine) and ordered. Degrees are not
 * kilometres, so the first step only bounds; the second alone decides, as the whole scan did.
 */
export async function pointsNearby(
  ctx: Context,
  latitude: number,
  longitude: number,
  radiusKm: number,
  first = MAX_PAGE,
): Promise<NearbyPoint[]> {
  checkPosition(latitude, longitude);
  checkFirst(first);
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
    throw badUserInput(`radiusKm must be more than 0 and at most ${MAX_RADIUS_KM}.`, 'radiusKm');
  }
  const table = tableOf(ctx.em, 'point');
  const distance = [latitude, latitude, longitude];
  const rows: (Record<string, unknown> & { distance_km: number })[] = await ctx.em.execute(
    `with nearest as materialized (
       select ${DISTANCE_KM} as distance_km from ${table}
       order by ${POSITION} <-> point(?, ?)
       limit ?
     ), reach as materialized (
       -- Nearest farther than the radius, or fewer than first points: the radius bounds.
       select least(?::float8, max(distance_km)) as km from nearest
     )
     select d.* from (
       select *, ${DISTANCE_KM} as distance_km from ${table}
       where ${POSITION} <@ ${boxAround('select km from reach')}
     ) d
     where distance_km <= ?
     order by distance_km, id
     limit ?`,
    [...distance, longitude, latitude, first, radiusKm, ...distance, ...boxParameters(latitude, longitude), radiusKm, first],
  );
  // The points come with their distances, made into entities as em.find makes them (one statement, not two).
  const points = entitiesFromRows(
    ctx.em,
    Point,
    rows.map(({ distance_km, ...point }) => point),
  );
  return rows.map((r, i) => ({ distanceKm: Number(r.distance_km), point: points[i] as Point }));
}
