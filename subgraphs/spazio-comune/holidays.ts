import { easter } from 'date-easter';
import { DateTime } from 'luxon';

import festivita from './seed/festivita.json' with { type: 'json' };

export interface Holiday {
  code: string;
  name: string;
}

/** The holidays of each year asked for, by "MM-dd"; computed once per year. */
const byYear = new Map<number, Map<string, Holiday>>();

function holidaysOf(year: number): Map<string, Holiday> {
  let days = byYear.get(year);
  if (!days) {
    days = new Map();
    const sunday = easter(year);
    const easterDay = DateTime.fromObject({ year, month: sunday.month, day: sunday.day });
    for (const rule of festivita.holidays) {
      if ('monthDay' in rule && rule.monthDay) days.set(rule.monthDay, rule);
      else if ('daysAfterEaster' in rule && typeof rule.daysAfterEaster === 'number') {
        days.set(easterDay.plus({ days: rule.daysAfterEaster }).toFormat('MM-dd'), rule);
      }
    }
    byYear.set(year, days);
  }
  return days;
}

/**
 * The holiday on a day, if any: the Italian national holidays and Sant'Ambrogio (7 December,
 * Milan's patron), by the rules of festivita.json; Easter from date-easter.
 */
export function holidayOn(day: DateTime): Holiday | null {
  return holidaysOf(day.year).get(day.toFormat('MM-dd')) ?? null;
}
