import { DateTime } from 'luxon';
import { holidayOn } from './holidays.js';
import { Activity, WEEKDAYS, type Weekday } from './opening-hours.js';

/** The opening hours of the points are local times in Milan. */
export const ZONE = 'Europe/Rome';

/** How far ahead nextChange looks. */
export const LOOKAHEAD_DAYS = 14;

export interface Interval {
  day: Weekday;
  opens: string;
  closes: string;
  activity: Activity;
}

export interface Special {
  validFrom: string;
  validTo: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  /** Why, e.g. "Chiusura estiva" (the timetable tells it). */
  reason?: string;
}

export interface Schedule {
  weekly: Interval[];
  specials: Special[];
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Length of an interval in hours; one whose closes is not after opens runs past midnight. */
export function intervalHours(interval: { opens: string; closes: string }): number {
  const length = minutes(interval.closes) - minutes(interval.opens);
  return (length > 0 ? length : length + 24 * 60) / 60;
}

/**
 * The length in minutes of the interval of a table alias's `opens` and `closes`, in SQL: the same
 * reading as intervalHours (times to minutes, not after opens means past midnight), for the sums
 * the database makes. Minutes are whole numbers, so a sum of them is exact.
 */
export function intervalMinutesSql(alias: string): string {
  const minutesOf = (column: string) => `(split_part(${alias}.${column}, ':', 1)::int * 60 + split_part(${alias}.${column}, ':', 2)::int)`;
  const length = `(${minutesOf('closes')} - ${minutesOf('opens')})`;
  return `(case when ${length} > 0 then ${length} else ${length} + 1440 end)`;
}

/** Front-office hours a week: front office proper and digital education, which the sheets count within it. */
export function frontOfficeHours(intervals: Interval[]): number {
  return intervals
    .filter((i) => i.activity === Activity.FRONT_OFFICE || i.activity === Activity.DIGITAL_EDUCATION)
    .reduce((sum, i) => sum + intervalHours(i), 0);
}

export function digitalEducationHours(intervals: Interval[]): number {
  return intervals.filter((i) => i.activity === Activity.DIGITAL_EDUCATION).reduce((sum, i) => sum + intervalHours(i), 0);
}

/**
 * Local days and times already worked out, by date (and time): luxon finds Europe/Rome's offset
 * anew (Intl's formatToParts) for every instant it makes, which was most of what isOpen cost (about
 * 500 µs a point on a loaded machine, 100 points in a PointsNearby), while the points of a request
 * share a few days and times. A DateTime never changes, so one serves every caller; dropped whole when full.
 */
const known = new Map<string, DateTime>();
function remembered(key: string, make: () => DateTime): DateTime {
  let value = known.get(key);
  if (!value) {
    if (known.size >= 10_000) known.clear();
    value = make();
    known.set(key, value);
  }
  return value;
}

/** The start of a local day `shift` days after a date ("2026-11-23"). */
function localDay(date: string, shift: number): DateTime {
  return remembered(`${date}${shift >= 0 ? '+' : ''}${shift}`, () => {
    const first = DateTime.fromISO(date, { zone: ZONE }).startOf('day');
    return shift === 0 ? first : first.plus({ days: shift });
  });
}

/** An instant in Milan's local time (every point of a request is asked about the same one). */
function localNow(instant: Date): DateTime {
  return remembered(`@${instant.getTime()}`, () => DateTime.fromJSDate(instant, { zone: ZONE }));
}

/** A local wall-clock time on a day, as an instant (luxon moves times in the spring-forward gap ahead). */
function at(day: DateTime, hhmm: string): DateTime {
  return remembered(`${day.toISODate()}T${hhmm}`, () => {
    const [hour, minute] = hhmm.split(':').map(Number);
    return DateTime.fromObject({ year: day.year, month: day.month, day: day.day, hour, minute }, { zone: ZONE });
  });
}

/** What decides a day's hours: the weekly hours, a holiday that closes, or a special schedule. */
export enum OpeningDayState {
  WEEKLY_HOURS = 'WEEKLY_HOURS',
  HOLIDAY = 'HOLIDAY',
  SPECIAL_HOURS = 'SPECIAL_HOURS',
  SPECIAL_CLOSURE = 'SPECIAL_CLOSURE',
}

export type Span = [DateTime, DateTime];

/** One local day resolved: what decides it, why (a holiday's name, a special schedule's reason), and the intervals that start on it. */
export interface ResolvedDay {
  day: DateTime;
  state: OpeningDayState;
  note: string | null;
  spans: Span[];
}

/**
 * The one reading of a local day, which isOpen, nextChange and the timetable all rest on: a special
 * schedule covering the day decides (closed, or its own hours, holidays included); otherwise the
 * weekly hours, unless it is a holiday. An interval that runs past midnight ends on the next day;
 * the intervals that touch or overlap are merged, in order.
 */
export function resolveDay(day: DateTime, schedule: Schedule): ResolvedDay {
  const date = day.toISODate() ?? '';
  const specials = schedule.specials.filter((s) => s.validFrom <= date && date <= s.validTo);
  const holiday = holidayOn(day);
  let state: OpeningDayState;
  let note: string | null = null;
  let hours: { opens: string; closes: string }[];
  if (specials.length > 0) {
    const closure = specials.find((s) => s.closed);
    state = closure ? OpeningDayState.SPECIAL_CLOSURE : OpeningDayState.SPECIAL_HOURS;
    note = (closure ?? specials[0])?.reason ?? null;
    hours = closure ? [] : specials.flatMap((s) => (s.opens && s.closes ? [{ opens: s.opens, closes: s.closes }] : []));
  } else if (holiday) {
    [state, note, hours] = [OpeningDayState.HOLIDAY, holiday.name, []];
  } else {
    const weekday = WEEKDAYS[day.weekday - 1];
    [state, hours] = [OpeningDayState.WEEKLY_HOURS, schedule.weekly.filter((i) => i.day === weekday)];
  }
  const spans = hours.map((s): Span => {
    const start = at(day, s.opens);
    const end = minutes(s.closes) > minutes(s.opens) ? at(day, s.closes) : at(localDay(day.toISODate() ?? '', 1), s.closes);
    return [start, end];
  });
  return { day, state, note, spans: merged(spans) };
}

/** Spans in order, those that touch or overlap joined. */
function merged(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of [...spans].sort((a, b) => a[0].toMillis() - b[0].toMillis())) {
    const last = out[out.length - 1];
    if (last && span[0] <= last[1]) {
      if (span[1] > last[1]) last[1] = span[1];
    } else out.push([span[0], span[1]]);
  }
  return out;
}

/**
 * The timetable of `days` local days from `from` (a date, "2026-11-23"): each day resolved, in order.
 * The first day also holds the intervals of the day before still open at its midnight, so that the
 * intervals of the days cover every minute the point is open in the range, and no other.
 */
export function timetable(schedule: Schedule, from: string, days: number): ResolvedDay[] {
  const first = localDay(from, 0);
  const carried = resolveDay(localDay(from, -1), schedule).spans.filter(([, end]) => end > first);
  return Array.from({ length: days }, (_, d) => {
    const resolved = resolveDay(localDay(from, d), schedule);
    return d === 0 ? { ...resolved, spans: merged([...carried, ...resolved.spans]) } : resolved;
  });
}

/** The opening intervals around an instant, from the timetable, merged where they touch or overlap (across days too), in order. */
function openingsAround(from: DateTime, days: number, schedule: Schedule): Span[] {
  return merged(timetable(schedule, from.toISODate() ?? '', days + 1).flatMap((d) => d.spans));
}

/** An instant as the graph answers times of opening: Milan's local time with its offset, whole seconds. */
export function localInstant(instant: DateTime): string {
  return instant.setZone(ZONE).toISO({ suppressMilliseconds: true }) ?? '';
}

/** Whether a point is open at an instant, read in Europe/Rome local time. */
export function isOpenAt(schedule: Schedule, instant: Date): boolean {
  const now = localNow(instant);
  return openingsAround(now, 0, schedule).some(([start, end]) => start <= now && now < end);
}

export interface Change {
  at: DateTime;
  opens: boolean;
}

/** The next instant after `instant` at which the point opens or closes, within 14 days; null if none. */
export function nextChangeAfter(schedule: Schedule, instant: Date): Change | null {
  const now = localNow(instant);
  const limit = now.plus({ days: LOOKAHEAD_DAYS });
  for (const [start, end] of openingsAround(now, LOOKAHEAD_DAYS + 1, schedule)) {
    if (start > now) return start <= limit ? { at: start, opens: true } : null;
    if (end > now) return end <= limit ? { at: end, opens: false } : null;
  }
  return null;
}

/** Whether a schedule has anything to judge by (a point with neither answers null, not false). */
export function hasSchedule(schedule: Schedule): boolean {
  return schedule.weekly.length > 0 || schedule.specials.length > 0;
}
