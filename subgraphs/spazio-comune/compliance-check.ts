import { Field, ID, ObjectType } from 'type-graphql';
import { FigureBasis } from '../shared/figure-basis.js';
import { Source } from '../shared/source.js';
import { ComplianceSubjectKind } from './compliance-subject.js';

@ObjectType('ComplianceCheck', {
  description: 'One rule of the technical sheets judged for one subject (the city, a network, a point or an operator).',
})
export class ComplianceCheck {
  @Field(() => String, { description: 'The code of the rule, e.g. "WEMI_MINIMO_20".' })
  rule!: string;

  @Field(() => String, { description: 'The rule in the words of the sheet.' })
  description!: string;

  @Field(() => String, { description: 'Where the sheet sets the rule.' })
  section!: string;

  @Field(() => Source, { description: 'Where the rule came from: the technical sheets and the section that sets it.' })
  source!: Source;

  @Field(() => String, {
    description: 'What the rule was judged for, as a label to show: "Milano", "SPAZIO COMUNE.N", a point or an operator.',
  })
  subject!: string;

  @Field(() => ComplianceSubjectKind, { description: 'The kind of subject the rule was judged for.' })
  subjectKind!: ComplianceSubjectKind;

  @Field(() => ID, {
    description:
      'The id of the subject: "Milano" for the city, the network code ("SPAZIO COMUNE.1"), the point id or the operator’s key; with subjectKind it identifies the subject.',
  })
  subjectId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the rule is met; null ("not known") when the subject has no data on record to judge it. With the demo data set on, demo records take part: see includesDemo and passedOnRealData.',
  })
  passed!: boolean | null;

  @Field(() => String, { description: 'What the judgement rests on.' })
  detail!: string;

  @Field(() => Boolean, {
    description: 'Whether records of the demo data set took part in the judgement (or the subject is itself a demo record).',
  })
  includesDemo!: boolean;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'The same rule judged on real records alone, as the hub answers without the demo data set; null when that is not known (no real data on record) or the subject is a demo record.',
  })
  passedOnRealData!: boolean | null;

  @Field(() => FigureBasis, {
    nullable: true,
    description:
      'The measure the rule compares (points, hours, operators, services), with its real and demo parts; null for rules that compare no number.',
  })
  measureBasis!: FigureBasis | null;
}
