import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate, LocalTime } from '../shared/scalars.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';
import { Activity } from './opening-hours.js';
import { Point } from './point.js';

/**
 * Days on which a point does not keep its weekly hours: closed (an August closure) or open at other
 * times. Shaped like schema.org OpeningHoursSpecification (validFrom/validThrough) and HSDS schedules.
 */
@Entity({ tableName: 'special_schedule' })
@ObjectType('SpecialSchedule', {
  implements: Node,
  description: 'A date range in which a point is closed, or open at other hours; it overrides the weekly hours and the holidays.',
})
export class SpecialSchedule {
  @Field(() => ID, {
    description:
      'The globally unique id of the special schedule (Query.node resolves it), the one it always had; removePointSpecialSchedule takes it.',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Point, { ref: true, index: true })
  point!: Ref<Point>;

  @Field(() => LocalDate, { description: 'First day it applies (YYYY-MM-DD, Europe/Rome).' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => LocalDate, { description: 'Last day it applies, included (YYYY-MM-DD, Europe/Rome).' })
  @Property({ type: 'date' })
  validTo!: string;

  @Field(() => Boolean, { description: 'True when the point is closed all day on those days.' })
  @Property({ type: 'boolean' })
  closed!: boolean;

  @Field(() => LocalTime, { nullable: true, description: 'Local opening time on those days, "HH:MM"; null when closed.' })
  @Property({ type: 'text', nullable: true })
  opens: string | null = null;

  @Field(() => LocalTime, { nullable: true, description: 'Local closing time, "HH:MM"; not after opens means the next day.' })
  @Property({ type: 'text', nullable: true })
  closes: string | null = null;

  @Field(() => Activity, { nullable: true, description: 'What the point offers in those hours; null when closed.' })
  @Enum({ items: () => Activity, nativeEnumName: 'activity', nullable: true })
  activity: Activity | null = null;

  @Field(() => String, { description: 'Why, e.g. "Chiusura estiva".' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
