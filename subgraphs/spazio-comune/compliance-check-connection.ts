import type { EntityManager } from '@mikro-orm/postgresql';
import { type Connection, checkFirst, connectionType, decodeCursor, toConnection } from '../shared/connection.js';
import { badUserInput } from '../shared/errors.js';
import { tableOf } from '../shared/sql.js';
import { ComplianceCheck } from './compliance-check.js';
import {
  cityFacts,
  networkFacts,
  OPERATOR_RULE,
  OPERATOR_VERDICT,
  operatorFactsSql,
  POINT_RULES,
  POINT_VERDICTS,
  type PointRule,
  pointFactsSql,
} from './compliance-data.js';
import {
  type CheckPlace,
  ComplianceFilter,
  comparePlaces,
  hasResult,
  placeOf,
  resultSql,
  ruleIndex,
  rulesOf,
} from './compliance-filter.js';
import {
  type CityFacts,
  cityChecks,
  type NetworkFacts,
  networkChecks,
  type OperatorFacts,
  operatorCheck,
  type PointFacts,
  pointCheck,
  RULE_KIND,
  type RuleCode,
} from './compliance-rules.js';
import { PointKind } from './point.js';

export const ComplianceCheckConnection = connectionType(ComplianceCheck, 'ComplianceCheck', 'compliance check');

/** A page of checks, and how to count the whole list (for totalCount, only when asked: it judges every Spazio WeMi). */
export type ComplianceCheckPage = Omit<Connection<ComplianceCheck>, 'totalCount'> & { count(): Promise<number> };

const LIST = 'complianceChecks';

/** A check's key in its list: rule, kind and id identify it. */
export const complianceCheckKey = (c: ComplianceCheck) => `${c.rule}|${c.subjectKind}|${c.subjectId}`;

function placeAfter(after: string | null | undefined): CheckPlace | null {
  const key = decodeCursor(LIST, after);
  if (key === null) return null;
  const [rule, kind, ...id] = String(key).split('|');
  if (!(rule && rule in RULE_KIND && RULE_KIND[rule as RuleCode] === kind))
    throw badUserInput('after is not a cursor of this list.', 'after');
  return placeOf({ rule, subjectId: id.join('|') });
}

const isPointRule = (rule: RuleCode): rule is PointRule => (POINT_RULES as readonly string[]).includes(rule);

/** The SQL of the rows of one rule per Spazio WeMi or operator that the page may show: judged, filtered and keyset-paged by the database. */
function branchSql(em: EntityManager, rule: RuleCode, from: CheckPlace | null, filter: ComplianceFilter | null, limit: number) {
  const [facts, verdict, alias] = isPointRule(rule)
    ? [pointFactsSql, POINT_VERDICTS[rule], 'p']
    : [operatorFactsSql, OPERATOR_VERDICT, 'o'];
  const within = from !== null && from.rule === ruleIndex(rule);
  return {
    sql: `(select '${rule}' as rule, row_to_json(f) as facts, ${verdict.passed} as passed, ${verdict.real} as passed_real
      from (${facts(em, within ? `${alias}.id collate "C" > ?` : 'true')}) f
      where ${resultSql(verdict.passed, filter?.results)}
      order by f.id collate "C" limit ${limit})`,
    params: within ? [from.subjectId] : [],
  };
}

/**
 * One page of checks in the list's order (rule, then subject id), after the cursor: the city's and
 * the networks' checks judged on two statements of counts, and the rows of the rules per Spazio
 * WeMi and per operator in one statement that asks each rule for at most a page of rows past the
 * cursor. Three statements whatever the data holds; counting the whole list is a fourth.
 */
export async function complianceCheckPage(
  em: EntityManager,
  first: number,
  after: string | null | undefined,
  filter: ComplianceFilter | null,
): Promise<ComplianceCheckPage> {
  checkFirst(first);
  const from = placeAfter(after);
  const rules = rulesOf(filter);
  const beyond = (place: CheckPlace) => from === null || comparePlaces(place, from) > 0;
  const perRow = rules.filter((rule) => isPointRule(rule) || rule === OPERATOR_RULE);
  const branches = perRow.filter((rule) => from === null || ruleIndex(rule) >= from.rule);
  const [city, networks, rows] = await Promise.all([
    cityFacts(em),
    networkFacts(em),
    branches.length === 0 ? [] : pagedRows(em, branches, from, filter, first + 1),
  ]);
  const matches = (c: ComplianceCheck) => rules.includes(c.rule as RuleCode) && hasResult(c.passed, filter?.results);
  const allFixed = fixedChecks(city, networks).filter(matches);
  const fixed = allFixed.filter((c) => beyond(placeOf(c)));
  const page = [...fixed, ...rows].sort((a, b) => comparePlaces(placeOf(a), placeOf(b))).slice(0, first + 1);
  const { totalCount: _unused, ...connection } = toConnection(LIST, page, first, 0, complianceCheckKey, from !== null);
  return { ...connection, count: async () => allFixed.length + (await countRows(em, perRow, filter)) };
}

/** The checks of the city and the networks: a fixed number of rows. */
function fixedChecks(city: CityFacts, networks: NetworkFacts[]): ComplianceCheck[] {
  const { wemi, services } = cityChecks(city);
  return [
    wemi,
    services,
    ...networks.map(networkChecks).flatMap((n) => [n.coordinator, n.composition, ...(n.register ? [n.register] : [])]),
  ];
}

async function pagedRows(
  em: EntityManager,
  rules: RuleCode[],
  from: CheckPlace | null,
  filter: ComplianceFilter | null,
  limit: number,
): Promise<ComplianceCheck[]> {
  const branches = rules.map((rule) => branchSql(em, rule, from, filter, limit));
  const rows = await em.execute<
    { rule: RuleCode; facts: PointFacts & OperatorFacts; passed: boolean | null; passed_real: boolean | null }[]
  >(
    branches.map((b) => b.sql).join(' union all '),
    branches.flatMap((b) => b.params),
  );
  return rows.map(({ rule, facts, passed, passed_real }) => {
    const verdict = { passed, passedOnRealData: passed_real };
    return isPointRule(rule) ? pointCheck(rule, facts, verdict) : operatorCheck(facts, verdict);
  });
}

/** How many rows the rules per Spazio WeMi and per operator give under the filter: counted, or judged and counted when a result is asked for. */
async function countRows(em: EntityManager, rules: RuleCode[], filter: ComplianceFilter | null): Promise<number> {
  if (rules.length === 0) return 0;
  const results = filter?.results;
  const points = rules.filter(isPointRule);
  const pointCounts = points.map((rule) => `(count(*) filter (where ${resultSql(POINT_VERDICTS[rule].passed, results)}))`);
  const selects = [
    points.length === 0
      ? '0'
      : results == null // every Spazio WeMi gives one row per rule: no need to judge them
        ? `(select count(*) * ${points.length} from ${tableOf(em, 'point')} where kind = '${PointKind.WEMI}')`
        : `(select ${pointCounts.join(' + ')} from (${pointFactsSql(em)}) f)`,
    rules.includes(OPERATOR_RULE)
      ? `(select count(*) filter (where ${resultSql(OPERATOR_VERDICT.passed, results)}) from (${operatorFactsSql(em)}) f)`
      : '0',
  ];
  const [row] = await em.execute<{ count: number }[]>(`select (${selects.join(' + ')})::int as count`);
  return row?.count ?? 0;
}
