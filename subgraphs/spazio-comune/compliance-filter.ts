import { Field, InputType, registerEnumType } from 'type-graphql';
import { badUserInput } from '../shared/errors.js';
import type { ComplianceCheck } from './compliance-check.js';
import { RULE_KIND, RULES, type RuleCode } from './compliance-rules.js';
import { ComplianceSubjectKind } from './compliance-subject.js';

/** Which compliance checks a list keeps, in a stable order a client can rely on. */

export enum ComplianceResult {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(ComplianceResult, {
  name: 'ComplianceResult',
  description: 'The outcome of a compliance check.',
  valuesConfig: {
    PASSED: { description: 'The rule is met (passed is true).' },
    FAILED: { description: 'The rule is missed (passed is false).' },
    UNKNOWN: { description: 'The data needed to judge is missing (passed is null).' },
  },
});

@InputType('ComplianceFilter', { description: 'Which compliance checks to list; every field given must match.' })
export class ComplianceFilter {
  @Field(() => [ComplianceSubjectKind], { nullable: true, description: 'Only checks of subjects of these kinds.' })
  subjectKinds?: ComplianceSubjectKind[] | null;

  @Field(() => [ComplianceResult], { nullable: true, description: 'Only checks with these results, e.g. [FAILED, UNKNOWN].' })
  results?: ComplianceResult[] | null;

  @Field(() => [String], { nullable: true, description: 'Only checks of these rules, by code (e.g. "FRONT_OFFICE_15_ORE").' })
  rules?: string[] | null;
}

const ruleOrder = new Map(Object.keys(RULES).map((code, i) => [code, i]));

/** The rules a filter keeps, in the order of the technical sheets (each rule is judged for one kind of subject). */
export function rulesOf(filter: ComplianceFilter | null | undefined): RuleCode[] {
  const { subjectKinds, rules } = filter ?? {};
  const unknown = (rules ?? []).filter((rule) => !ruleOrder.has(rule));
  if (unknown.length > 0)
    throw badUserInput(`filter.rules: no rule ${unknown.join(', ')}; the rules are ${[...ruleOrder.keys()].join(', ')}.`, 'filter');
  return (Object.keys(RULES) as RuleCode[]).filter(
    (rule) => (subjectKinds == null || subjectKinds.includes(RULE_KIND[rule])) && (rules == null || rules.includes(rule)),
  );
}

const resultOf = (passed: boolean | null) =>
  passed === null ? ComplianceResult.UNKNOWN : passed ? ComplianceResult.PASSED : ComplianceResult.FAILED;

/** Whether a verdict has one of the results (all results when none is given). */
export const hasResult = (passed: boolean | null, results: ComplianceResult[] | null | undefined) =>
  results == null || results.includes(resultOf(passed));

/** The same as SQL, over a verdict expression that is true, false or null. */
export function resultSql(passed: string, results: ComplianceResult[] | null | undefined): string {
  if (results == null) return 'true';
  const is = { [ComplianceResult.PASSED]: 'true', [ComplianceResult.FAILED]: 'false', [ComplianceResult.UNKNOWN]: 'null' };
  return results.length === 0 ? 'false' : `(${results.map((r) => `${passed} is ${is[r]}`).join(' or ')})`;
}

/** The place of a check in every list: by rule in the order of the sheets, then by subject id (as code units, like SQL's "C" collation). */
export interface CheckPlace {
  rule: number;
  subjectId: string;
}

/** The place of a rule in the order of the technical sheets. */
export const ruleIndex = (rule: string) => ruleOrder.get(rule) ?? 0;

export const placeOf = (check: Pick<ComplianceCheck, 'rule' | 'subjectId'>): CheckPlace => ({
  rule: ruleIndex(check.rule),
  subjectId: check.subjectId,
});

export const comparePlaces = (a: CheckPlace, b: CheckPlace) =>
  a.rule - b.rule || (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0);
