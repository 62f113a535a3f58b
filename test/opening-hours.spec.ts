import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { Activity, Weekday } from '../subgraphs/spazio-comune/enums.js';
import { holidayOn } from '../subgraphs/spazio-comune/holidays.js';
import { frontOfficeHours, type Interval, intervalHours, isOpenAt } from '../subgraphs/spazio-comune/schedule.js';

const weekdays = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY, Weekday.SUNDAY];
const everyDay = (opens: string, closes: string, activity = Activity.FRONT_OFFICE): Interval[] =>
  weekdays.map((day) => ({ day, opens, closes, activity }));
const at = (iso: string) => new Date(iso);

describe('holidays', () => {
  it.each([
    ['2026-01-01', 'capodanno'],
    ['2026-04-05', 'pasqua'],
    ['2026-04-06', 'pasquetta'],
    ['2025-04-21', 'pasquetta'],
    ['2026-04-25', 'liberazione'],
    ['2026-12-07', 'sant_ambrogio'],
    ['2026-12-08', 'immacolata'],
  ])('%s is %s', (date, code) => {
    expect(holidayOn(DateTime.fromISO(date, { zone: 'Europe/Rome' }))?.code).toBe(code);
  });

  it.each(['2026-04-07', '2026-11-23', '2026-03-29'])('%s is a working day', (date) => {
    expect(holidayOn(DateTime.fromISO(date, { zone: 'Europe/Rome' }))).toBeNull();
  });
});

describe('isOpenAt', () => {
  const office = everyDay('09:00', '13:00');

  it('reads the instant in Europe/Rome local time (winter, UTC+1)', () => {
    expect(isOpenAt(office, at('2026-11-23T08:30:00Z'))).toBe(true); // 09:30 in Milan
    expect(isOpenAt(office, at('2026-11-23T07:30:00Z'))).toBe(false); // 08:30 in Milan
    expect(isOpenAt(office, at('2026-11-23T12:00:00Z'))).toBe(false); // 13:00: closed, the end is exclusive
  });

  it('reads summer time (UTC+2)', () => {
    expect(isOpenAt(office, at('2026-07-01T07:30:00Z'))).toBe(true); // 09:30 in Milan
    expect(isOpenAt(office, at('2026-07-01T11:30:00Z'))).toBe(false); // 13:30 in Milan
  });

  it('follows the clocks on the last Sunday of March and of October', () => {
    const sunday = [{ day: Weekday.SUNDAY, opens: '01:00', closes: '04:00', activity: Activity.OTHER }];
    // 29 March 2026: 02:00 becomes 03:00. 01:30Z is 03:30 local (CEST).
    expect(isOpenAt(sunday, at('2026-03-29T01:30:00Z'))).toBe(true);
    expect(isOpenAt(sunday, at('2026-03-29T02:30:00Z'))).toBe(false); // 04:30 local
    // 25 October 2026: 03:00 becomes 02:00. 02:30Z is 03:30 local (CET).
    expect(isOpenAt(sunday, at('2026-10-25T02:30:00Z'))).toBe(true);
    expect(isOpenAt(sunday, at('2026-10-25T03:00:00Z'))).toBe(false); // 04:00 local
  });

  it('is closed on public holidays and on Sant’Ambrogio', () => {
    expect(isOpenAt(office, at('2026-12-07T09:00:00Z'))).toBe(false);
    expect(isOpenAt(office, at('2026-04-06T08:00:00Z'))).toBe(false);
    expect(isOpenAt(office, at('2026-12-09T09:00:00Z'))).toBe(true);
  });

  it('keeps an interval past midnight with the day it starts', () => {
    const friday = [{ day: Weekday.FRIDAY, opens: '22:00', closes: '02:00', activity: Activity.OTHER }];
    expect(isOpenAt(friday, at('2026-11-27T22:30:00Z'))).toBe(true); // Friday 23:30
    expect(isOpenAt(friday, at('2026-11-28T00:30:00Z'))).toBe(true); // Saturday 01:30
    expect(isOpenAt(friday, at('2026-11-28T01:30:00Z'))).toBe(false); // Saturday 02:30
    expect(isOpenAt(friday, at('2026-11-26T22:30:00Z'))).toBe(false); // Thursday 23:30
    // Starting on a holiday: 7 December 2029 is a Friday.
    expect(isOpenAt(friday, at('2029-12-07T23:30:00Z'))).toBe(false);
  });

  it('counts front-office hours with digital education and across midnight', () => {
    expect(intervalHours({ day: Weekday.MONDAY, opens: '22:00', closes: '02:00', activity: Activity.OTHER })).toBe(4);
    expect(
      frontOfficeHours([
        { day: Weekday.MONDAY, opens: '09:00', closes: '13:00', activity: Activity.FRONT_OFFICE },
        { day: Weekday.TUESDAY, opens: '14:00', closes: '16:30', activity: Activity.DIGITAL_EDUCATION },
        { day: Weekday.TUESDAY, opens: '16:30', closes: '19:00', activity: Activity.OTHER },
      ]),
    ).toBe(6.5);
  });
});
