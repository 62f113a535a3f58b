import { DateTime } from 'luxon';
import { Activity, WEEKDAYS, type Weekday } from './enums.js';
import { holidayOn } from './holidays.js';

/** The opening hours of the points are local times in Milan. */
export const ZONE = 'Europe/Rome';

export interface Interval {
  day: Weekday;
  opens: string;
  closes: string;
  activity: Activity;
}

function minutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Length of an interval in hours; one whose closes is not after opens runs past midnight. */
export function intervalHours(interval: Interval): number {
  const length = minutes(interval.closes) - minutes(interval.opens);
  return (length > 0 ? length : length + 24 * 60) / 60;
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
 * Whether a point with these weekly intervals is open at an instant: the instant is read in
 * Europe/Rome local time (so daylight-saving changes are handled by the zone rules), and a day
 * that is a holiday opens no interval. An interval past midnight belongs to the day it starts.
 */
export function isOpenAt(intervals: Interval[], at: Date): boolean {
  const local = DateTime.fromJSDate(at, { zone: ZONE });
  const now = local.hour * 60 + local.minute;
  const today = WEEKDAYS[local.weekday - 1];
  const yesterdayDate = local.minus({ days: 1 });
  const yesterday = WEEKDAYS[yesterdayDate.weekday - 1];
  const todayOpen = holidayOn(local) === null;
  const yesterdayOpen = holidayOn(yesterdayDate) === null;
  return intervals.some((i) => {
    const opens = minutes(i.opens);
    const closes = minutes(i.closes);
    const overnight = closes <= opens;
    if (i.day === today && todayOpen) return overnight ? now >= opens : now >= opens && now < closes;
    if (i.day === yesterday && yesterdayOpen && overnight) return now < closes;
    return false;
  });
}
