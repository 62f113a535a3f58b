import { Arg, Ctx, Directive, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { checkLocalDate, LocalDate } from '../shared/scalars.js';
import { OpeningDay } from './opening-day.js';
import { Point } from './point.js';
import { scheduleOf } from './point-schedule.js';
import { hasSchedule, localInstant, type ResolvedDay, timetable } from './schedule.js';

/** The longest timetable asked for at once: a month. */
export const MAX_TIMETABLE_DAYS = 31;

@Resolver(() => Point)
export class PointTimetableResolver {
  // Sized by days (1–31, 7 by default); each day lists its own times.
  @Directive(`@listSize(slicingArguments: ["days"], assumedSize: ${MAX_TIMETABLE_DAYS}, requireOneSlicingArgument: false)`)
  @FieldResolver(() => [OpeningDay], {
    nullable: true,
    description:
      'The timetable of the coming days, resolved as isOpen and nextChange resolve it (special schedules first, then holidays, then the weekly hours): ask it once a day and tell "open now" on the device. It depends on its arguments alone (no clock), so an answer can be cached until the point’s hours change. Null when no timetable is on record.',
  })
  async openingTimes(
    @Root() point: Point,
    @Arg('from', () => LocalDate, { description: 'The first day, in Milan (YYYY-MM-DD), e.g. today.' }) from: string,
    @Arg('days', () => Int, { defaultValue: 7, description: `How many days, 1 to ${MAX_TIMETABLE_DAYS}; 7 by default.` })
    days: number,
    @Ctx() ctx: Context,
  ): Promise<OpeningDay[] | null> {
    const date = checkLocalDate(from);
    if (date === null) throw badUserInput(`from: "${from}" is not a date (YYYY-MM-DD).`, 'from');
    if (!Number.isInteger(days) || days < 1 || days > MAX_TIMETABLE_DAYS)
      throw badUserInput(`days must be from 1 to ${MAX_TIMETABLE_DAYS}.`, 'days');
    const schedule = await scheduleOf(ctx, point.id);
    return hasSchedule(schedule) ? timetable(schedule, date, days).map(openingDay) : null;
  }
}

function openingDay({ day, state, note, spans }: ResolvedDay): OpeningDay {
  const date = day.toISODate() ?? '';
  return {
    date,
    state,
    note,
    times: spans.map(([start, end]) => ({
      start: localInstant(start),
      end: localInstant(end),
      endsOnNextDay: (end.toISODate() ?? '') > date,
      startsOnPreviousDay: (start.toISODate() ?? '') < date,
    })),
  };
}
