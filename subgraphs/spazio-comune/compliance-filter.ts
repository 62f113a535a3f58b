import { Field, InputType, registerEnumType } from 'type-graphql';
import { badUserInput } from '../shared/errors.js';
import { ComplianceCheck } from './compliance-check.js';
import { RULES } from './compliance-rules.js';
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

const resultOf = (check: ComplianceCheck) =>
  check.passed === null ? ComplianceResult.UNKNOWN : check.passed ? ComplianceResult.PASSED : ComplianceResult.FAILED;

const ruleOrder = new Map(Object.keys(RULES).map((code, i) => [code, i]));
const KIND_ORDER = Object.values(ComplianceSubjectKind);

/** The checks that match the filter, by rule (in the order of the technical sheets), then kind of subject, then subject id. */
export function filterAndOrder(checks: ComplianceCheck[], filter: ComplianceFilter | null | undefined): ComplianceCheck[] {
  const { subjectKinds, results, rules } = filter ?? {};
  const unknown = (rules ?? []).filter((rule) => !ruleOrder.has(rule));
  if (unknown.length > 0)
    throw badUserInput(`filter.rules: no rule ${unknown.join(', ')}; the rules are ${[...ruleOrder.keys()].join(', ')}.`, 'filter');
  return checks
    .filter(
      (c) =>
        (subjectKinds == null || subjectKinds.includes(c.subjectKind)) &&
        (results == null || results.includes(resultOf(c))) &&
        (rules == null || rules.includes(c.rule)),
    )
    .sort(
      (a, b) =>
        (ruleOrder.get(a.rule) ?? 0) - (ruleOrder.get(b.rule) ?? 0) ||
        KIND_ORDER.indexOf(a.subjectKind) - KIND_ORDER.indexOf(b.subjectKind) ||
        (a.subjectId < b.subjectId ? -1 : a.subjectId > b.subjectId ? 1 : 0),
    );
}
