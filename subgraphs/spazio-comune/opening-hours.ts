import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { LocalTime } from '../shared/scalars.js';
import { Source } from '../shared/source.js';
import { Activity, Weekday } from './enums.js';
import { Point } from './point.js';

@Entity({ tableName: 'opening_hours' })
@ObjectType('OpeningHours', {
  description:
    'One weekly opening interval of a point, in Europe/Rome local time. An interval whose closes is not after opens runs past midnight.',
})
export class OpeningHours {
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Point, { ref: true, index: true })
  point!: Ref<Point>;

  @Field(() => Weekday, { description: 'The day the interval starts.' })
  @Enum({ items: () => Weekday, nativeEnumName: 'weekday' })
  day!: Weekday;

  @Field(() => LocalTime, { description: 'Local opening time, "HH:MM".' })
  @Property({ type: 'text' })
  opens!: string;

  @Field(() => LocalTime, { description: 'Local closing time, "HH:MM"; not after opens means the next day.' })
  @Property({ type: 'text' })
  closes!: string;

  @Field(() => Activity, { description: 'Front office, digital education or another use.' })
  @Enum({ items: () => Activity, nativeEnumName: 'activity' })
  activity!: Activity;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
