import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import type { ComplianceCheck } from './compliance-check.js';
import {
  type CityFacts,
  cityChecks,
  type NetworkFacts,
  networkChecks,
  type OperatorFacts,
  operatorCheck,
  type PointFacts,
  pointCheck,
  type RuleCode,
  type Verdict,
} from './compliance-rules.js';
import { Activity } from './opening-hours.js';
import { OperatorRole } from './operator.js';
import { PointKind } from './point.js';
import { intervalMinutesSql } from './schedule.js';

/**
 * The rules of the technical sheets judged in SQL. The rules per Spazio WeMi and per operator are
 * judged by the database row by row (so a page filtered by result is read in the order of an
 * index, and stops when full); the rules of the city and the nine networks are judged here on the
 * database's counts (a fixed number of rows). Hours are judged in whole minutes, so 14 h 59 min is
 * never 15 h. The enum literals written into the SQL are the code's own constants, never input.
 */

/** The rules judged per Spazio WeMi, and the one per operator. */
export const POINT_RULES = ['FRONT_OFFICE_15_ORE', 'EDUCAZIONE_DIGITALE_5_ORE', 'OPERATORI_MINIMO_2'] as const satisfies RuleCode[];
export type PointRule = (typeof POINT_RULES)[number];
export const OPERATOR_RULE = 'OPERATORE_20_ORE' satisfies RuleCode;

/** A rule's verdict as SQL over the facts `f`: on all records, and on real records alone (null for a demo subject). */
interface VerdictSql {
  passed: string;
  real: string;
}

const minimum = (count: string, real: string, demo: string, least: number): VerdictSql => ({
  passed: `(case when f.${count}_real + f.${count}_demo = 0 then null else f.${real} + f.${demo} >= ${least} end)`,
  real: `(case when f.demo or f.${count}_real = 0 then null else f.${real} >= ${least} end)`,
});

export const POINT_VERDICTS: Record<PointRule, VerdictSql> = {
  FRONT_OFFICE_15_ORE: minimum('hours', 'front_real', 'front_demo', 15 * 60),
  EDUCAZIONE_DIGITALE_5_ORE: minimum('hours', 'digital_real', 'digital_demo', 5 * 60),
  OPERATORI_MINIMO_2: minimum('operators', 'front_office_real', 'front_office_demo', 2),
};

const operatorPassed = `(case when f.weekly_hours < 20 then false when f.front_office_hours is null then null else f.front_office_hours >= 15 end)`;
export const OPERATOR_VERDICT: VerdictSql = {
  passed: operatorPassed,
  real: `(case when f.point_demo or f.demo then null else ${operatorPassed} end)`,
};

/**
 * The facts of the Spazi WeMi (the columns of PointFacts), `where` a condition on `p`: each point's
 * intervals and operators summed by a lateral subquery on their point index, so a query that reads
 * twenty points sums the hours of twenty points.
 */
export function pointFactsSql(em: EntityManager, where = 'true'): string {
  const minutes = intervalMinutesSql('h');
  const front = `h.activity in ('${Activity.FRONT_OFFICE}', '${Activity.DIGITAL_EDUCATION}')`;
  const digital = `h.activity = '${Activity.DIGITAL_EDUCATION}'`;
  const sum = (condition: string, demo: boolean) =>
    `(coalesce(sum(h.minutes) filter (where ${condition} and ${demo ? '' : 'not '}h.source_demo), 0))::int`;
  const frontOffice = `o.role = '${OperatorRole.FRONT_OFFICE}'`;
  return `select p.id, p.name, p.source_demo as demo, h.*, o.*
    from ${tableOf(em, 'point')} p
    cross join lateral (select (count(*) filter (where not h.source_demo))::int as hours_real,
        (count(*) filter (where h.source_demo))::int as hours_demo,
        ${sum(front, false)} as front_real, ${sum(front, true)} as front_demo,
        ${sum(digital, false)} as digital_real, ${sum(digital, true)} as digital_demo
      -- each interval's minutes worked out once (offset 0 keeps the subquery, so the sums read a column)
      from (select h.source_demo, h.activity, ${minutes} as minutes
        from ${tableOf(em, 'opening_hours')} h where h.point_id = p.id offset 0) h) h
    cross join lateral (select (count(*) filter (where not o.source_demo))::int as operators_real,
        (count(*) filter (where o.source_demo))::int as operators_demo,
        (count(*) filter (where ${frontOffice} and not o.source_demo))::int as front_office_real,
        (count(*) filter (where ${frontOffice} and o.source_demo))::int as front_office_demo
      from ${tableOf(em, 'operator')} o where o.point_id = p.id) o
    where p.kind = '${PointKind.WEMI}' and ${where}`;
}

/** The front-office operators of the Spazi WeMi (the columns of OperatorFacts), `where` a condition on `o` and `p`. */
export function operatorFactsSql(em: EntityManager, where = 'true'): string {
  return `select o.id, o.point_id, p.name as point_name, p.source_demo as point_demo, o.source_demo as demo,
      o.weekly_hours, o.front_office_hours
    from ${tableOf(em, 'operator')} o join ${tableOf(em, 'point')} p on p.id = o.point_id
    where p.kind = '${PointKind.WEMI}' and o.role = '${OperatorRole.FRONT_OFFICE}' and ${where}`;
}

/** The city's counts: Spazi WeMi real and demo (an index-only count), shared services per area. */
export async function cityFacts(em: EntityManager): Promise<CityFacts> {
  const [row] = await em.execute<CityFacts[]>(
    `select (select count(*) from ${tableOf(em, 'point')} where kind = ? and not source_demo)::int as wemi_real,
       (select count(*) from ${tableOf(em, 'point')} where kind = ? and source_demo)::int as wemi_demo,
       coalesce((select json_agg(s) from (select area, source_demo as demo, count(*)::int as count
         from ${tableOf(em, 'shared_service')} group by 1, 2) s), '[]') as services`,
    [PointKind.WEMI, PointKind.WEMI],
  );
  return row as CityFacts;
}

/**
 * Each network and, per role and real or demo, whether it has such operators (how many, for
 * coordinators): index probes on (network_code, role, source_demo), not a scan of every operator.
 */
export async function networkFacts(em: EntityManager): Promise<NetworkFacts[]> {
  const rows = await em.execute<(Omit<NetworkFacts, 'roles'> & NetworkFacts['roles'][number])[]>(
    `select n.code, n.family_assistant_register as register, r.role, d.demo,
       (select count(*) from (select 1 from ${tableOf(em, 'operator')} o
          where o.network_code = n.code and o.role = r.role and o.source_demo = d.demo
          limit case when r.role = ? then null else 1 end) x)::int as count
     from ${tableOf(em, 'network')} n
     cross join unnest(array[?]::${tableOf(em, 'operator_role')}[]) r(role)
     cross join (values (false), (true)) d(demo)
     order by n.code`,
    [OperatorRole.COORDINATOR, Object.values(OperatorRole)],
  );
  const networks = new Map<string, NetworkFacts>();
  for (const { code, register, role, demo, count } of rows) {
    const network = networks.get(code) ?? { code, register, roles: [] };
    network.roles.push({ role, demo, count });
    networks.set(code, network);
  }
  return [...networks.values()];
}

/** The verdict columns of a row: `<rule>` and `<rule>_real`. */
const verdictColumns = (rule: string, v: VerdictSql) => `${v.passed} as "${rule}", ${v.real} as "${rule}_real"`;
const verdictOf = (row: Record<string, unknown>, rule: string): Verdict => ({
  passed: row[rule] as boolean | null,
  passedOnRealData: row[`${rule}_real`] as boolean | null,
});

/**
 * The report in its own order, as the deprecated list gives it, up to `max` rows: the city's count
 * of Spazi WeMi; each Spazio WeMi by id (as code units, as complianceChecks orders them) with its
 * rules and its operators' (by id); each network; the register; the shared services. The rows of the
 * city and the networks are always in it (about twenty); the Spazi WeMi's fill what is left, cut
 * where the bound falls. A Spazio WeMi gives at least three rows, so the first ⌈(max − 1) / 3⌉ of
 * them are all the list can show: four statements, whatever the points.
 */
export async function complianceList(em: EntityManager, max: number): Promise<ComplianceCheck[]> {
  const points = Math.ceil((max - 1) / 3);
  const pointVerdicts = POINT_RULES.map((rule) => verdictColumns(rule, POINT_VERDICTS[rule])).join(', ');
  const [city, networks, pointRows, operatorRows] = await Promise.all([
    cityFacts(em),
    networkFacts(em),
    em.execute<(PointFacts & Record<string, unknown>)[]>(
      `select f.*, ${pointVerdicts} from (${pointFactsSql(em)}) f order by f.id collate "C" limit ${points}`,
    ),
    // The operators of those points, each point's read on its index (not every operator, then a hash).
    em.execute<(OperatorFacts & Record<string, unknown>)[]>(
      `select f.*, ${verdictColumns(OPERATOR_RULE, OPERATOR_VERDICT)}
       from (select id from ${tableOf(em, 'point')} where kind = '${PointKind.WEMI}' order by id collate "C" limit ${points}) listed
       cross join lateral (${operatorFactsSql(em, 'o.point_id = listed.id')}) f
       order by f.id collate "C"`,
    ),
  ]);
  const operatorsOf = groupBy(operatorRows, (o) => o.point_id);
  const { wemi, services } = cityChecks(city);
  const perNetwork = networks.map(networkChecks);
  const networkRows = [
    ...perNetwork.flatMap((n) => [n.coordinator, n.composition]),
    ...perNetwork.flatMap((n) => (n.register ? [n.register] : [])),
    services,
  ];
  const pointChecks = pointRows.flatMap((p) => [
    ...POINT_RULES.map((rule) => pointCheck(rule, p, verdictOf(p, rule))),
    ...(operatorsOf.get(p.id) ?? []).map((o) => operatorCheck(o, verdictOf(o, OPERATOR_RULE))),
  ]);
  return [wemi, ...pointChecks.slice(0, Math.max(0, max - 1 - networkRows.length)), ...networkRows];
}
