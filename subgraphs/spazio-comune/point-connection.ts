import { type FilterQuery, type QueryOrderMap, raw } from '@mikro-orm/core';
import {
  type Connection,
  checkFirst,
  checkSkip,
  connectionType,
  decodeCursor,
  encodeCursor,
  pageOf,
  toConnection,
} from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import type { FigureBasis } from '../shared/figure-basis.js';
import { searchWords } from '../shared/search.js';
import { MAX_RADIUS_KM } from './nearby.js';
import { openAtCondition } from './open-at.js';
import { Point } from './point.js';
import { PointFilter } from './point-filter.js';
import { OrderDirection, PointOrder, PointOrderField } from './point-order.js';
import { scheduleOf } from './point-schedule.js';
import { pointHsdsIds } from './point-search.js';
import type { PointsWithin } from './points-within.js';
import { hasSchedule, isOpenAt } from './schedule.js';
import { checkPosition } from './validation.js';

export const PointConnection = connectionType(Point, 'Point', 'point');

/**
 * A page of points, and how to count the demo points of its whole list (for totalCountBasis) and
 * name the managers of its whole list (for managers), only when asked.
 */
export type PointPage = Connection<Point> & { countDemo(): Promise<number>; managers(): Promise<string[]> };

/** The most managers `managers` names. */
export const MAX_MANAGERS = 1000;
/** The most ids PointFilter.hsdsIds takes. */
const MAX_HSDS_IDS = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The points of a list that belong to the demo data set, counted in SQL. */
const demoCount = (ctx: Context, where: FilterQuery<Point>) => () => ctx.em.count(Point, { $and: [where, { source: { demo: true } }] });

/** The managers of the points of a list, each once, by name, in SQL (at most MAX_MANAGERS). */
const managersOf = (ctx: Context, where: FilterQuery<Point>) => async () => {
  const query = ctx.em.createQueryBuilder(Point).select('manager', true);
  // The same conditions as the list's (a FilterQuery, which the builder's own type does not name).
  const condition = { $and: [where, { manager: { $ne: null } }] } as unknown as Parameters<typeof query.where>[0];
  const rows = await query.where(condition).orderBy({ manager: 'asc' }).limit(MAX_MANAGERS).execute('all', false);
  return (rows as { manager: string }[]).map((r) => r.manager);
};

/** What a connection's totalCount rests on: its points, real and demo apart. */
export async function totalCountBasis(page: PointPage): Promise<FigureBasis> {
  const demo = await page.countDemo();
  return { value: page.totalCount, real: page.totalCount - demo, demo, includesDemo: demo > 0 };
}

const EARTH_RADIUS_KM = 6371.0088;

/**
 * One condition per word of `search`: the folded text holds the folded word (a `like`, which the
 * trigram index answers). Words under MIN_SEARCH_WORD characters are left out, as the index cannot
 * answer them (it would read every row); a search of such words alone is refused.
 */
function searchConditions(search: string): FilterQuery<Point>[] {
  const kept = searchWords(search, 'filter');
  return kept.map((word) => ({
    [raw((a: string) => `${a}."search_text" like ?`, [`%${word}%`])]: [],
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

/** A point one of whose HSDS records has one of the ids (point_hsds_index answers the overlap). */
function hsdsIdsCondition(ids: string[]): FilterQuery<Point> {
  if (ids.length > MAX_HSDS_IDS) throw badUserInput(`hsdsIds takes at most ${MAX_HSDS_IDS} ids.`, 'filter');
  const bad = ids.find((id) => !UUID.test(id));
  if (bad !== undefined) throw badUserInput(`hsdsIds takes UUIDs; got "${bad}".`, 'filter');
  return { [raw((a: string) => `${pointHsdsIds((name) => `${a}."${name}"`)} && ?::uuid[]`, [`{${ids.join(',')}}`])]: [] };
}

/** The conditions of a filter but openAt (open-at.ts). */
function filterConditions(filter: PointFilter | null | undefined): FilterQuery<Point>[] {
  const conditions: FilterQuery<Point>[] = [];
  if (filter?.municipio != null) {
    conditions.push({ $or: [{ municipio: filter.municipio }, { municipio: null, derivedMunicipio: filter.municipio }] });
  }
  if (filter?.kind != null) conditions.push({ kind: filter.kind });
  if (filter?.search != null) conditions.push(...searchConditions(filter.search));
  if (filter?.updatedSince != null) conditions.push({ updatedAt: { $gte: filter.updatedSince } });
  if (filter?.within != null) conditions.push(withinCondition(filter.within));
  if (filter?.hsdsIds != null) conditions.push(hsdsIdsCondition(filter.hsdsIds));
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
  checkSkip(skip);
  // Ordered by a column then the id (name, updatedAt), or by the id alone.
  const by = orderBy?.field === PointOrderField.NAME ? 'name' : orderBy?.field === PointOrderField.UPDATED_AT ? 'updatedAt' : null;
  const dir: 'asc' | 'desc' = orderBy?.direction === OrderDirection.DESC ? 'desc' : 'asc';
  // 'points' is the name of the default order's cursors since the first release.
  const list =
    by === 'name' ? `points:name:${dir}` : by === 'updatedAt' ? `points:updated:${dir}` : dir === 'asc' ? 'points' : 'points:id:desc';
  const sortKey = (p: Point) => (by === 'name' ? p.name : by === 'updatedAt' ? p.updatedAt.toISOString() : null);
  const keyOf = (p: Point) => (by ? JSON.stringify([sortKey(p), p.id]) : p.id);
  const order: QueryOrderMap<Point>[] = by ? [{ [by]: dir }, { id: dir }] : [{ id: dir }];
  const conditions = filterConditions(filter);
  const openNow = filter?.openAt != null ? openAtCondition(filter.openAt) : null;
  if (openNow) conditions.push(openNow);
  const where: FilterQuery<Point> = { $and: conditions };
  if (filter?.openAt != null && !openNow) {
    // On a day the clock changes, opening is computed from the schedules (two batched queries for all candidates), then paged.
    const openAt = filter.openAt;
    const candidates = await ctx.em.find(Point, where, { orderBy: order });
    const schedules = await Promise.all(candidates.map((p) => scheduleOf(ctx, p.id)));
    const open = candidates.filter((_, i) => {
      const schedule = schedules[i];
      return schedule !== undefined && hasSchedule(schedule) && isOpenAt(schedule, openAt);
    });
    const demo = open.filter((p) => p.source.demo).length;
    const managers = [...new Set(open.flatMap((p) => (p.manager === null ? [] : [p.manager])))].sort().slice(0, MAX_MANAGERS);
    return {
      ...pageOf(list, open, first, skipped(list, open, after, skip, keyOf), keyOf),
      countDemo: async () => demo,
      managers: async () => managers,
    };
  }
  const cursor = decodeCursor(list, after);
  let page = where;
  if (cursor !== null) {
    const op = dir === 'asc' ? '$gt' : '$lt';
    const [key, id] = by ? sortedCursor(String(cursor)) : [null, String(cursor)];
    const value = by === 'updatedAt' ? new Date(key ?? '') : key;
    if (value instanceof Date && Number.isNaN(value.getTime())) throw badUserInput('after is not a cursor of this list.', 'after');
    const beyond: FilterQuery<Point> = by ? { $or: [{ [by]: { [op]: value } }, { [by]: value, id: { [op]: id } }] } : { id: { [op]: id } };
    page = { $and: [...conditions, beyond] };
  }
  const read = () => ctx.em.find(Point, page, { orderBy: order, limit: first + 1, offset: skip });
  let totalCount: number;
  let rows: Point[];
  if (skip === 0) [totalCount, rows] = await Promise.all([ctx.em.count(Point, where), read()]);
  else {
    // Counted first: a page past the end of the list is known empty without reading the rows before it.
    totalCount = await ctx.em.count(Point, where);
    rows = cursor === null && skip >= totalCount ? [] : await read();
  }
  return {
    ...toConnection(list, rows, first, totalCount, keyOf, cursor !== null || skip > 0),
    countDemo: demoCount(ctx, where),
    managers: managersOf(ctx, where),
  };
}

/** The [sort key, id] of a cursor of an order by a column; a cursor made otherwise is refused as `after`. */
function sortedCursor(cursor: string): [string, string] {
  try {
    const pair = JSON.parse(cursor) as unknown;
    if (Array.isArray(pair) && pair.length === 2 && pair.every((v) => typeof v === 'string')) return pair as [string, string];
  } catch {
    // fall through
  }
  throw badUserInput('after is not a cursor of this list.', 'after');
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
    managers: managersOf(ctx, where),
  };
}
