import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { holidayOn } from '../subgraphs/spazio-comune/holidays.js';
import { Activity, Weekday } from '../subgraphs/spazio-comune/opening-hours.js';
import {
  frontOfficeHours,
  type Interval,
  intervalHours,
  isOpenAt as isOpenAtSchedule,
  nextChangeAfter,
  type Schedule,
} from '../subgraphs/spazio-comune/schedule.js';

const weekdays = [Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY, Weekday.SATURDAY, Weekday.SUNDAY];
const everyDay = (opens: string, closes: string, activity = Activity.FRONT_OFFICE): Interval[] =>
  weekdays.map((day) => ({ day, opens, closes, activity }));
const at = (iso: string) => new Date(iso);
const isOpenAt = (weekly: Interval[], instant: Date) => isOpenAtSchedule({ weekly, specials: [] }, instant);

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
    expect(intervalHours({ opens: '22:00', closes: '02:00' })).toBe(4);
    expect(
      frontOfficeHours([
        { day: Weekday.MONDAY, opens: '09:00', closes: '13:00', activity: Activity.FRONT_OFFICE },
        { day: Weekday.TUESDAY, opens: '14:00', closes: '16:30', activity: Activity.DIGITAL_EDUCATION },
        { day: Weekday.TUESDAY, opens: '16:30', closes: '19:00', activity: Activity.OTHER },
      ]),
    ).toBe(6.5);
  });
});

describe('special schedules', () => {
  const office: Schedule = {
    weekly: everyDay('09:00', '13:00'),
    specials: [
      { validFrom: '2026-08-10', validTo: '2026-08-21', closed: true, opens: null, closes: null },
      { validFrom: '2026-12-07', validTo: '2026-12-07', closed: false, opens: '10:00', closes: '12:00' },
      { validFrom: '2026-12-24', validTo: '2026-12-24', closed: false, opens: '15:00', closes: '18:00' },
    ],
  };

  it('close the point for a date range, both ends included', () => {
    expect(isOpenAtSchedule(office, at('2026-08-09T08:00:00Z'))).toBe(true);
    expect(isOpenAtSchedule(office, at('2026-08-10T08:00:00Z'))).toBe(false);
    expect(isOpenAtSchedule(office, at('2026-08-21T08:00:00Z'))).toBe(false);
    expect(isOpenAtSchedule(office, at('2026-08-22T08:00:00Z'))).toBe(true);
  });

  it('open a point on a holiday, and change its hours', () => {
    expect(isOpenAtSchedule(office, at('2026-12-07T09:30:00Z'))).toBe(true); // 10:30 on Sant'Ambrogio
    expect(isOpenAtSchedule(office, at('2026-12-07T08:30:00Z'))).toBe(false); // 09:30: the special hours replace the weekly ones
    expect(isOpenAtSchedule(office, at('2026-12-24T09:00:00Z'))).toBe(false);
    expect(isOpenAtSchedule(office, at('2026-12-24T15:00:00Z'))).toBe(true);
  });
});

describe('nextChangeAfter', () => {
  const office: Schedule = { weekly: everyDay('09:00', '13:00'), specials: [] };
  const change = (schedule: Schedule, iso: string) => {
    const next = nextChangeAfter(schedule, at(iso));
    return next && { at: next.at.toISO({ suppressMilliseconds: true }), opens: next.opens };
  };

  it('gives the next opening or closing in local time with its offset', () => {
    expect(change(office, '2026-11-23T07:00:00Z')).toEqual({ at: '2026-11-23T09:00:00+01:00', opens: true });
    expect(change(office, '2026-11-23T09:00:00Z')).toEqual({ at: '2026-11-23T13:00:00+01:00', opens: false });
    expect(change(office, '2026-11-23T12:00:00Z')).toEqual({ at: '2026-11-24T09:00:00+01:00', opens: true }); // at closing: next opening
  });

  it('skips holidays and crosses the daylight-saving changes', () => {
    expect(change(office, '2026-12-06T13:00:00Z')).toEqual({ at: '2026-12-09T09:00:00+01:00', opens: true }); // 7 and 8 December
    expect(change(office, '2026-03-28T13:00:00Z')).toEqual({ at: '2026-03-29T09:00:00+02:00', opens: true });
    expect(change(office, '2026-10-24T13:00:00Z')).toEqual({ at: '2026-10-25T09:00:00+01:00', opens: true });
  });

  it('joins intervals that meet at midnight into one opening', () => {
    const night: Schedule = {
      weekly: [
        { day: Weekday.FRIDAY, opens: '20:00', closes: '00:00', activity: Activity.OTHER },
        { day: Weekday.SATURDAY, opens: '00:00', closes: '02:00', activity: Activity.OTHER },
      ],
      specials: [],
    };
    expect(change(night, '2026-11-27T20:00:00Z')).toEqual({ at: '2026-11-28T02:00:00+01:00', opens: false });
  });

  it('is null when nothing changes within 14 days', () => {
    expect(change({ weekly: [], specials: [] }, '2026-11-23T07:00:00Z')).toBeNull();
    const closed: Schedule = {
      weekly: office.weekly,
      specials: [{ validFrom: '2026-08-01', validTo: '2026-08-31', closed: true, opens: null, closes: null }],
    };
    expect(change(closed, '2026-08-01T10:00:00Z')).toBeNull();
    expect(change(closed, '2026-08-20T10:00:00Z')).toEqual({ at: '2026-09-01T09:00:00+02:00', opens: true });
  });
});
