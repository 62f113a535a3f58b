import { Field, Float, InputType, Int } from 'type-graphql';
import { badUserInput } from './errors.js';

@InputType('OpportunityFilter', { description: 'Which opportunities to list; every field given must match.' })
export class OpportunityFilter {
  @Field(() => Int, { nullable: true, description: 'Only opportunities at sites in this Municipio (1 to 9).' })
  municipio?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only opportunities of at least these weekly hours.' })
  minWeeklyHours?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only opportunities of at most these weekly hours.' })
  maxWeeklyHours?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Servizio Civile: the call year (the latest call when absent). Leva Civica projects have no call year and ignore it.',
  })
  callYear?: number | null;
}

/** Checks a filter and tells whether an opportunity's Municipio and weekly hours match it. */
export function opportunityMatcher(filter: OpportunityFilter | null | undefined) {
  const { municipio, minWeeklyHours: min, maxWeeklyHours: max } = filter ?? {};
  if (municipio != null && (!Number.isInteger(municipio) || municipio < 1 || municipio > 9)) {
    throw badUserInput('filter.municipio must be 1 to 9.', 'filter');
  }
  for (const value of [min, max]) {
    if (value != null && (!Number.isFinite(value) || value < 0 || value > 168))
      throw badUserInput('weekly hours must be from 0 to 168.', 'filter');
  }
  if (min != null && max != null && min > max) throw badUserInput('filter.minWeeklyHours is more than filter.maxWeeklyHours.', 'filter');
  return (municipioNumber: number | null, weeklyHours: number) =>
    (municipio == null || municipioNumber === municipio) && (min == null || weeklyHours >= min) && (max == null || weeklyHours <= max);
}
