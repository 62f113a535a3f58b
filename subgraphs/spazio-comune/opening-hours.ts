import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalTime } from '../shared/scalars.js';
import { Source } from '../shared/source.js';
import { NETWORK_HOURS_TRIGGERS_ON_OPENING_HOURS } from './network-hours-total.js';
import { Point } from './point.js';

export enum Weekday {
  MONDAY = 'MONDAY',
  TUESDAY = 'TUESDAY',
  WEDNESDAY = 'WEDNESDAY',
  THURSDAY = 'THURSDAY',
  FRIDAY = 'FRIDAY',
  SATURDAY = 'SATURDAY',
  SUNDAY = 'SUNDAY',
}
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week.',
  valuesConfig: {
    MONDAY: { description: 'Lunedì.' },
    TUESDAY: { description: 'Martedì.' },
    WEDNESDAY: { description: 'Mercoledì.' },
    THURSDAY: { description: 'Giovedì.' },
    FRIDAY: { description: 'Venerdì.' },
    SATURDAY: { description: 'Sabato.' },
    SUNDAY: { description: 'Domenica.' },
  },
});

/** ISO weekday numbers (Monday = 1), as luxon counts them. */
export const WEEKDAYS: Weekday[] = [
  Weekday.MONDAY,
  Weekday.TUESDAY,
  Weekday.WEDNESDAY,
  Weekday.THURSDAY,
  Weekday.FRIDAY,
  Weekday.SATURDAY,
  Weekday.SUNDAY,
];

export enum Activity {
  FRONT_OFFICE = 'FRONT_OFFICE',
  DIGITAL_EDUCATION = 'DIGITAL_EDUCATION',
  OTHER = 'OTHER',
}
registerEnumType(Activity, {
  name: 'Activity',
  description: 'What a point offers in an opening interval.',
  valuesConfig: {
    FRONT_OFFICE: { description: 'Listening, information and orientation for citizens (front office).' },
    DIGITAL_EDUCATION: { description: 'Digital education: front office at computer stations and computer literacy courses.' },
    OTHER: { description: 'Other uses: socialising, workshops, courses, events.' },
  },
});

// A network's hours are read from the totals these triggers keep (network-hours-total.ts).
@Entity({ tableName: 'opening_hours', triggers: NETWORK_HOURS_TRIGGERS_ON_OPENING_HOURS })
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
