import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../shared/scalars.js';
import { OpeningTime } from './opening-time.js';
import { OpeningDayState } from './schedule.js';

registerEnumType(OpeningDayState, {
  name: 'OpeningDayState',
  description: 'What decides the hours of a day.',
  valuesConfig: {
    WEEKLY_HOURS: { description: 'The weekly opening hours (no interval when the point does not open on that weekday).' },
    HOLIDAY: { description: 'An Italian public holiday or Sant’Ambrogio (7 December): closed.' },
    SPECIAL_HOURS: { description: 'A special schedule sets other hours.' },
    SPECIAL_CLOSURE: { description: 'A special schedule closes the point all day.' },
  },
});

@ObjectType('OpeningDay', {
  description:
    'One local day of a point’s timetable (shaped like Helsinki’s OpeningHours: date, times, state). A point is open at an instant exactly when one of the times of the days asked for holds it, as isOpen answers.',
})
export class OpeningDay {
  @Field(() => LocalDate, { description: 'The day in Milan, YYYY-MM-DD.' })
  date!: string;

  @Field(() => OpeningDayState, { description: 'What decides the hours of the day: the weekly hours, a holiday or a special schedule.' })
  state!: OpeningDayState;

  @Field(() => String, {
    nullable: true,
    description: 'The holiday’s name or the special schedule’s reason, e.g. "Tutti i Santi"; null on weekly hours.',
  })
  note!: string | null;

  // Four intervals a day at most in the data, and one carried from the evening before on the first day.
  @Directive('@listSize(assumedSize: 5)')
  @Field(() => [OpeningTime], {
    description:
      'The intervals that start on this day, in order; the first day asked for also holds one begun the evening before and still open at its midnight. Empty when the point is closed all day.',
  })
  times!: OpeningTime[];
}
