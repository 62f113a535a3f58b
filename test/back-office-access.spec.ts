import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { generateKeys } from '../subgraphs/shared/auth/embedded-keys.js';
import { HOURS, useBackOffice } from './support/back-office.js';
import { operation } from './support/hub.js';
import { bearer, tampered, unsigned } from './support/tokens.js';

// Who may write, and what is kept of each write: tokens and rights per Municipio, the audit trail
// and the change feed, through the gateway on a real PostgreSQL.

const office = useBackOffice('back_office_access');

describe('tokens and rights', () => {
  async function wrongTokens(): Promise<[string, Record<string, string>][]> {
    const valid = await office.hub.tokens.editor([2]);
    const other = await generateKeys();
    return [
      ['no token', {}],
      ['garbage', { authorization: 'Bearer garbage' }],
      ['not a bearer', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
      ['tampered', bearer(tampered(valid))],
      ['alg none', bearer(unsigned(await office.hub.tokens.admin()))],
      ['expired', bearer(await office.hub.tokens.sign({ ttl: Math.floor(Date.now() / 1000) - 60 }))],
      ['not yet valid', bearer(await office.hub.tokens.sign({ notBefore: Math.floor(Date.now() / 1000) + 600, ttl: '1h' }))],
      ['wrong issuer', bearer(await office.hub.tokens.sign({ issuer: 'https://idp.example.org' }))],
      ['wrong audience', bearer(await office.hub.tokens.sign({ audience: 'another-app' }))],
      ['another key', bearer(await office.hub.tokens.sign({}, other.privateJwk))],
    ];
  }

  it('every mutation refuses a missing or invalid token (UNAUTHENTICATED) and a wrong Municipio (FORBIDDEN), changing nothing', async () => {
    const [target] = await office.pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    // A special schedule to try to remove.
    await office.hub.query(
      await operation('AddClosure'),
      {
        input: {
          pointId: target.id,
          expectedVersion: (await office.point(target.id)).version,
          validFrom: '2031-08-01',
          validTo: '2031-08-31',
          closed: true,
          reason: 'Chiusura estiva',
        },
      },
      office.admin,
    );
    const before = await office.point(target.id);
    const audited = await office.historyCount(target.id);
    const indicator = async () => (await office.hub.query('{ indicators { code actual } }')).body.data?.indicators;
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
        const response = await office.hub.query(document, { input }, headers);
        expect([name, label, response.body.errors?.[0]?.extensions?.code]).toEqual([name, label, 'UNAUTHENTICATED']);
        expect(response.body.data?.[name] ?? null).toBeNull();
      }
      const forbidden = await office.hub.query(document, { input }, office.editor5);
      expect([name, forbidden.body.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
    expect(await office.point(target.id)).toEqual(before);
    expect(await office.historyCount(target.id)).toBe(audited);
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
      (await office.hub.query('{ servizioCivileCalls { year } levaCivicaProjects { title } point(id: "csrc-matrice") { id } }')).body.data;
    const before = await state();
    expect(before?.servizioCivileCalls.length).toBeGreaterThan(0);
    const everywhere = bearer(await office.hub.tokens.editor([1, 2, 3, 4, 5, 6, 7, 8, 9]));
    for (const [name, document, input] of imports) {
      for (const [label, headers] of await wrongTokens()) {
        const response = await office.hub.query(document, { input }, headers);
        expect([name, label, response.body.errors?.[0]?.extensions?.code]).toEqual([name, label, 'UNAUTHENTICATED']);
      }
      const editor = await office.hub.query(document, { input }, everywhere);
      expect([name, editor.body.errors?.[0]?.extensions?.code]).toEqual([name, 'FORBIDDEN']);
    }
    expect(await state()).toEqual(before);
  });

  it('Point.history is for admins and the point’s editors; others get an error for that field only', async () => {
    const [target] = await office.pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const history = await operation('PointHistory');
    for (const [headers, code] of [
      [{}, 'UNAUTHENTICATED'],
      [office.editor5, 'FORBIDDEN'],
    ] as const) {
      const response = await office.hub.query(history, { id: target.id, first: 5 }, headers);
      expect(response.body.data?.point).toMatchObject({ id: target.id, history: null });
      expect(response.body.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['point.history', code]]);
    }
    const mine = await office.hub.query(history, { id: target.id, first: 5 }, office.editor2);
    expect(mine.body.errors).toBeUndefined();
    expect(mine.body.data?.point.history.totalCount).toBeGreaterThan(0);
  });
});

describe('audit trail', () => {
  it('pages the entries of a point newest first, with who, what, before and after', async () => {
    const [, , , target] = await office.pointsOf(2);
    if (!target) throw new Error('no point in Municipio 2');
    const sub = 'ufficio-municipio-2@comune.milano.it';
    const token = bearer(await office.hub.tokens.editor([2], sub));
    let version = target.version;
    for (const opens of ['08:00', '09:00', '10:00']) {
      const input = {
        pointId: target.id,
        expectedVersion: version,
        hours: [{ day: 'FRIDAY', opens, closes: '12:00', activity: 'FRONT_OFFICE' }],
      };
      const response = await office.hub.query(await operation('SetPointHours'), { input }, token);
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
      const response = await office.hub.query(await operation('PointHistory'), { id: target.id, first: 2, after }, office.admin);
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
    const client = new pg.Client({ connectionString: office.databaseUrl });
    await client.connect();
    try {
      await expect(client.query('update spazio_comune.audit_entry set actor = $1', ['x'])).rejects.toThrow(/append-only/);
      await expect(client.query('delete from spazio_comune.audit_entry')).rejects.toThrow(/append-only/);
    } finally {
      await client.end();
    }
  });
});

describe('change feed', () => {
  it('lists the points changed strictly after an instant, oldest change first, and resumes from the last cursor', async () => {
    const since = new Date().toISOString();
    const targets = (await office.pointsOf(7)).slice(0, 3);
    for (const t of targets) {
      await office.hub.query(
        await operation('SetPointHours'),
        { input: { pointId: t.id, expectedVersion: t.version, hours: HOURS } },
        office.admin,
      );
    }
    const feed = await operation('PointsChangedSince');
    const seen: { id: string; updatedAt: string }[] = [];
    let after: string | null = null;
    do {
      const response = await office.hub.query(feed, { since, first: 1, after });
      const page = response.body.data?.pointsModifiedSince;
      expect(page.totalCount).toBe(3);
      seen.push(...page.edges.map((e: { node: { id: string; updatedAt: string } }) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      if (!after) after = null;
      if (!page.pageInfo.hasNextPage) {
        // Resuming from the last endCursor later finds only what changed since.
        const last = page.pageInfo.endCursor;
        const [next] = targets;
        const fresh = await office.point(next?.id ?? '');
        await office.hub.query(
          await operation('SetPointHours'),
          { input: { pointId: fresh.id, expectedVersion: fresh.version, hours: [] } },
          office.admin,
        );
        const resumed = await office.hub.query(feed, { since, first: 10, after: last });
        expect(resumed.body.data?.pointsModifiedSince.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([fresh.id]);
      }
    } while (after);
    expect(seen.map((p) => p.id)).toEqual(targets.map((t) => t.id));
    const instants = seen.map((p) => Date.parse(p.updatedAt));
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);
    expect(instants.every((t) => t > Date.parse(since))).toBe(true);
  });
});
