import { easter } from 'date-easter';
import type { DateTime } from 'luxon';
import festivita from './seed/festivita.json' with { type: 'json' };

export interface Holiday {
  code: string;
  name: string;
}

/**
 * The holidays on which the points are closed: the Italian national holidays and Sant'Ambrogio
 * (7 December, Milan's patron), by the rules of festivita.json; Easter from date-easter.
 */
export function holidayOn(day: DateTime): Holiday | null {
  const monthDay = day.toFormat('MM-dd');
  for (const rule of festivita.holidays) {
    if ('monthDay' in rule && rule.monthDay === monthDay) return rule;
    if ('daysAfterEaster' in rule && typeof rule.daysAfterEaster === 'number') {
      const sunday = easter(day.year);
      const date = day.set({ month: sunday.month, day: sunday.day }).plus({ days: rule.daysAfterEaster });
      if (date.hasSame(day, 'day')) return rule;
    }
  }
  return null;
}
