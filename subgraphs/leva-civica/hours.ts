import { Embeddable, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';

/** The hours plan of a Leva Civica project, as the document states it. */
@Embeddable()
@ObjectType('LevaCivicaHours', { description: 'The hours plan of a Leva Civica project, as the document states it.' })
export class LevaCivicaHours {
  @Field(() => Int, { description: 'Hours in the whole period, e.g. 1400.' })
  @Property({ type: 'integer' })
  total!: number;

  @Field(() => Int, { description: 'Hours of service activity.' })
  @Property({ type: 'integer' })
  service!: number;

  @Field(() => Int, { description: 'Hours of specific training (formazione specifica).' })
  @Property({ type: 'integer' })
  specificTraining!: number;

  @Field(() => Int, { description: 'Hours of activity and training towards the regional certificate of competence.' })
  @Property({ type: 'integer' })
  certification!: number;

  @Field(() => Int, { description: 'Average hours of service a week ("circa").' })
  @Property({ type: 'integer' })
  weeklyAverage!: number;

  @Field(() => Int, { description: 'Average hours a month ("circa").' })
  @Property({ type: 'integer' })
  monthlyAverage!: number;

  @Field(() => Int, { description: 'Fewest days of service a week.' })
  @Property({ type: 'integer' })
  daysPerWeekMin!: number;

  @Field(() => Int, { description: 'Most days of service a week.' })
  @Property({ type: 'integer' })
  daysPerWeekMax!: number;

  @Field(() => Int, { description: 'Length of the project in months.' })
  @Property({ type: 'integer' })
  months!: number;
}
