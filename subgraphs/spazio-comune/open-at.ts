import { type FilterQuery, raw } from '@mikro-orm/core';
import { DateTime } from 'luxon';
import { holidayOn } from './holidays.js';
import { WEEKDAYS } from './opening-hours.js';
import type { Point } from './point.js';
import { ZONE } from './schedule.js';

const SCHEMA = '"spazio_comune"';

/** What decides whether a point is open on a local day: the date, its weekday and whether it is a holiday. */
interface LocalDay {
  date: string;
  weekday: string;
  holiday: boolean;
}

function localDay(day: DateTime): LocalDay {
  return { date: day.toISODate() ?? '', weekday: WEEKDAYS[day.weekday - 1] ?? '', holiday: holidayOn(day) !== null };
}

/** A day whose clock jumps (the change of daylight saving time): its local times are not one line. */
function clockChanges(day: DateTime): boolean {
  return day.startOf('day').offset !== day.endOf('day').offset;
}

/** A value computed here (a date, a weekday, a time: never a client's text) as an SQL literal. */
function literal(value: string, type: string): string {
  if (!/^[0-9A-Z:-]+$/.test(value)) throw new Error(`not a ${type}: ${value}`);
  return `'${value}'::${type}`;
}

/**
 * The intervals of a point (`a` its alias) that run on a local day, as schedule.ts resolveDay reads
 * them: the special schedules covering the day decide (none if one closes); otherwise the weekly hours
 * of its weekday, unless it is a holiday. `span` is the condition on an interval's opens and closes.
 */
function runsOn(a: string, day: LocalDay, span: (opens: string, closes: string) => string): string {
  const date = literal(day.date, 'date');
  const covering = `from ${SCHEMA}.special_schedule s where s.point_id = ${a}.id and s.valid_from <= ${date} and ${date} <= s.valid_to`;
  const specials = `exists (select 1 ${covering}) and not exists (select 1 ${covering} and s.closed)
    and exists (select 1 ${covering} and s.opens is not null and s.closes is not null and ${span('s.opens::time', 's.closes::time')})`;
  if (day.holiday) return `(${specials})`;
  const weekly = `not exists (select 1 ${covering}) and exists (select 1 from ${SCHEMA}.opening_hours h
    where h.point_id = ${a}.id and h.day = ${literal(day.weekday, `${SCHEMA}.weekday`)} and ${span('h.opens::time', 'h.closes::time')})`;
  return `((${specials}) or (${weekly}))`;
}

/**
 * Points open at an instant, as a condition the database answers (with the opening hours' and special
 * schedules' point_id indexes), so that a page of `points(filter: { openAt })` reads one page whatever
 * the number of points. The same reading as schedule.ts isOpenAt: an interval of today that has begun
 * and not ended (one whose closes is not after opens runs to the next day), or one of yesterday that
 * runs past midnight and has not ended. On the two days a year the clock changes, local times do not
 * order instants: null, and the caller judges each point with isOpenAt.
 */
export function openAtCondition(instant: Date): FilterQuery<Point> | null {
  const now = DateTime.fromJSDate(instant, { zone: ZONE });
  const yesterday = now.minus({ days: 1 });
  if (clockChanges(now) || clockChanges(yesterday)) return null;
  const time = literal(now.toFormat('HH:mm'), 'time');
  const sql = (a: string) =>
    `(${runsOn(a, localDay(now), (o, c) => `${o} <= ${time} and (${c} > ${time} or ${c} <= ${o})`)}
      or ${runsOn(a, localDay(yesterday), (o, c) => `${c} <= ${o} and ${time} < ${c}`)})`;
  return { [raw(sql)]: [] };
}
