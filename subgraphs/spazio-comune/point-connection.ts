import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { type Connection, checkFirst, connectionType, decodeCursor, pageOf, toConnection } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import type { FigureBasis } from '../shared/figure-basis.js';
import { Point } from './point.js';
import { PointFilter } from './point-filter.js';
import { OrderDirection, PointOrder, PointOrderField } from './point-order.js';
import { scheduleOf } from './point-schedule.js';
import { hasSchedule, isOpenAt } from './schedule.js';

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

/**
 * Points filtered and ordered (by id unless asked otherwise), one page after the cursor; totalCount
 * counts the whole filtered list. The cursor holds the sort value and the id of the last point, so a
 * page is one keyset query (`(name, id) > (cursor)`), whatever the size of the list.
 */
export async function pointsPage(
  ctx: Context,
  first: number,
  after: string | null | undefined,
  filter: PointFilter | null | undefined,
  orderBy: PointOrder | null | undefined,
): Promise<PointPage> {
  checkFirst(first);
  const byName = orderBy?.field === PointOrderField.NAME;
  const dir: 'asc' | 'desc' = orderBy?.direction === OrderDirection.DESC ? 'desc' : 'asc';
  // 'points' is the name of the default order's cursors since the first release.
  const list = byName ? `points:name:${dir}` : dir === 'asc' ? 'points' : 'points:id:desc';
  const keyOf = (p: Point) => (byName ? JSON.stringify([p.name, p.id]) : p.id);
  const order: QueryOrderMap<Point>[] = byName ? [{ name: dir }, { id: dir }] : [{ id: dir }];
  const conditions: FilterQuery<Point>[] = [];
  if (filter?.municipio != null) {
    conditions.push({ $or: [{ municipio: filter.municipio }, { municipio: null, derivedMunicipio: filter.municipio }] });
  }
  if (filter?.kind != null) conditions.push({ kind: filter.kind });
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
    return { ...pageOf(list, open, first, after, keyOf), countDemo: async () => demo };
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
    ctx.em.find(Point, page, { orderBy: order, limit: first + 1 }),
  ]);
  return { ...toConnection(list, rows, first, totalCount, keyOf, cursor !== null), countDemo: demoCount(ctx, where) };
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
