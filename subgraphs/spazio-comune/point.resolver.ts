import { Arg, Authorized, Ctx, Directive, FieldResolver, Float, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { AuditEntry } from '../shared/audit-entry.js';
import { AuditEntryConnection, auditHistory } from '../shared/audit-entry-connection.js';
import { Role } from '../shared/auth/viewer.js';
import { type Connection, FirstArg, firstOf } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { FigureBasis, figureBasis } from '../shared/figure-basis.js';
import { DateTime } from '../shared/scalars.js';
import { Municipio, MunicipioBasis } from './municipio.js';
import { municipioByNumber } from './municipio.loaders.js';
import { OpeningChange } from './opening-change.js';
import { OpeningHours } from './opening-hours.js';
import { intervalsByPoint, openingHoursByPoint } from './opening-hours.loaders.js';
import { Operator } from './operator.js';
import { operatorsByPoint } from './operator.loaders.js';
import { municipioNumberOf, Point } from './point.js';
import { PointConnection, pointsModifiedSincePage, pointsPage } from './point-connection.js';
import { PointFilter } from './point-filter.js';
import { PointOrder } from './point-order.js';
import { scheduleOf } from './point-schedule.js';
import { frontOfficeHours, hasSchedule, isOpenAt, nextChangeAfter } from './schedule.js';
import { SpazioComune } from './spazio-comune.js';
import { networkByMunicipio } from './spazio-comune.loaders.js';
import { SpecialSchedule } from './special-schedule.js';
import { specialSchedulesByPoint } from './special-schedule.loaders.js';

@Resolver(() => Point)
export class PointResolver {
  @Query(() => Point, { nullable: true, description: 'One point (CSRC or Spazio WeMi) by id; null when there is none.' })
  point(@Arg('id', () => ID, { description: 'The id of the point, e.g. "wemi-piazzetta".' }) id: string, @Ctx() ctx: Context) {
    return ctx.em.findOne(Point, { id });
  }

  @Query(() => PointConnection, {
    description: 'The points of the nine networks, filtered, in pages (Relay cursor connection), by id unless orderBy says otherwise.',
  })
  points(
    @Arg('first', () => Int, { description: 'How many points per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page (asked with the same orderBy).' })
    after: string | null,
    @Arg('filter', () => PointFilter, { nullable: true, description: 'Which points to list.' }) filter: PointFilter | null,
    @Arg('orderBy', () => PointOrder, { nullable: true, description: 'The order of the list: by id (the default) or by name.' })
    orderBy: PointOrder | null,
    @Arg('skip', () => Int, {
      nullable: true,
      description:
        'How many points to pass over before the page (after the cursor, if any), for numbered pages: 0 (the default) to 10000, more is refused (BAD_USER_INPUT, argumentName skip); past the end of the list, an empty page with its totalCount.',
    })
    skip: number | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Point>> {
    return pointsPage(ctx, first, after, filter, orderBy, skip ?? 0);
  }

  @Query(() => PointConnection, {
    description:
      'The change feed for apps that keep a copy: the points changed strictly after an instant (their updatedAt), oldest change first and then by id, in pages. Store the last endCursor and pass it as after to resume.',
  })
  pointsModifiedSince(
    @Arg('since', () => DateTime, { description: 'The instant of the last sync, ISO-8601 with offset.' }) since: Date,
    @Arg('first', () => Int, { description: 'How many points per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Point>> {
    return pointsModifiedSincePage(ctx, since, first, after);
  }

  @FieldResolver(() => Municipio, {
    nullable: true,
    description:
      'The Municipio of the point: from a source, or from the official boundaries when only coordinates are known (see municipioBasis).',
  })
  municipio(@Root() point: Point, @Ctx() ctx: Context): Promise<Municipio | null> | null {
    const number = municipioNumberOf(point);
    return number === null ? null : municipioByNumber(ctx).load(number);
  }

  @FieldResolver(() => MunicipioBasis, { nullable: true, description: 'How the Municipio is known; null when it is not.' })
  municipioBasis(@Root() point: Point): MunicipioBasis | null {
    if (point.municipio) return MunicipioBasis.SOURCE;
    return point.derivedMunicipio ? MunicipioBasis.BOUNDARY : null;
  }

  @FieldResolver(() => SpazioComune, {
    nullable: true,
    description: 'The municipal network SPAZIO COMUNE.N of the point; null when its Municipio is unknown.',
  })
  spazioComune(@Root() point: Point, @Ctx() ctx: Context): Promise<SpazioComune | null> | null {
    const number = municipioNumberOf(point);
    return number === null ? null : networkByMunicipio(ctx).load(number);
  }

  @FieldResolver(() => SpazioComune, {
    nullable: true,
    description: 'The municipal network of the point; null when its Municipio is unknown.',
    deprecationReason: 'Use spazioComune, the name of the network everywhere in the graph (as Municipio.spazioComune).',
  })
  network(@Root() point: Point, @Ctx() ctx: Context): Promise<SpazioComune | null> | null {
    return this.spazioComune(point, ctx);
  }

  // A week of opening intervals: four a day at most in the data (seven on average).
  @Directive('@listSize(assumedSize: 28)')
  @FieldResolver(() => [OpeningHours], { description: 'The weekly opening hours, by day; empty when no timetable is on record.' })
  openingHours(@Root() point: Point, @Ctx() ctx: Context): Promise<OpeningHours[]> {
    return openingHoursByPoint(ctx).load(point.id);
  }

  @FieldResolver(() => [SpecialSchedule], {
    description: 'Date ranges that close the point or change its hours, by start date, at most `first` of them.',
  })
  async specialSchedules(
    @Root() point: Point,
    @FirstArg('special schedules') first: number,
    @Ctx() ctx: Context,
  ): Promise<SpecialSchedule[]> {
    return firstOf(await specialSchedulesByPoint(ctx).load(point.id), first);
  }

  @FieldResolver(() => Float, {
    description: 'Weekly front-office hours, digital education included. A demo point has demo hours: see frontOfficeHoursPerWeekBasis.',
  })
  async frontOfficeHoursPerWeek(@Root() point: Point, @Ctx() ctx: Context): Promise<number> {
    return frontOfficeHours(await intervalsByPoint(ctx).load(point.id));
  }

  @FieldResolver(() => FigureBasis, { description: 'What frontOfficeHoursPerWeek rests on: real timetable rows and demo ones, apart.' })
  async frontOfficeHoursPerWeekBasis(@Root() point: Point, @Ctx() ctx: Context): Promise<FigureBasis> {
    return figureBasis(await openingHoursByPoint(ctx).load(point.id), (h) => frontOfficeHours([h]));
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the point is open at an instant, read in Europe/Rome local time. Special schedules decide first; otherwise the weekly hours, and the point is closed on Italian public holidays and on 7 December (Sant’Ambrogio). Null when no timetable is on record.',
  })
  async isOpen(
    @Root() point: Point,
    @Ctx() ctx: Context,
    @Arg('at', () => DateTime, { description: 'The instant, ISO-8601 with offset, e.g. "2026-11-23T10:00:00+01:00".' }) at: Date,
  ): Promise<boolean | null> {
    const schedule = await scheduleOf(ctx, point.id);
    return hasSchedule(schedule) ? isOpenAt(schedule, at) : null;
  }

  @FieldResolver(() => OpeningChange, {
    nullable: true,
    description: 'The next instant after the given one at which the point opens or closes, within 14 days; null if none.',
  })
  async nextChange(
    @Root() point: Point,
    @Ctx() ctx: Context,
    @Arg('after', () => DateTime, { description: 'The instant to look after, ISO-8601 with offset.' }) after: Date,
  ): Promise<OpeningChange | null> {
    const change = nextChangeAfter(await scheduleOf(ctx, point.id), after);
    return change ? { at: change.at.toISO({ suppressMilliseconds: true }) ?? '', opens: change.opens } : null;
  }

  @FieldResolver(() => [Operator], { description: 'The operators working at this point, by role and id, at most `first` of them.' })
  async operators(@Root() point: Point, @FirstArg('operators') first: number, @Ctx() ctx: Context): Promise<Operator[]> {
    return firstOf(await operatorsByPoint(ctx).load(point.id), first);
  }

  @Authorized(Role.ADMIN, Role.EDITOR)
  @FieldResolver(() => AuditEntryConnection, {
    nullable: true,
    description:
      'Who changed the point through the back office, when, and the fields before and after, newest first. Admins, and editors of the point’s Municipio: anyone else gets null here and an error (UNAUTHENTICATED or FORBIDDEN) for this field only.',
  })
  async history(
    @Root() point: Point,
    @Arg('first', () => Int, { description: 'How many entries per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<AuditEntry>> {
    await ctx.auth.requireMunicipio(municipioNumberOf(point));
    return auditHistory(ctx.em, 'Point', point.id, first, after);
  }
}
