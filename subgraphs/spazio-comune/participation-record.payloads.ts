import { Directive, Field, ObjectType } from 'type-graphql';
import { UserError } from '../shared/user-error.js';
import { Indicator } from './indicator.js';
import { ParticipationRecord } from './participation-record.js';

@ObjectType('RecordParticipationPayload', { description: 'The participation recorded and its indicator, or why nothing changed.' })
export class RecordParticipationPayload {
  @Field(() => ParticipationRecord, { nullable: true, description: 'The record added; null when there are user errors.' })
  participation: ParticipationRecord | null = null;

  @Field(() => Indicator, { nullable: true, description: 'The indicator, whose actual value now counts the record.' })
  indicator: Indicator | null = null;

  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [UserError], { description: 'What was wrong with the input; empty when the change was made.' })
  userErrors: UserError[] = [];
}
