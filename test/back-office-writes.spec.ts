import { describe, expect, it } from 'vitest';
import { HOURS, useBackOffice } from './support/back-office.js';
import { operation } from './support/hub.js';

// The back office's writes through the gateway: hours, closures, operators and participation, with
// versions that lose no update, on a real PostgreSQL.

const office = useBackOffice('back_office_writes');

describe('setPointOpeningHours', () => {
  it('as an editor of the point’s Municipio: version + 1, the new hours, then a stale version conflicts', async () => {
    const [target] = await office.pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const input = { pointId: target.id, expectedVersion: target.version, hours: HOURS };
    const first = await office.hub.query(await operation('SetPointHours'), { input }, office.editor2);
    expect(first.body.errors).toBeUndefined();
    const payload = first.body.data?.setPointOpeningHours;
    expect(payload.userErrors).toEqual([]);
    expect(payload.point.version).toBe(target.version + 1);
    expect(payload.point.frontOfficeHoursPerWeek).toBe(8);
    expect(payload.point.openingHours).toEqual(HOURS);
    expect(Date.parse(payload.point.updatedAt)).toBeGreaterThan(Date.now() - 60_000);

    const again = await office.hub.query(await operation('SetPointHours'), { input }, office.editor2);
    expect(again.body.data?.setPointOpeningHours).toMatchObject({
      point: null,
      userErrors: [{ code: 'VERSION_CONFLICT', field: ['expectedVersion'], currentVersion: target.version + 1 }],
    });
    expect((await office.point(target.id)).version).toBe(target.version + 1);
  });

  it('answers every invalid value as a user error with its path, and writes nothing', async () => {
    const [, target] = await office.pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const before = await office.point(target.id);
    // Times of day the LocalTime scalar takes (one it refuses is refused by the gateway: test/variables.spec.ts).
    const hours = [
      ...HOURS,
      { day: 'SUNDAY', opens: '10:00', closes: '10:00', activity: 'OTHER' },
      { day: 'SATURDAY', opens: '09:00', closes: '09:00', activity: 'OTHER' },
    ];
    const response = await office.hub.query(
      await operation('SetPointHours'),
      { input: { pointId: target.id, expectedVersion: target.version, hours } },
      office.editor2,
    );
    const errors = response.body.data?.setPointOpeningHours.userErrors;
    expect(errors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['hours.2.closes', 'INVALID_INPUT'],
      ['hours.3.closes', 'INVALID_INPUT'],
    ]);
    expect(response.body.data?.setPointOpeningHours.point).toBeNull();
    expect(await office.point(target.id)).toEqual(before);
  });

  it('refuses a NUL byte (BAD_USER_INPUT, before any SQL) and an unknown point (a user error)', async () => {
    const nul = await office.hub.query(
      await operation('SetPointHours'),
      { input: { pointId: 'a\u0000b', expectedVersion: 1, hours: [] } },
      office.admin,
    );
    expect(nul.status).toBe(400);
    expect(nul.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await office.hub.query(
      await operation('SetPointHours'),
      { input: { pointId: 'nessuno', expectedVersion: 1, hours: [] } },
      office.admin,
    );
    expect(unknown.body.data?.setPointOpeningHours.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['pointId'] });
  });
});

describe('no lost update', () => {
  it('of 20 simultaneous writes at one version, exactly one wins; the others conflict and write nothing', async () => {
    const [, , target] = await office.pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const audited = await office.historyCount(target.id);
    const setHours = await operation('SetPointHours');
    const writes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        office.hub.query(
          setHours,
          {
            input: {
              pointId: target.id,
              expectedVersion: target.version,
              hours: [{ day: 'TUESDAY', opens: `${String(8 + (i % 10)).padStart(2, '0')}:00`, closes: '20:00', activity: 'OTHER' }],
            },
          },
          office.admin,
        ),
      ),
    );
    const payloads = writes.map((w) => w.body.data?.setPointOpeningHours);
    expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
    const conflicts = payloads.filter((p) => p.userErrors[0]?.code === 'VERSION_CONFLICT');
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((p) => p.userErrors[0].currentVersion === target.version + 1)).toBe(true);
    expect((await office.point(target.id)).version).toBe(target.version + 1);
    expect(await office.historyCount(target.id)).toBe(audited + 1);
  });

  it('writers that re-read and retry on VERSION_CONFLICT lose nothing', async () => {
    const [target] = await office.pointsOf(5);
    if (!target) throw new Error('no point in Municipio 5');
    const audited = await office.historyCount(target.id);
    const start = await office.point(target.id);
    const writers = 6;
    const addClosure = await operation('AddClosure');
    await Promise.all(
      Array.from({ length: writers }, async (_, i) => {
        for (let attempt = 0; attempt < 50; attempt++) {
          const { version } = await office.point(target.id);
          const day = `2030-0${1 + i}-1${i}`;
          const response = await office.hub.query(
            addClosure,
            {
              input: { pointId: target.id, expectedVersion: version, validFrom: day, validTo: day, closed: true, reason: `Chiusura ${i}` },
            },
            office.editor5,
          );
          const errors = response.body.data?.addPointSpecialSchedule.userErrors;
          if (errors.length === 0) return;
          expect(errors[0].code).toBe('VERSION_CONFLICT');
        }
        throw new Error(`writer ${i} never got through`);
      }),
    );
    const end = await office.point(target.id);
    expect(end.version).toBe(start.version + writers);
    expect(end.specialSchedules).toHaveLength(start.specialSchedules.length + writers);
    expect(await office.historyCount(target.id)).toBe(audited + writers);
  });
});

describe('recordParticipation', () => {
  it('adds to the indicator’s actual value, for admins anywhere and editors at their points', async () => {
    const actual = async () =>
      (await office.hub.query('{ indicators { code actual } }')).body.data?.indicators.find((i: { code: string }) => i.code === 'EECO01')
        .actual;
    const start = await actual();
    const [target] = await office.pointsOf(2);
    const record = await operation('RecordParticipation');
    const response = await office.hub.query(
      record,
      { input: { indicatorCode: 'EECO01', pointId: target?.id, date: '2026-03-10', count: 7 } },
      office.editor2,
    );
    expect(response.body.data?.recordParticipation).toMatchObject({
      participation: { date: '2026-03-10', count: 7 },
      indicator: { code: 'EECO01', actual: start + 7 },
      userErrors: [],
    });
    expect(response.body.data?.recordParticipation.participation.id).toMatch(/\S/);
    const city = await office.hub.query(record, { input: { indicatorCode: 'EECO01', date: '2026-03-10', count: 7 } }, office.editor2);
    expect(city.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await office.hub.query(record, { input: { indicatorCode: 'NOPE', date: '2026-03-10', count: 0 } }, office.admin);
    expect(
      bad.body.data?.recordParticipation.userErrors.map((e: { field: string[]; code: string }) => `${e.field.join('.')} ${e.code}`),
    ).toEqual(['count INVALID_INPUT']);
    // A date the LocalDate scalar refuses never reaches the subgraph (test/variables.spec.ts).
    const noSuchDay = await office.hub.query(record, { input: { indicatorCode: 'EECO01', date: '2026-02-30', count: 1 } }, office.admin);
    expect(noSuchDay.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', variableName: 'input' });
    expect(await actual()).toBe(start + 7);
  });
});

describe('special schedules', () => {
  it('adds a closure with an id, refuses validTo before validFrom, and removes it by id', async () => {
    const [, target] = await office.pointsOf(5);
    if (!target) throw new Error('no point in Municipio 5');
    const add = await operation('AddClosure');
    const wrong = await office.hub.query(
      add,
      {
        input: {
          pointId: target.id,
          expectedVersion: target.version,
          validFrom: '2027-05-10',
          validTo: '2027-05-01',
          closed: true,
          reason: 'Lavori',
        },
      },
      office.editor5,
    );
    expect(wrong.body.data?.addPointSpecialSchedule.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['validTo'] }]);
    const added = await office.hub.query(
      add,
      {
        input: {
          pointId: target.id,
          expectedVersion: target.version,
          validFrom: '2027-05-01',
          validTo: '2027-05-10',
          closed: true,
          reason: 'Lavori',
        },
      },
      office.editor5,
    );
    const payload = added.body.data?.addPointSpecialSchedule;
    expect(payload.userErrors).toEqual([]);
    expect(payload.specialSchedule).toMatchObject({
      validFrom: '2027-05-01',
      validTo: '2027-05-10',
      closed: true,
      opens: null,
      reason: 'Lavori',
    });
    expect(payload.point.specialSchedules.map((s: { id: string }) => s.id)).toContain(payload.specialSchedule.id);
    const open = await office.hub.query('query ($id: ID!) { point(id: $id) { isOpen(at: "2027-05-05T10:00:00+02:00") } }', {
      id: target.id,
    });
    expect(open.body.data?.point.isOpen).toBe(false);

    const removed = await office.hub.query(
      await operation('RemoveClosure'),
      { input: { specialScheduleId: payload.specialSchedule.id, expectedVersion: payload.point.version } },
      office.editor5,
    );
    expect(removed.body.data?.removePointSpecialSchedule).toMatchObject({
      removedSpecialScheduleId: payload.specialSchedule.id,
      point: { version: payload.point.version + 1 },
      userErrors: [],
    });
  });
});

describe('setPointOperators', () => {
  it('replaces the operators of a point, and the compliance report follows', async () => {
    const wemi = await office.hub.query('{ points(first: 100, filter: { municipio: 3, kind: WEMI }) { edges { node { id version } } } }');
    const target = wemi.body.data?.points.edges[0]?.node;
    if (!target) throw new Error('no Spazio WeMi in Municipio 3');
    const checkOf = async () =>
      (await office.hub.query('{ compliance { rule subject passed } }')).body.data?.compliance.filter(
        (c: { subject: string; rule: string }) => c.subject.includes(target.id) && /operator/i.test(c.rule),
      );
    const set =
      'mutation ($input: SetPointOperatorsInput!) { setPointOperators(input: $input) { point { version operators { role weeklyHours } } userErrors { code field } } }';
    const one = await office.hub.query(
      set,
      { input: { pointId: target.id, expectedVersion: target.version, operators: [{ role: 'FRONT_OFFICE', weeklyHours: 10 }] } },
      office.admin,
    );
    expect(one.body.data?.setPointOperators.point.operators).toEqual([{ role: 'FRONT_OFFICE', weeklyHours: 10 }]);
    const failing = await checkOf();
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.some((c: { passed: boolean | null }) => c.passed === false)).toBe(true);
    const two = await office.hub.query(
      set,
      {
        input: {
          pointId: target.id,
          expectedVersion: target.version + 1,
          operators: [
            { role: 'FRONT_OFFICE', weeklyHours: 20 },
            { role: 'FRONT_OFFICE', weeklyHours: 25 },
          ],
        },
      },
      office.admin,
    );
    expect(two.body.data?.setPointOperators.userErrors).toEqual([]);
    expect((await checkOf()).every((c: { passed: boolean | null }) => c.passed === true)).toBe(true);
  });
});
