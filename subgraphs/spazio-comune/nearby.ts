import { checkFirst, MAX_PAGE } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { tableOf } from '../shared/sql.js';
import { NearbyPoint } from './nearby-point.js';
import { Point } from './point.js';
import { checkPosition } from './validation.js';

export const MAX_RADIUS_KM = 50;
const EARTH_RADIUS_KM = 6371.0088;

/**
 * The `first` points with coordinates within radiusKm of a position, nearest first (ties by id). The
 * database narrows to a bounding box on the indexed coordinates, then measures the haversine distance.
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
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const dLon = dLat / Math.max(Math.cos((latitude * Math.PI) / 180), 1e-6);
  const rows: { id: string; distance_km: number }[] = await ctx.em.execute(
    `select id, distance_km from (
       select id, 2 * ${EARTH_RADIUS_KM} * asin(sqrt(
         power(sin(radians(address_latitude - ?) / 2), 2) +
         cos(radians(?)) * cos(radians(address_latitude)) * power(sin(radians(address_longitude - ?) / 2), 2)
       )) as distance_km
       from ${tableOf(ctx.em, 'point')}
       where address_latitude between ? and ? and address_longitude between ? and ?
     ) d
     where distance_km <= ?
     order by distance_km, id
     limit ?`,
    [latitude, latitude, longitude, latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon, radiusKm, first],
  );
  if (rows.length === 0) return [];
  const points = new Map((await ctx.em.find(Point, { id: { $in: rows.map((r) => r.id) } })).map((p) => [p.id, p]));
  return rows.map((r) => ({ distanceKm: Number(r.distance_km), point: points.get(r.id) as Point }));
}
