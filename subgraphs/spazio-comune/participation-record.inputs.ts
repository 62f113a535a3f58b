import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDate } from '../shared/scalars.js';

// Its date is checked by the mutation itself, so that a wrong one comes back as a user error with its path (see shared/scalars.ts).

@InputType('RecordParticipationInput', { description: 'People who took part in an activity, on a day, at a point or for the whole city.' })
export class RecordParticipationInput {
  @Field(() => ID, { description: 'The indicator the participation counts for, e.g. "EECO01".' })
  indicatorCode!: string;

  @Field(() => ID, { nullable: true, description: 'The point where they took part; absent for the whole city (admins only).' })
  pointId?: string | null;

  @Field(() => LocalDate, { description: 'The day, not in the future.' })
  date!: string;

  @Field(() => Int, { description: 'How many people, at least 1.' })
  count!: number;
}
