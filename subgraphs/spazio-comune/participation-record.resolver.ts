import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../shared/scalars.js';
import { ParticipationRecord } from './participation-record.js';

@Resolver(() => ParticipationRecord)
export class ParticipationRecordResolver {
  @FieldResolver(() => LocalDate, { description: 'The day the people took part.' })
  date(@Root() record: ParticipationRecord): string {
    return record.recordedOn;
  }

  @FieldResolver(() => Int, { description: 'How many people took part.' })
  count(@Root() record: ParticipationRecord): number {
    return record.quantity;
  }
}
