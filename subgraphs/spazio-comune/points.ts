import type { FilterQuery } from '@mikro-orm/core';
import { Field, InputType, Int } from 'type-graphql';
import { type Connection, checkFirst, connectionType, decodeCursor, keysetPage, toConnection } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { DateTime } from '../shared/scalars.js';
import { PointKind } from './enums.js';
import { scheduleOf } from './loaders.js';
import { Point } from './point.js';
import { hasSchedule, isOpenAt } from './schedule.js';

export const PointConnection = connectionType(Point, 'Point', 'point');

@InputType('PointFilter', { description: 'Which points to list; every field given must match.' })
export class PointFilter {
  @Field(() => Int, { nullable: true, description: 'Only points in this Municipio (1 to 9), from a source or from the boundaries.' })
  municipio?: number | null;

  @Field(() => PointKind, { nullable: true, description: 'Only CSRC, or only Spazi WeMi.' })
  kind?: PointKind | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'Only points open at this instant (Europe/Rome local time, holidays included).',
  })
  openAt?: Date | null;
}

/** Points in id order, filtered, one page after the cursor; totalCount counts the whole filtered list. */
export async function pointsPage(
  ctx: Context,
  first: number,
  after: string | null | undefined,
  filter: PointFilter | null | undefined,
): Promise<Connection<Point>> {
  const where: Record<string, unknown> = {};
  if (filter?.municipio != null) {
    where.$or = [{ municipio: filter.municipio }, { municipio: null, derivedMunicipio: filter.municipio }];
  }
  if (filter?.kind != null) where.kind = filter.kind;
  if (filter?.openAt != null) {
    // Opening is computed from the schedules (two batched queries for all candidates), then paged.
    checkFirst(first);
    const afterId = decodeCursor('points', after);
    const openAt = filter.openAt;
    const candidates = await ctx.em.find(Point, where, { orderBy: { id: 'asc' } });
    const schedules = await Promise.all(candidates.map((p) => scheduleOf(ctx, p.id)));
    const open = candidates.filter((_, i) => {
      const schedule = schedules[i];
      return schedule !== undefined && hasSchedule(schedule) && isOpenAt(schedule, openAt);
    });
    const rest = afterId === null ? open : open.filter((p) => p.id > String(afterId));
    return toConnection('points', rest.slice(0, first + 1), first, open.length, (p) => p.id, afterId !== null);
  }
  return keysetPage(ctx.em, Point, { list: 'points', key: 'id', where, first, after });
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
): Promise<Connection<Point>> {
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
  return toConnection('pointsModifiedSince', rows, first, totalCount, (p) => `${p.updatedAt.toISOString()}|${p.id}`, cursor !== null);
}
