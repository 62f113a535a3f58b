import { type FilterQuery, type QueryOrderMap, raw } from '@mikro-orm/core';
import { type Connection, checkFirst, connectionType, decodeCursor, encodeCursor, pageOf, toConnection } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import type { FigureBasis } from '../shared/figure-basis.js';
import { MAX_RADIUS_KM } from './nearby.js';
import { Point } from './point.js';
import { PointFilter } from './point-filter.js';
import { OrderDirection, PointOrder, PointOrderField } from './point-order.js';
import { scheduleOf } from './point-schedule.js';
import { folded, pointSearchText } from './point-search.js';
import type { PointsWithin } from './points-within.js';
import { hasSchedule, isOpenAt } from './schedule.js';
import { checkPosition } from './validation.js';

export const PointConnection = connectionType(Point, 'Point', 'point');

/** A page of points, and how to count the demo points of its whole list (for totalCountBasis, only when asked). */
export type PointPage = Connection<Point> & { countDemo(): Promise<number> };

/** The points of a list that belong to the demo data set, counted in SQL. */
const demoCount = (ctx: Context, where: FilterQuery<Point>) => () => ctx.em.count(Point, { $and: [where, { source: { demo: true } }] });

/** What a connection's totalCount rests on: its points, real and demo apart. */
export async function totalCountBasis(page: PointPage): Promise<FigureBasis> {
  const demo = await page.countDemo();
  return { value: page.totalCount, real: page.totalCount - demo, demo, includesDemo: demo > 0 };
}

const MAX_SEARCH_WORDS = 10;
const EARTH_RADIUS_KM = 6371.0088;

/** One condition per word of `search`: the folded text holds the folded word (a `like`, which the trigram index answers). */
function searchConditions(search: string): FilterQuery<Point>[] {
  const words = search.split(/\s+/).filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS) throw badUserInput(`search takes at most ${MAX_SEARCH_WORDS} words.`, 'filter');
  return words.map((word) => ({
    [raw(
      (a: string) => `${pointSearchText((name) => `${a}."${name}"`)} like ${folded(`'%' || ? || '%'`)}`,
      [word.replace(/[\\%_]/g, '\\$&')],
    )]: [],
  }));
}

/**
 * Within a radius, as pointsNearby measures it: a bounding box on the indexed coordinates narrows the
 * rows, the haversine distance decides.
 */
function withinCondition({ latitude, longitude, radiusKm }: PointsWithin): FilterQuery<Point> {
  checkPosition(latitude, longitude);
  if (!Number.isFinite(radiusKm) || radiusKm <= 0 || radiusKm > MAX_RADIUS_KM) {
    throw badUserInput(`radiusKm must be more than 0 and at most ${MAX_RADIUS_KM}.`, 'filter');
  }
  const dLat = (radiusKm / EARTH_RADIUS_KM) * (180 / Math.PI);
  const dLon = dLat / Math.max(Math.cos((latitude * Math.PI) / 180), 1e-6);
  return {
    [raw(
      (a: string) =>
        `${a}.address_latitude between ? and ? and ${a}.address_longitude between ? and ? and 2 * ${EARTH_RADIUS_KM} * asin(sqrt(
           power(sin(radians(${a}.address_latitude - ?) / 2), 2) +
           cos(radians(?)) * cos(radians(${a}.address_latitude)) * power(sin(radians(${a}.address_longitude - ?) / 2), 2)
         )) <= ?`,
      [latitude - dLat, latitude + dLat, longitude - dLon, longitude + dLon, latitude, latitude, longitude, radiusKm],
    )]: [],
  };
}

/** The conditions of a filter but openAt (which is computed from the schedules). */
function filterConditions(filter: PointFilter | null | undefined): FilterQuery<Point>[] {
  const conditions: FilterQuery<Point>[] = [];
  if (filter?.municipio != null) {
    conditions.push({ $or: [{ municipio: filter.municipio }, { municipio: null, derivedMunicipio: filter.municipio }] });
  }
  if (filter?.kind != null) conditions.push({ kind: filter.kind });
  if (filter?.search != null) conditions.push(...searchConditions(filter.search));
  if (filter?.updatedSince != null) conditions.push({ updatedAt: { $gte: filter.updatedSince } });
  if (filter?.within != null) conditions.push(withinCondition(filter.within));
  return conditions;
}

/**
 * Points filtered and ordered (by id unless asked otherwise), one page after the cursor and `skip`
 * points more; totalCount counts the whole filtered list. The cursor holds the sort value and the id
 * of the last point, so a page is one keyset query (`(name, id) > (cursor)`), whatever the size of
 * the list; `skip` (for numbered pages, as HSDS asks them) is an offset in the same query.
 */
export async function pointsPage(
  ctx: Context,
  first: number,
  after: string | null | undefined,
  filter: PointFilter | null | undefined,
  orderBy: PointOrder | null | undefined,
  skip = 0,
): Promise<PointPage> {
  checkFirst(first);
  if (!Number.isInteger(skip) || skip < 0) throw badUserInput('skip must be 0 or more.', 'skip');
  const byName = orderBy?.field === PointOrderField.NAME;
  const dir: 'asc' | 'desc' = orderBy?.direction === OrderDirection.DESC ? 'desc' : 'asc';
  // 'points' is the name of the default order's cursors since the first release.
  const list = byName ? `points:name:${dir}` : dir === 'asc' ? 'points' : 'points:id:desc';
  const keyOf = (p: Point) => (byName ? JSON.stringify([p.name, p.id]) : p.id);
  const order: QueryOrderMap<Point>[] = byName ? [{ name: dir }, { id: dir }] : [{ id: dir }];
  const conditions = filterConditions(filter);
  const where: FilterQuery<Point> = { $and: conditions };
  if (filter?.openAt != null) {
    // Opening is computed from the schedules (two batched queries for all candidates), then paged.
    const openAt = filter.openAt;
    const candidates = await ctx.em.find(Point, where, { orderBy: order });
    const schedules = await Promise.all(candidates.map((p) => scheduleOf(ctx, p.id)));
    const open = candidates.filter((_, i) => {
      const schedule = schedules[i];
      return schedule !== undefined && hasSchedule(schedule) && isOpenAt(schedule, openAt);
    });
    const demo = open.filter((p) => p.source.demo).length;
    return { ...pageOf(list, open, first, skipped(list, open, after, skip, keyOf), keyOf), countDemo: async () => demo };
  }
  const cursor = decodeCursor(list, after);
  let page = where;
  if (cursor !== null) {
    const op = dir === 'asc' ? '$gt' : '$lt';
    const [name, id] = byName ? (JSON.parse(String(cursor)) as [string, string]) : [null, String(cursor)];
    const beyond: FilterQuery<Point> = byName ? { $or: [{ name: { [op]: name } }, { name, id: { [op]: id } }] } : { id: { [op]: id } };
    page = { $and: [...conditions, beyond] };
  }
  const [totalCount, rows] = await Promise.all([
    ctx.em.count(Point, where),
    ctx.em.find(Point, page, { orderBy: order, limit: first + 1, offset: skip }),
  ]);
  return { ...toConnection(list, rows, first, totalCount, keyOf, cursor !== null || skip > 0), countDemo: demoCount(ctx, where) };
}

/** The cursor of the point `skip` places after `after` in a list in memory; past its end, the cursor of its last point. */
function skipped<T>(list: string, items: T[], after: string | null | undefined, skip: number, keyOf: (item: T) => string) {
  if (skip === 0 || items.length === 0) return after;
  const key = decodeCursor(list, after);
  const start = key === null ? 0 : items.findIndex((item) => keyOf(item) === String(key)) + 1;
  if (key !== null && start === 0) throw badUserInput('after is not a cursor of this list.', 'after');
  const pivot = items[Math.min(start + skip, items.length) - 1] as T;
  return encodeCursor(list, keyOf(pivot));
}

/**
 * The change feed: points whose updatedAt is strictly after `since`, oldest change first, then by id.
 * The cursor holds the last (updatedAt, id), so a client that stored the last endCursor resumes
 * exactly where it stopped (see `stamp` in shared/write.ts for why no later commit can slip behind it).
 */
export async function pointsModifiedSincePage(
  ctx: Context,
  since: Date,
  first: number,
  after: string | null | undefined,
): Promise<PointPage> {
  checkFirst(first);
  const cursor = decodeCursor('pointsModifiedSince', after);
  const where: FilterQuery<Point> = { updatedAt: { $gt: since } };
  let page: FilterQuery<Point> = where;
  if (cursor !== null) {
    const [at, id] = String(cursor).split('|') as [string, string];
    const instant = new Date(at);
    page = { $and: [where, { $or: [{ updatedAt: { $gt: instant } }, { updatedAt: instant, id: { $gt: id } }] }] };
  }
  const [totalCount, rows] = await Promise.all([
    ctx.em.count(Point, where),
    ctx.em.find(Point, page, { orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }], limit: first + 1 }),
  ]);
  return {
    ...toConnection('pointsModifiedSince', rows, first, totalCount, (p) => `${p.updatedAt.toISOString()}|${p.id}`, cursor !== null),
    countDemo: demoCount(ctx, where),
  };
}
