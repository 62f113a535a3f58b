import { createUnionType, registerEnumType } from 'type-graphql';
import { City } from './city.js';
import { Operator } from './operator.js';
import { Point } from './point.js';
import { SpazioComune } from './spazio-comune.js';

/** What a rule of the technical sheets is judged for, as a kind and an id that lead to it. */

export enum ComplianceSubjectKind {
  CITY = 'CITY',
  NETWORK = 'NETWORK',
  POINT = 'POINT',
  OPERATOR = 'OPERATOR',
}
registerEnumType(ComplianceSubjectKind, {
  name: 'ComplianceSubjectKind',
  description: 'The kind of subject a rule of the technical sheets is judged for.',
  valuesConfig: {
    CITY: { description: 'The city as a whole (subjectId "Milano").' },
    NETWORK: { description: 'A municipal network (subjectId its code, "SPAZIO COMUNE.N").' },
    POINT: { description: 'A point, CSRC or Spazio WeMi (subjectId the point id).' },
    OPERATOR: { description: 'An operator (subjectId the operator’s key).' },
  },
});

export interface Subject {
  kind: ComplianceSubjectKind;
  id: string;
  /** How the report names it ("Milano", "SPAZIO COMUNE.1", "Spazio WeMi … (id)", "operatore … (…)"). */
  label: string;
}

export const subjectOf = (kind: ComplianceSubjectKind, id: string, label: string): Subject => ({ kind, id, label });

export const ComplianceSubject = createUnionType({
  name: 'ComplianceSubject',
  description: 'What a rule is judged for: the city, a municipal network, a point or an operator.',
  types: () => [City, SpazioComune, Point, Operator] as const,
  resolveType: (value) => {
    if (value instanceof Point) return Point;
    if (value instanceof SpazioComune) return SpazioComune;
    if (value instanceof Operator) return Operator;
    return City;
  },
});
