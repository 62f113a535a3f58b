import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Activity, Weekday } from '../subgraphs/spazio-comune/opening-hours.js';
import { isOpenAt, nextChangeAfter, OpeningDayState, type Schedule, timetable } from '../subgraphs/spazio-comune/schedule.js';
import { type Hub, operation, startHub, withLimits } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// Point.openingTimes: the resolved timetable an app caches for the coming days. It rests on the same
// reading of a day as isOpen and nextChange (schedule.ts resolveDay), and must agree with isOpen at
// every minute, across midnight, a change of daylight saving time, holidays and special schedules.

const MINUTE = 60_000;

interface Time {
  start: string;
  end: string;
  endsOnNextDay: boolean;
  startsOnPreviousDay: boolean;
}
interface Day {
  date: string;
  state: string;
  note: string | null;
  times: Time[];
}

/** Whether the timetable holds an instant: one of its times starts at or before it and ends after it. */
const heldBy = (days: { times: { start: string; end: string }[] }[], instant: number) =>
  days.some((d) => d.times.some((t) => Date.parse(t.start) <= instant && instant < Date.parse(t.end)));

/** Every minute from one instant (included) to another (excluded). */
function* minutes(from: string, to: string): Generator<number> {
  for (let t = Date.parse(from); t < Date.parse(to); t += MINUTE) yield t;
}

/** Hours that cross midnight and the change of time of both Sundays (02:00 or 03:00 local). */
const weekly = [
  { day: Weekday.FRIDAY, opens: '20:30', closes: '00:30', activity: Activity.OTHER },
  { day: Weekday.SATURDAY, opens: '22:00', closes: '04:00', activity: Activity.OTHER },
  { day: Weekday.SUNDAY, opens: '10:00', closes: '12:00', activity: Activity.FRONT_OFFICE },
  { day: Weekday.MONDAY, opens: '09:00', closes: '13:00', activity: Activity.FRONT_OFFICE },
  { day: Weekday.WEDNESDAY, opens: '14:00', closes: '18:00', activity: Activity.DIGITAL_EDUCATION },
  { day: Weekday.THURSDAY, opens: '09:00', closes: '12:00', activity: Activity.FRONT_OFFICE },
  { day: Weekday.THURSDAY, opens: '11:00', closes: '13:00', activity: Activity.DIGITAL_EDUCATION },
];

describe('timetable (schedule.ts)', () => {
  const schedule: Schedule = {
    weekly,
    specials: [
      { validFrom: '2026-10-28', validTo: '2026-10-28', closed: false, opens: '15:00', closes: '19:00', reason: 'Orario ridotto' },
      { validFrom: '2026-10-29', validTo: '2026-10-29', closed: true, opens: null, closes: null, reason: 'Assemblea' },
    ],
  };

  it('agrees with isOpenAt at every minute of nine days that hold the end of summer time and Tutti i Santi', () => {
    const days = timetable(schedule, '2026-10-24', 9).map((d) => ({
      times: d.spans.map(([s, e]) => ({ start: s.toISO() ?? '', end: e.toISO() ?? '' })),
    }));
    let checked = 0;
    for (const t of minutes('2026-10-23T22:00:00Z', '2026-11-01T23:00:00Z')) {
      expect(heldBy(days, t), new Date(t).toISOString()).toBe(isOpenAt(schedule, new Date(t)));
      checked++;
    }
    expect(checked).toBe(9 * 1440 + 60); // the day summer time ends has 25 hours
  });

  it('says what decides each day, and where an interval across the change of time ends', () => {
    const days = timetable(schedule, '2026-10-24', 9);
    expect(days.map((d) => [d.day.toISODate(), d.state, d.note])).toEqual([
      ['2026-10-24', OpeningDayState.WEEKLY_HOURS, null],
      ['2026-10-25', OpeningDayState.WEEKLY_HOURS, null],
      ['2026-10-26', OpeningDayState.WEEKLY_HOURS, null],
      ['2026-10-27', OpeningDayState.WEEKLY_HOURS, null],
      ['2026-10-28', OpeningDayState.SPECIAL_HOURS, 'Orario ridotto'],
      ['2026-10-29', OpeningDayState.SPECIAL_CLOSURE, 'Assemblea'],
      ['2026-10-30', OpeningDayState.WEEKLY_HOURS, null],
      ['2026-10-31', OpeningDayState.WEEKLY_HOURS, null],
      ['2026-11-01', OpeningDayState.HOLIDAY, 'Tutti i Santi'],
    ]);
    const saturday = days[0]?.spans.map(([s, e]) => [s.toISO(), e.toISO()]);
    // Friday's evening is carried onto the first day; Saturday's night ends at 04:00 winter time, 7 hours later.
    expect(saturday).toEqual([
      ['2026-10-23T20:30:00.000+02:00', '2026-10-24T00:30:00.000+02:00'],
      ['2026-10-24T22:00:00.000+02:00', '2026-10-25T04:00:00.000+01:00'],
    ]);
    expect(days[5]?.spans).toEqual([]);
    expect(days[6]?.spans.map(([s, e]) => [s.toISO(), e.toISO()])).toEqual([
      ['2026-10-30T20:30:00.000+01:00', '2026-10-31T00:30:00.000+01:00'],
    ]);
  });

  it('and nextChange reads the same intervals: overlapping ones are one', () => {
    expect(nextChangeAfter(schedule, new Date('2026-10-22T07:30:00Z'))?.at.toISO()).toBe('2026-10-22T13:00:00.000+02:00');
  });
});

describe('Point.openingTimes through the graph', () => {
  let hub: Hub;
  let drop: (() => Promise<void>) | undefined;
  const statements: string[] = [];
  let pointId = '';
  let editor: Record<string, string> = {};

  beforeAll(async () => {
    const database = await scratchDatabase(inject('databaseUrl'), 'opening_times');
    drop = database.drop;
    // A day of isOpen in one document: 720 aliases.
    hub = await startHub(database.url, {
      http: withLimits({ aliases: 720, tokens: 10_000 }),
      onQuery: (_subgraph, sql) => statements.push(sql),
    });
    editor = bearer(await hub.tokens.editor([2]));
    const points = await hub.query('{ points(first: 1, filter: { municipio: 2 }) { nodes { id version } } }');
    const point = points.body.data?.points.nodes[0];
    pointId = point.id;
    const hours = weekly.map((h) => ({ ...h }));
    const set = await hub.query(await operation('SetPointHours'), { input: { pointId, expectedVersion: point.version, hours } }, editor);
    expect(set.body.data?.setPointOpeningHours.userErrors).toEqual([]);
    let version = set.body.data?.setPointOpeningHours.point.version;
    for (const special of [
      {
        validFrom: '2027-03-31',
        validTo: '2027-03-31',
        closed: false,
        opens: '15:00',
        closes: '19:00',
        activity: 'OTHER',
        reason: 'Orario ridotto',
      },
      { validFrom: '2027-04-01', validTo: '2027-04-01', closed: true, reason: 'Assemblea' },
    ]) {
      const added = await hub.query(await operation('AddClosure'), { input: { pointId, expectedVersion: version, ...special } }, editor);
      expect(added.body.data?.addPointSpecialSchedule.userErrors).toEqual([]);
      version = added.body.data?.addPointSpecialSchedule.point.version;
    }
  });
  afterAll(async () => {
    await hub?.stop();
    await drop?.();
  });

  const timetableOf = async (from: string, days?: number) => {
    const response = await hub.query(await operation('PointTimetable'), { id: pointId, from, ...(days ? { days } : {}) });
    expect(response.body.errors).toBeUndefined();
    return response.body.data?.point.openingTimes as Day[];
  };

  it('agrees with isOpen at every minute of the week of 28 March 2027: summer time begins, Easter and Easter Monday, special days', async () => {
    const days = await timetableOf('2027-03-27');
    const all = [...minutes('2027-03-26T23:00:00Z', '2027-04-02T22:00:00Z')];
    expect(all.length).toBe(7 * 1440 - 60); // the day summer time begins has 23 hours
    for (let i = 0; i < all.length; i += 720) {
      const slice = all.slice(i, i + 720);
      const fields = slice.map((t, k) => `m${k}: isOpen(at: "${new Date(t).toISOString()}")`).join(' ');
      const response = await hub.query(`query ($id: ID!) { point(id: $id) { ${fields} } }`, { id: pointId });
      expect(response.body.errors).toBeUndefined();
      const open = response.body.data?.point as Record<string, boolean>;
      const disagree = slice.filter((t, k) => open[`m${k}`] !== heldBy(days, t)).map((t) => new Date(t).toISOString());
      expect(disagree).toEqual([]);
    }
  });

  // points(filter: { openAt }) is judged in SQL (open-at.ts), except on the days the clock changes: it
  // must hold exactly the points whose isOpen says true, at every half hour (the intervals' bounds).
  it.each([
    ['the week of 28 March 2027 (summer time, Easter, special days, across midnight)', '2027-03-26T23:00:00Z', '2027-04-02T22:00:00Z'],
    ['Sant’Ambrogio and the Immacolata, 7 and 8 December 2026', '2026-12-05T23:00:00Z', '2026-12-08T23:00:00Z'],
  ])('points(filter: { openAt }) holds the points whose isOpen is true: %s', async (_name, from, to) => {
    const instants: string[] = [];
    for (let t = Date.parse(from); t < Date.parse(to); t += 30 * MINUTE) instants.push(new Date(t).toISOString());
    const disagree: string[] = [];
    // 24 instants a document: every point's isOpen at each, and the filtered list at each.
    for (let i = 0; i < instants.length; i += 24) {
      const slice = instants.slice(i, i + 24);
      const opens = slice.map((at, k) => `m${k}: isOpen(at: "${at}")`).join(' ');
      const lists = slice.map((at, k) => `o${k}: points(first: 100, filter: { openAt: "${at}" }) { totalCount nodes { id } }`).join(' ');
      const response = await hub.query(`{ all: points(first: 100) { nodes { id ${opens} } } ${lists} }`);
      expect(response.body.errors).toBeUndefined();
      const data = response.body.data as Record<string, { totalCount: number; nodes: Record<string, string | boolean | null>[] }>;
      slice.forEach((at, k) => {
        const expected = data.all?.nodes.filter((p) => p[`m${k}`] === true).map((p) => p.id);
        const open = data[`o${k}`];
        if (JSON.stringify(open?.nodes.map((p) => p.id)) !== JSON.stringify(expected) || open?.totalCount !== expected?.length) {
          disagree.push(at);
        }
      });
    }
    expect(disagree).toEqual([]);
  });

  it('a page of points open at an instant is one query with a limit, not a read of every point', async () => {
    statements.length = 0;
    const response = await hub.query('{ points(first: 2, filter: { openAt: "2027-03-31T16:00:00+02:00" }) { nodes { id } } }');
    expect(response.body.data?.points.nodes.map((p: { id: string }) => p.id)).toContain(pointId);
    const pointReads = statements.filter((sql) => /from "spazio_comune"\."point" as/.test(sql) && !/count\(/.test(sql));
    expect(pointReads).toHaveLength(1);
    expect(pointReads[0]).toMatch(/limit/);
  });

  it('gives each day its state and its times in Milan’s local time, across midnight and the change of time', async () => {
    const days = await timetableOf('2027-03-27');
    expect(days.map((d) => [d.date, d.state, d.note])).toEqual([
      ['2027-03-27', 'WEEKLY_HOURS', null],
      ['2027-03-28', 'HOLIDAY', 'Pasqua di Resurrezione'],
      ['2027-03-29', 'HOLIDAY', "Lunedì dell'Angelo"],
      ['2027-03-30', 'WEEKLY_HOURS', null],
      ['2027-03-31', 'SPECIAL_HOURS', 'Orario ridotto'],
      ['2027-04-01', 'SPECIAL_CLOSURE', 'Assemblea'],
      ['2027-04-02', 'WEEKLY_HOURS', null],
    ]);
    expect(days[0]?.times).toEqual([
      // Friday's evening, carried onto the first day: it ends on the day it is listed on.
      { start: '2027-03-26T20:30:00+01:00', end: '2027-03-27T00:30:00+01:00', endsOnNextDay: false, startsOnPreviousDay: true },
      { start: '2027-03-27T22:00:00+01:00', end: '2027-03-28T04:00:00+02:00', endsOnNextDay: true, startsOnPreviousDay: false },
    ]);
    expect(days[4]?.times).toEqual([
      { start: '2027-03-31T15:00:00+02:00', end: '2027-03-31T19:00:00+02:00', endsOnNextDay: false, startsOnPreviousDay: false },
    ]);
    expect(days[6]?.times).toEqual([
      { start: '2027-04-02T20:30:00+02:00', end: '2027-04-03T00:30:00+02:00', endsOnNextDay: true, startsOnPreviousDay: false },
    ]);
  });

  it('is the same answer for the same arguments, kept by the cache until the hours change', async () => {
    const first = await timetableOf('2027-03-29', 3);
    statements.length = 0;
    expect(await timetableOf('2027-03-29', 3)).toEqual(first);
    expect(statements.length).toBe(0);
    const point = await hub.query('query ($id: ID!) { point(id: $id) { version } }', { id: pointId });
    const hours = [{ day: 'TUESDAY', opens: '08:00', closes: '09:00', activity: 'FRONT_OFFICE' }];
    const set = await hub.query(
      await operation('SetPointHours'),
      { input: { pointId, expectedVersion: point.body.data?.point.version, hours } },
      editor,
    );
    expect(set.body.data?.setPointOpeningHours.userErrors).toEqual([]);
    const after = await timetableOf('2027-03-29', 3);
    expect(after[1]?.times).toEqual([
      { start: '2027-03-30T08:00:00+02:00', end: '2027-03-30T09:00:00+02:00', endsOnNextDay: false, startsOnPreviousDay: false },
    ]);
  });

  // A date the LocalDate scalar refuses is refused at the gateway, naming the variable (400); a count of
  // days the scalar takes but the field does not is refused by the field, naming its argument.
  it.each([
    [{ from: '2027-03-27', days: 0 }, 'argumentName', 'days'],
    [{ from: '2027-03-27', days: 32 }, 'argumentName', 'days'],
    [{ from: '2027-02-30', days: 7 }, 'variableName', 'from'],
    [{ from: '27/03/2027', days: 7 }, 'variableName', 'from'],
  ])('refuses %o (BAD_USER_INPUT with %s %s)', async (variables, key, name) => {
    const response = await hub.query(await operation('PointTimetable'), { id: pointId, ...variables });
    expect(response.body.errors?.map((e) => [e.extensions?.code, e.extensions?.[key]])).toEqual([['BAD_USER_INPUT', name]]);
  });

  it('answers null for a point without a timetable', async () => {
    const response = await hub.query(await operation('PointTimetable'), { id: 'wemi-piazzetta', from: '2027-03-27' });
    expect(response.body.data?.point.openingTimes).toBeNull();
  });
});
