import type { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { subgraphs } from '../subgraphs/index.js';
import { prepareDatabase } from '../subgraphs/shared/server.js';
import type { ComplianceCheck } from '../subgraphs/spazio-comune/compliance-check.js';
import { complianceCheckPage } from '../subgraphs/spazio-comune/compliance-check-connection.js';
import { complianceList } from '../subgraphs/spazio-comune/compliance-data.js';
import { type ComplianceFilter, ComplianceResult } from '../subgraphs/spazio-comune/compliance-filter.js';
import { RULES } from '../subgraphs/spazio-comune/compliance-rules.js';
import { ComplianceSubjectKind } from '../subgraphs/spazio-comune/compliance-subject.js';
import { evaluateCompliance, referenceData } from './support/compliance-reference.js';
import { scratchDatabase } from './support/scratch-database.js';

// The compliance report judged in SQL gives, row for row, what the rules judged in JavaScript over
// every subject gave (test/support/compliance-reference.ts): on the seed, and on data varied to sit
// on every edge (demo and real mixed, hours at 899 and 900 minutes, operators without front-office
// hours, ids that sort differently by collation). Its pages cost the same SQL statements, read from
// the indexes, whatever the number of points.

let database: Awaited<ReturnType<typeof scratchDatabase>>;
let orm: MikroORM;
const sent: { sql: string; params: readonly unknown[] }[] = [];

beforeAll(async () => {
  const definition = subgraphs.find((s) => s.name === 'spazio-comune');
  if (!definition) throw new Error('no spazio-comune subgraph');
  database = await scratchDatabase(inject('databaseUrl'), 'compliance_sql');
  orm = await prepareDatabase(definition, {
    databaseUrl: database.url,
    demoData: true,
    orm: {
      onQuery: (sql, params) => {
        sent.push({ sql, params });
        return sql;
      },
    },
  });
});
afterAll(async () => {
  await orm?.close();
  await database?.drop();
});

const KINDS = Object.values(ComplianceSubjectKind);
const RULE_ORDER = Object.keys(RULES);
const resultOf = (passed: boolean | null) =>
  passed === null ? ComplianceResult.UNKNOWN : passed ? ComplianceResult.PASSED : ComplianceResult.FAILED;

/** The list as the hub filtered and ordered it in memory. */
function referenceList(checks: ComplianceCheck[], filter: ComplianceFilter | null): ComplianceCheck[] {
  return checks
    .filter(
      (c) =>
        (filter?.subjectKinds == null || filter.subjectKinds.includes(c.subjectKind)) &&
        (filter?.results == null || filter.results.includes(resultOf(c.passed))) &&
        (filter?.rules == null || filter.rules.includes(c.rule)),
    )
    .sort(
      (a, b) =>
        RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) ||
        KINDS.indexOf(a.subjectKind) - KINDS.indexOf(b.subjectKind) ||
        (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0),
    );
}

/** Every page of a filtered list, `first` at a time, and its totalCount. */
async function allPages(filter: ComplianceFilter | null, first: number) {
  const rows: ComplianceCheck[] = [];
  let after: string | null = null;
  let totalCount = -1;
  for (let pages = 0; pages < 1000; pages++) {
    const page = await complianceCheckPage(orm.em.fork(), first, after, filter);
    totalCount = await page.count();
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { rows, totalCount };
}

const FILTERS: (ComplianceFilter | null)[] = [
  null,
  { results: [ComplianceResult.FAILED] },
  {
    results: [ComplianceResult.UNKNOWN, ComplianceResult.PASSED],
    subjectKinds: [ComplianceSubjectKind.POINT, ComplianceSubjectKind.NETWORK],
  },
  { rules: ['OPERATORE_20_ORE', 'WEMI_MINIMO_20', 'EDUCAZIONE_DIGITALE_5_ORE'] },
  { subjectKinds: [ComplianceSubjectKind.OPERATOR], results: [ComplianceResult.FAILED, ComplianceResult.UNKNOWN] },
  { results: [] },
];

/**
 * The deprecated list of `max` rows made from the whole report: the city's first row, the rows of the
 * points and their operators up to what is left, then every network's and the shared services', which
 * a bound never cuts.
 */
function listOf(reference: ComplianceCheck[], max: number): ComplianceCheck[] {
  const ofPoints = (c: ComplianceCheck) =>
    c.subjectKind === ComplianceSubjectKind.POINT || c.subjectKind === ComplianceSubjectKind.OPERATOR;
  const last = reference.findLastIndex(ofPoints);
  const tail = reference.slice(last + 1);
  expect(tail.some(ofPoints)).toBe(false);
  return [...reference.slice(0, 1), ...reference.slice(1, last + 1).slice(0, Math.max(0, max - 1 - tail.length)), ...tail];
}

async function expectSameAsReference() {
  const reference = evaluateCompliance(await referenceData(orm.em.fork()));
  expect(await complianceList(orm.em.fork(), 1000)).toEqual(listOf(reference, 1000));
  // Cut inside the points, where a Spazio WeMi's rows and its operators' follow one another; every network's rows kept.
  const cut = await complianceList(orm.em.fork(), 30);
  expect(cut).toEqual(listOf(reference, 30));
  expect(cut).toHaveLength(30);
  const coordinators = (list: ComplianceCheck[]) => list.filter((c) => c.rule === 'COORDINATORE_PER_RETE');
  expect(coordinators(cut)).toEqual(coordinators(reference));
  expect(coordinators(cut).length).toBeGreaterThanOrEqual(9);
  for (const filter of FILTERS) {
    const expected = referenceList(reference, filter);
    const { rows, totalCount } = await allPages(filter, 7);
    expect(rows, JSON.stringify(filter)).toEqual(expected);
    expect(totalCount, JSON.stringify(filter)).toBe(expected.length);
  }
  return reference;
}

/** Varies the seed: copies of the Spazi WeMi under ids that sort apart by collation, demo and real swapped, names dropped; edge hours and operators. */
async function vary() {
  const em = orm.em.fork();
  const t = (table: string) => `spazio_comune.${table}`;
  for (const [prefix, change] of [
    ['Copy-A-', `'source_demo', not t.source_demo`],
    ['copy-b-', `'name', null`],
    ['Écopy-', `'source_demo', false`],
  ] as const) {
    await em.execute(
      `insert into ${t('point')} select (jsonb_populate_record(null::${t('point')}, to_jsonb(t) || jsonb_build_object('id', '${prefix}' || t.id, ${change}))).* from ${t('point')} t where t.kind = 'WEMI' and t.id not like 'copy%' and t.id not like 'Copy%' and t.id not like 'Écopy%'`,
    );
    // The first copies' hours turn demo, the others keep theirs; operators go with their point.
    await em.execute(
      `insert into ${t('opening_hours')} select (jsonb_populate_record(null::${t('opening_hours')}, to_jsonb(h) || jsonb_build_object('id', '${prefix}' || h.id, 'point_id', '${prefix}' || h.point_id${prefix === 'Copy-A-' ? `, 'source_demo', true` : ''}))).* from ${t('opening_hours')} h where exists (select 1 from ${t('point')} p where p.id = '${prefix}' || h.point_id)`,
    );
    await em.execute(
      `insert into ${t('operator')} select (jsonb_populate_record(null::${t('operator')}, to_jsonb(o) || jsonb_build_object('id', '${prefix}' || o.id, 'point_id', '${prefix}' || o.point_id))).* from ${t('operator')} o where exists (select 1 from ${t('point')} p where p.id = '${prefix}' || o.point_id)`,
    );
  }
  const point = (id: string, demo: boolean) =>
    em.execute(`insert into ${t('point')} (id, kind, name, source_document, source_demo) values (?, 'WEMI', ?, 'prova', ?)`, [
      id,
      `Punto ${id}`,
      demo,
    ]);
  const hours = (pointId: string, n: number, opens: string, closes: string, activity: string, demo = false) =>
    em.execute(
      `insert into ${t('opening_hours')} (id, point_id, day, opens, closes, activity, source_document, source_demo) values (?, ?, 'MONDAY', ?, ?, ?, 'prova', ?)`,
      [`${pointId}-h${n}`, pointId, opens, closes, activity, demo],
    );
  const operator = (id: string, pointId: string | null, role: string, weekly: number, front: number | null, demo = false) =>
    em.execute(
      `insert into ${t('operator')} (id, network_code, point_id, role, weekly_hours, front_office_hours, source_document, source_demo) values (?, 'SPAZIO COMUNE.2', ?, ?, ?, ?, 'prova', ?)`,
      [id, pointId, role, weekly, front, demo],
    );
  // 899 and 900 minutes of front office; 299 and 300 of digital education; one interval over midnight.
  await point('edge-899', false);
  await hours('edge-899', 1, '09:00', '15:00', 'FRONT_OFFICE');
  await hours('edge-899', 2, '22:00', '02:00', 'FRONT_OFFICE');
  await hours('edge-899', 3, '09:00', '13:59', 'DIGITAL_EDUCATION', true);
  await point('edge-900', false);
  await hours('edge-900', 1, '09:00', '14:00', 'FRONT_OFFICE');
  await hours('edge-900', 2, '22:00', '02:00', 'FRONT_OFFICE', true);
  await hours('edge-900', 3, '09:00', '15:00', 'DIGITAL_EDUCATION');
  await hours('edge-900', 4, '09:00', '10:00', 'OTHER');
  await point('edge-other-only', true);
  await hours('edge-other-only', 1, '09:00', '10:00', 'OTHER');
  await operator('edge-op-none', 'edge-899', 'FRONT_OFFICE', 20, null);
  await operator('edge-op-19', 'edge-899', 'FRONT_OFFICE', 19.99, null, true);
  await operator('edge-op-tie', 'edge-900', 'FRONT_OFFICE', 20.125, 14.995);
  await operator('edge-op-coord', 'edge-900', 'COORDINATOR', 36, null, true);
  await operator('edge-op-network', null, 'MUNICIPIO_TECHNICIAN', 10, null);
  // A second network in a Municipio that has one: a point there is still counted once.
  await em.execute(
    `insert into ${t('network')} (code, municipio_number, source_document) select 'SPAZIO COMUNE.2 bis', municipio_number, 'prova' from ${t('network')} where code = 'SPAZIO COMUNE.2'`,
  );
  await em.execute(
    `insert into ${t('shared_service')} (id, name, area, source_document, source_demo) values ('edge-s', 'prova', 'SOCIAL_HEALTH', 'prova', true)`,
  );
}

/** The statements one run sends. */
async function statements(run: () => Promise<unknown>) {
  sent.length = 0;
  await run();
  return sent.length;
}

const pageAndCount = async () => {
  const page = await complianceCheckPage(orm.em.fork(), 20, null, { results: [ComplianceResult.FAILED] });
  await page.count();
};

describe('the compliance report judged in SQL', () => {
  let before: { list: number; page: number };

  it('gives on the seed what the rules judged in JavaScript gave, in every list, page and count', async () => {
    const reference = await expectSameAsReference();
    expect(new Set(reference.map((c) => c.passed))).toEqual(new Set([true, false, null]));
    before = { list: await statements(() => complianceList(orm.em.fork(), 1000)), page: await statements(pageAndCount) };
  });

  it('gives the same on data varied to sit on every edge, hours judged in whole minutes', async () => {
    await vary();
    const reference = await expectSameAsReference();
    const row = (rule: string, subjectId: string) => reference.find((c) => c.rule === rule && c.subjectId === subjectId);
    expect(row('FRONT_OFFICE_15_ORE', 'edge-899')).toMatchObject({ passed: false, detail: '14.98 h di front office a settimana.' });
    expect(row('FRONT_OFFICE_15_ORE', 'edge-900')).toMatchObject({ passed: true, passedOnRealData: false });
    expect(row('EDUCAZIONE_DIGITALE_5_ORE', 'edge-899')).toMatchObject({ passed: false, passedOnRealData: false, includesDemo: true });
    expect(row('EDUCAZIONE_DIGITALE_5_ORE', 'edge-900')).toMatchObject({ passed: true });
    expect(row('OPERATORE_20_ORE', 'edge-op-none')).toMatchObject({ passed: null });
    expect(row('OPERATORE_20_ORE', 'edge-op-tie')).toMatchObject({
      passed: false,
      detail: '20.13 h a settimana, 14.99 h di front office.',
    });
  });

  it('sends the same statements at ten times the Spazi WeMi, and reads a page from the indexes', async () => {
    const em = orm.em.fork();
    for (let copy = 1; copy <= 10; copy++) {
      const prefix = `grown-${copy}-`;
      await em.execute(
        `insert into spazio_comune.point select (jsonb_populate_record(null::spazio_comune.point, to_jsonb(t) || jsonb_build_object('id', '${prefix}' || t.id))).* from spazio_comune.point t where t.kind = 'WEMI' and t.id not like 'grown-%'`,
      );
      await em.execute(
        `insert into spazio_comune.opening_hours select (jsonb_populate_record(null::spazio_comune.opening_hours, to_jsonb(h) || jsonb_build_object('id', '${prefix}' || h.id, 'point_id', '${prefix}' || h.point_id))).* from spazio_comune.opening_hours h where exists (select 1 from spazio_comune.point p where p.id = '${prefix}' || h.point_id)`,
      );
      await em.execute(
        `insert into spazio_comune.operator select (jsonb_populate_record(null::spazio_comune.operator, to_jsonb(o) || jsonb_build_object('id', '${prefix}' || o.id, 'point_id', '${prefix}' || o.point_id))).* from spazio_comune.operator o where exists (select 1 from spazio_comune.point p where p.id = '${prefix}' || o.point_id)`,
      );
    }
    expect(await statements(() => complianceList(orm.em.fork(), 1000))).toBe(before.list);
    expect(await statements(pageAndCount)).toBe(before.page);
    expect(before.list).toBeLessThanOrEqual(4);
    expect(before.page).toBeLessThanOrEqual(4);
    // The page's rows of every rule per Spazio WeMi and operator, read in the order of the indexes and cut at the page.
    sent.length = 0;
    await complianceCheckPage(orm.em.fork(), 20, null, { results: [ComplianceResult.FAILED] });
    const statement = sent.find((s) => s.sql.includes('union all'));
    if (!statement) throw new Error('no page statement');
    await em.execute('analyze spazio_comune.point, spazio_comune.opening_hours, spazio_comune.operator');
    const plan = await orm.em.fork().transactional(async (tx) => {
      await tx.execute('set local enable_seqscan = off');
      const rows: Record<string, string>[] = await tx.execute(`explain ${statement.sql}`, [...statement.params]);
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('point_wemi_id_index');
    expect(plan).toContain('operator_front_office_id_index');
    expect(plan).not.toMatch(/Sort/);
  });
});
