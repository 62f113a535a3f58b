import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateKeys } from '../subgraphs/shared/auth/embedded-keys.js';
import { type Hub, operation, startHub } from './support/hub.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer, tampered, unsigned } from './support/tokens.js';

// The back office through the gateway: tokens, rights per Municipio, versions, the audit trail and
// the change feed, on a real PostgreSQL.

let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let admin: Record<string, string>;
let editor2: Record<string, string>;
let editor5: Record<string, string>;

beforeAll(async () => {
  database = await scratchDatabase(inject('databaseUrl'), 'back_office');
  hub = await startHub(database.url);
  admin = bearer(await hub.tokens.admin());
  editor2 = bearer(await hub.tokens.editor([2]));
  editor5 = bearer(await hub.tokens.editor([5]));
});
afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

const POINT = `query ($id: ID!) { point(id: $id) { id version updatedAt frontOfficeHoursPerWeek
  openingHours { day opens closes activity } specialSchedules { id } operators { role weeklyHours } } }`;

/** Points of a Municipio at their current version; each test takes its own so that they do not meet. */
async function pointsOf(municipio: number): Promise<{ id: string; version: number }[]> {
  const response = await hub.query('query ($m: Int!) { points(first: 100, filter: { municipio: $m }) { edges { node { id version } } } }', {
    m: municipio,
  });
  return response.body.data?.points.edges.map((e: { node: { id: string; version: number } }) => e.node);
}

async function point(id: string) {
  return (await hub.query(POINT, { id })).body.data?.point;
}

async function historyCount(id: string): Promise<number> {
  const response = await hub.query(await operation('PointHistory'), { id, first: 1 }, admin);
  return response.body.data?.point.history.totalCount;
}

const HOURS = [
  { day: 'MONDAY', opens: '09:00', closes: '13:00', activity: 'FRONT_OFFICE' },
  { day: 'WEDNESDAY', opens: '14:00', closes: '18:00', activity: 'DIGITAL_EDUCATION' },
];

describe('setPointOpeningHours', () => {
  it('as an editor of the point’s Municipio: version + 1, the new hours, then a stale version conflicts', async () => {
    const [target] = await pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const input = { pointId: target.id, expectedVersion: target.version, hours: HOURS };
    const first = await hub.query(await operation('SetPointHours'), { input }, editor2);
    expect(first.body.errors).toBeUndefined();
    const payload = first.body.data?.setPointOpeningHours;
    expect(payload.userErrors).toEqual([]);
    expect(payload.point.version).toBe(target.version + 1);
    expect(payload.point.frontOfficeHoursPerWeek).toBe(8);
    expect(payload.point.openingHours).toEqual(HOURS);
    expect(Date.parse(payload.point.updatedAt)).toBeGreaterThan(Date.now() - 60_000);

    const again = await hub.query(await operation('SetPointHours'), { input }, editor2);
    expect(again.body.data?.setPointOpeningHours).toMatchObject({
      point: null,
      userErrors: [{ code: 'VERSION_CONFLICT', field: ['expectedVersion'], currentVersion: target.version + 1 }],
    });
    expect((await point(target.id)).version).toBe(target.version + 1);
  });

  it('answers every invalid value as a user error with its path, and writes nothing', async () => {
    const [, target] = await pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const before = await point(target.id);
    const hours = [
      ...HOURS,
      { day: 'FRIDAY', opens: '25:00', closes: '9:5', activity: 'OTHER' },
      { day: 'SUNDAY', opens: '10:00', closes: '10:00', activity: 'OTHER' },
    ];
    const response = await hub.query(
      await operation('SetPointHours'),
      { input: { pointId: target.id, expectedVersion: target.version, hours } },
      editor2,
    );
    const errors = response.body.data?.setPointOpeningHours.userErrors;
    expect(errors.map((e: { field: string[]; code: string }) => [e.field.join('.'), e.code])).toEqual([
      ['hours.2.opens', 'INVALID_INPUT'],
      ['hours.2.closes', 'INVALID_INPUT'],
      ['hours.3.closes', 'INVALID_INPUT'],
    ]);
    expect(response.body.data?.setPointOpeningHours.point).toBeNull();
    expect(await point(target.id)).toEqual(before);
  });

  it('refuses a NUL byte (BAD_USER_INPUT, before any SQL) and an unknown point (a user error)', async () => {
    const nul = await hub.query(await operation('SetPointHours'), { input: { pointId: 'a\u0000b', expectedVersion: 1, hours: [] } }, admin);
    expect(nul.status).toBe(400);
    expect(nul.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await hub.query(
      await operation('SetPointHours'),
      { input: { pointId: 'nessuno', expectedVersion: 1, hours: [] } },
      admin,
    );
    expect(unknown.body.data?.setPointOpeningHours.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['pointId'] });
  });
});

describe('no lost update', () => {
  it('of 20 simultaneous writes at one version, exactly one wins; the others conflict and write nothing', async () => {
    const [, , target] = await pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const audited = await historyCount(target.id);
    const setHours = await operation('SetPointHours');
    const writes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        hub.query(
          setHours,
          {
            input: {
              pointId: target.id,
              expectedVersion: target.version,
              hours: [{ day: 'TUESDAY', opens: `${String(8 + (i % 10)).padStart(2, '0')}:00`, closes: '20:00', activity: 'OTHER' }],
            },
          },
          admin,
        ),
      ),
    );
    const payloads = writes.map((w) => w.body.data?.setPointOpeningHours);
    expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
    const conflicts = payloads.filter((p) => p.userErrors[0]?.code === 'VERSION_CONFLICT');
    expect(conflicts).toHaveLength(19);
    expect(conflicts.every((p) => p.userErrors[0].currentVersion === target.version + 1)).toBe(true);
    expect((await point(target.id)).version).toBe(target.version + 1);
    expect(await historyCount(target.id)).toBe(audited + 1);
  });

  it('writers that re-read and retry on VERSION_CONFLICT lose nothing', async () => {
    const [target] = await pointsOf(5);
    if (!target) throw new Error('no point in Municipio 5');
    const audited = await historyCount(target.id);
    const start = await point(target.id);
    const writers = 6;
    const addClosure = await operation('AddClosure');
    await Promise.all(
      Array.from({ length: writers }, async (_, i) => {
        for (let attempt = 0; attempt < 50; attempt++) {
          const { version } = await point(target.id);
          const day = `2030-0${1 + i}-1${i}`;
          const response = await hub.query(
            addClosure,
            {
              input: { pointId: target.id, expectedVersion: version, validFrom: day, validTo: day, closed: true, reason: `Chiusura ${i}` },
            },
            editor5,
          );
          const errors = response.body.data?.addPointSpecialSchedule.userErrors;
          if (errors.length === 0) return;
          expect(errors[0].code).toBe('VERSION_CONFLICT');
        }
        throw new Error(`writer ${i} never got through`);
      }),
    );
    const end = await point(target.id);
    expect(end.version).toBe(start.version + writers);
    expect(end.specialSchedules).toHaveLength(start.specialSchedules.length + writers);
    expect(await historyCount(target.id)).toBe(audited + writers);
  });
});

describe('tokens and rights', () => {
  async function wrongTokens(): Promise<[string, Record<string, string>][]> {
    const valid = await hub.tokens.editor([2]);
    const other = await generateKeys();
    return [
      ['no token', {}],
      ['garbage', { authorization: 'Bearer garbage' }],
      ['not a bearer', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
      ['tampered', bearer(tampered(valid))],
      ['alg none', bearer(unsigned(await hub.tokens.admin()))],
      ['expired', bearer(await hub.tokens.sign({ ttl: Math.floor(Date.now() / 1000) - 60 }))],
      ['not yet valid', bearer(await hub.tokens.sign({ notBefore: Math.floor(Date.now() / 1000) + 600, ttl: '1h' }))],
      ['wrong issuer', bearer(await hub.tokens.sign({ issuer: 'https://idp.example.org' }))],
      ['wrong audience', bearer(await hub.tokens.sign({ audience: 'another-app' }))],
      ['another key', bearer(await hub.tokens.sign({}, other.privateJwk))],
    ];
  }

  it('every mutation refuses a missing or invalid token (UNAUTHENTICATED) and a wrong Municipio (FORBIDDEN), changing nothing', async () => {
    const [target] = await pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    // A special schedule to try to remove.
    await hub.query(
      await operation('AddClosure'),
      {
        input: {
          pointId: target.id,
          expectedVersion: (await point(target.id)).version,
          validFrom: '2031-08-01',
          validTo: '2031-08-31',
          closed: true,
          reason: 'Chiusura estiva',
        },
      },
      admin,
    );
    const before = await point(target.id);
    const audited = await historyCount(target.id);
    const indicator = async () => (await hub.query('{ indicators { code actual } }')).body.data?.indicators;
    const indicatorsBefore = await indicator();
    const schedule = before.specialSchedules[0]?.id ?? 'none';
    const mutations: [string, string, Record<string, unknown>][] = [
      ['setPointOpeningHours', await operation('SetPointHours'), { pointId: target.id, expectedVersion: before.version, hours: HOURS }],
      [
        'addPointSpecialSchedule',
        await operation('AddClosure'),
        {
          pointId: target.id,
          expectedVersion: before.version,
          validFrom: '2031-01-02',
          validTo: '2031-01-03',
          closed: true,
          reason: 'Prova',
        },
      ],
      ['removePointSpecialSchedule', await operation('RemoveClosure'), { specialScheduleId: schedule, expectedVersion: before.version }],
      [
        'recordParticipation',
        await operation('RecordParticipation'),
        { indicatorCode: 'EECO01', pointId: target.id, date: '2026-01-10', count: 3 },
      ],
      [
        'setPointOperators',
        'mutation ($input: SetPointOperatorsInput!) { setPointOperators(input: $input) { point { id } userErrors { code } } }',
        { pointId: target.id, expectedVersion: before.version, operators: [{ role: 'FRONT_OFFICE', weeklyHours: 20 }] },
      ],
    ];
    for (const [name, document, input] of mutations) {
      for (const [label, headers] of await wrongTokens()) {
        const response = await hub.query(document, { input }, headers);
        expect([name, label, response.body.errors?.[0]?.extensions?.code]).toEqual([name, label, 'UNAUTHENTICATED']);
        expect(response.body.data?.[name] ?? null).toBeNull();
      }
      const forbidden = await hub.query(document, { input }, editor5);
      expect([name, forbidden.body.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
    expect(await point(target.id)).toEqual(before);
    expect(await historyCount(target.id)).toBe(audited);
    expect(await indicator()).toEqual(indicatorsBefore);
  });

  it('the imports refuse every invalid token (UNAUTHENTICATED) and every editor (FORBIDDEN), changing nothing', async () => {
    const call = await readFile(new URL('./fixtures/seeds/servizio-civile-bando-2022.md', import.meta.url), 'utf8');
    const leva = await readFile(new URL('./fixtures/seeds/leva-civica-coesione-sociale.md', import.meta.url), 'utf8');
    const imports: [string, string, Record<string, unknown>][] = [
      ['importServizioCivileCall', await operation('ImportServizioCivileCall'), { document: call.replace('Bando 2022', 'Bando 2031') }],
      [
        'importLevaCivicaProject',
        'mutation ($input: ImportLevaCivicaProjectInput!) { importLevaCivicaProject(input: $input) { report { created } } }',
        { document: leva.replace('La coesione sociale', 'Un altro progetto') },
      ],
      [
        'importPoints',
        'mutation ($input: ImportPointsInput!) { importPoints(input: $input) { report { created } } }',
        { document: 'id,kind,name\ncsrc-matrice,CSRC,Matrice', format: 'CSV' },
      ],
    ];
    const state = async () =>
      (await hub.query('{ servizioCivileCalls { year } levaCivicaProjects { title } point(id: "csrc-matrice") { id } }')).body.data;
    const before = await state();
    const everywhere = bearer(await hub.tokens.editor([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    for (const [name, document, input] of imports) {
      for (const [label, headers] of await wrongTokens()) {
        const response = await hub.query(document, { input }, headers);
        expect([name, label, response.body.errors?.[0]?.extensions?.code]).toEqual([name, label, 'UNAUTHENTICATED']);
      }
      const editor = await hub.query(document, { input }, everywhere);
      expect([name, editor.body.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
    expect(await state()).toEqual(before);
  });

  it('Point.history is for admins and the point’s editors; others get an error for that field only', async () => {
    const [target] = await pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const history = await operation('PointHistory');
    for (const [headers, code] of [
      [{}, 'UNAUTHENTICATED'],
      [editor5, 'FORBIDDEN'],
    ] as const) {
      const response = await hub.query(history, { id: target.id, first: 5 }, headers);
      expect(response.body.data?.point).toMatchObject({ id: target.id, history: null });
      expect(response.body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['point.history', code]]);
    }
    const mine = await hub.query(history, { id: target.id, first: 5 }, editor2);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data?.point.history.totalCount).toBeGreaterThan(0);
  });
});

describe('audit trail', () => {
  it('pages the entries of a point newest first, with who, what, before and after', async () => {
    const [, , , target] = await pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const sub = 'ufficio-municipio-2@comune.milano.it';
    const token = bearer(await hub.tokens.editor([2], sub));
    let version = target.version;
    for (const opens of ['08:00', '09:00', '10:00']) {
      const input = {
        pointId: target.id,
        expectedVersion: version,
        hours: [{ day: 'FRIDAY', opens, closes: '12:00', activity: 'FRONT_OFFICE' }],
      };
      const response = await hub.query(await operation('SetPointHours'), { input }, token);
      version = response.body.data?.setPointOpeningHours.point.version;
    }
    const pages: {
      at: string;
      actor: string;
      action: string;
      before: { openingHours: { opens: string }[] };
      after: { openingHours: { opens: string }[] };
    }[] = [];
    let after: string | null = null;
    do {
      const response = await hub.query(await operation('PointHistory'), { id: target.id, first: 2, after }, admin);
      const history = response.body.data?.point.history;
      expect(history.totalCount).toBe(3);
      pages.push(...history.edges.map((e: { node: (typeof pages)[number] }) => e.node));
      after = history.pageInfo.hasNextPage ? history.pageInfo.endCursor : null;
    } while (after);
    expect(pages.map((p) => p.after.openingHours[0]?.opens)).toEqual(['10:00', '09:00', '08:00']);
    expect(pages.map((p) => p.before.openingHours[0]?.opens)).toEqual(['09:00', '08:00', undefined]);
    expect(pages.every((p) => p.actor === sub && p.action === 'setPointOpeningHours')).toBe(true);
    expect(Date.parse(pages[0]?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(pages[2]?.at ?? ''));
  });

  it('cannot be changed or removed, not even by the database user of the hub', async () => {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      await expect(client.query('update spazio_comune.audit_entry set actor = $1', ['x'])).rejects.toThrow(/append-only/);
      await expect(client.query('delete from spazio_comune.audit_entry')).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});

describe('recordParticipation', () => {
  it('adds to the indicator’s actual value, for admins anywhere and editors at their points', async () => {
    const actual = async () =>
      (await hub.query('{ indicators { code actual } }')).body.data?.indicators.find((i: { code: string }) => i.code === 'EECO01').actual;
    const start = await actual();
    const [target] = await pointsOf(2);
    const record = await operation('RecordParticipation');
    const response = await hub.query(
      record,
      { input: { indicatorCode: 'EECO01', pointId: target?.id, date: '2026-03-10', count: 7 } },
      editor2,
    );
    expect(response.body.data?.recordParticipation).toMatchObject({
      participation: { date: '2026-03-10', count: 7 },
      indicator: { code: 'EECO01', actual: start + 7 },
      userErrors: [],
    });
    expect(response.body.data?.recordParticipation.participation.id).toMatch(/\S/);
    const city = await hub.query(record, { input: { indicatorCode: 'EECO01', date: '2026-03-10', count: 7 } }, editor2);
    expect(city.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const bad = await hub.query(record, { input: { indicatorCode: 'NOPE', date: '2026-02-30', count: 0 } }, admin);
    expect(
      bad.body.data?.recordParticipation.userErrors.map((e: { field: string[]; code: string }) => `${e.field.join('.')} ${e.code}`),
    ).toEqual(['date INVALID_INPUT', 'count INVALID_INPUT']);
    expect(await actual()).toBe(start + 7);
  });
});

describe('special schedules', () => {
  it('adds a closure with an id, refuses validTo before validFrom, and removes it by id', async () => {
    const [, target] = await pointsOf(5);
    if (!target) throw new Error('no point in Municipio 5');
    const add = await operation('AddClosure');
    const wrong = await hub.query(
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
      editor5,
    );
    expect(wrong.body.data?.addPointSpecialSchedule.userErrors).toMatchObject([{ code: 'INVALID_INPUT', field: ['validTo'] }]);
    const added = await hub.query(
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
      editor5,
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
    const open = await hub.query('query ($id: ID!) { point(id: $id) { isOpen(at: "2027-05-05T10:00:00+02:00") } }', { id: target.id });
    expect(open.body.data?.point.isOpen).toBe(false);

    const removed = await hub.query(
      await operation('RemoveClosure'),
      { input: { specialScheduleId: payload.specialSchedule.id, expectedVersion: payload.point.version } },
      editor5,
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
    const wemi = await hub.query('{ points(first: 100, filter: { municipio: 3, kind: WEMI }) { edges { node { id version } } } }');
    const target = wemi.body.data?.points.edges[0]?.node;
    if (!target) throw new Error('no Spazio WeMi in Municipio 3');
    const checkOf = async () =>
      (await hub.query('{ compliance { rule subject passed } }')).body.data?.compliance.filter(
        (c: { subject: string; rule: string }) => c.subject.includes(target.id) && /operator/i.test(c.rule),
      );
    const set =
      'mutation ($input: SetPointOperatorsInput!) { setPointOperators(input: $input) { point { version operators { role weeklyHours } } userErrors { code field } } }';
    const one = await hub.query(
      set,
      { input: { pointId: target.id, expectedVersion: target.version, operators: [{ role: 'FRONT_OFFICE', weeklyHours: 10 }] } },
      admin,
    );
    expect(one.body.data?.setPointOperators.point.operators).toEqual([{ role: 'FRONT_OFFICE', weeklyHours: 10 }]);
    const failing = await checkOf();
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.some((c: { passed: boolean | null }) => c.passed === false)).toBe(true);
    const two = await hub.query(
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
      admin,
    );
    expect(two.body.data?.setPointOperators.userErrors).toEqual([]);
    expect((await checkOf()).every((c: { passed: boolean | null }) => c.passed === true)).toBe(true);
  });
});

describe('change feed', () => {
  it('lists the points changed strictly after an instant, oldest change first, and resumes from the last cursor', async () => {
    const since = new Date().toISOString();
    const targets = (await pointsOf(7)).slice(0, 3);
    for (const t of targets) {
      await hub.query(await operation('SetPointHours'), { input: { pointId: t.id, expectedVersion: t.version, hours: HOURS } }, admin);
    }
    const feed = await operation('PointsChangedSince');
    const seen: { id: string; updatedAt: string }[] = [];
    let after: string | null = null;
    do {
      const response = await hub.query(feed, { since, first: 1, after });
      const page = response.body.data?.pointsModifiedSince;
      expect(page.totalCount).toBe(3);
      seen.push(...page.edges.map((e: { node: { id: string; updatedAt: string } }) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (!after) after = null;
      if (!page.pageInfo.hasNextPage) {
        // Resuming from the last endCursor later finds only what changed since.
        const last = page.pageInfo.endCursor;
        const [next] = targets;
        const fresh = await point(next?.id ?? '');
        await hub.query(
          await operation('SetPointHours'),
          { input: { pointId: fresh.id, expectedVersion: fresh.version, hours: [] } },
          admin,
        );
        const resumed = await hub.query(feed, { since, first: 10, after: last });
        expect(resumed.body.data?.pointsModifiedSince.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([fresh.id]);
      }
    } while (after);
    expect(seen.map((p) => p.id)).toEqual(targets.map((t) => t.id));
    const instants = seen.map((p) => Date.parse(p.updatedAt));
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);
    expect(instants.every((t) => t > Date.parse(since))).toBe(true);
  });
});
