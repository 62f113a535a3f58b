import { Field, ObjectType } from 'type-graphql';
import { DateTime } from '../shared/scalars.js';

@ObjectType('OpeningTime', {
  description:
    'One interval in which a point is open, resolved (holidays and special schedules applied), as instants in the local time of Milan. Intervals that touch or overlap on one day are one; the start is included, the end is not.',
})
export class OpeningTime {
  @Field(() => DateTime, { description: 'When the point opens, e.g. "2026-11-23T09:00:00+01:00".' })
  start!: string;

  @Field(() => DateTime, { description: 'When it closes, e.g. "2026-11-23T13:00:00+01:00"; after midnight for an evening that runs late.' })
  end!: string;

  @Field(() => Boolean, {
    description: 'True when the interval closes on a later local day than the day it is listed on (as Helsinki’s endTimeOnNextDay).',
  })
  endsOnNextDay!: boolean;

  @Field(() => Boolean, {
    description:
      'True for an interval begun the day before the first day asked for and still open at its midnight (listed on that first day).',
  })
  startsOnPreviousDay!: boolean;
}
