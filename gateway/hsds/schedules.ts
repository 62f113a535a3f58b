import type { GraphPoint } from './directory-query.js';
import { hsdsId } from './ids.js';

/** The GraphQL Weekday as the two-letter iCalendar day. */
const BYDAY: Record<string, string> = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
};

const ACTIVITY: Record<string, string> = {
  FRONT_OFFICE: 'Front office: ascolto, informazione e orientamento',
  DIGITAL_EDUCATION: 'Educazione digitale',
  OTHER: 'Altre attività: socialità, laboratori, corsi, eventi',
};

/**
 * HSDS 3.0 keeps the time zone as a fixed UTC offset (a number), which Milan's hours do not have:
 * the offset changes with summer time. So opens_at/closes_at are Milan's wall-clock times and every
 * row says so in words, instead of a timezone that would be wrong for half the year.
 */
const LOCAL_TIME = 'Orari in ora locale di Milano (Europe/Rome).';
const HOLIDAYS = 'Chiuso nei giorni festivi nazionali e il 7 dicembre (Sant’Ambrogio), salvo orari speciali.';

/**
 * A point's hours as HSDS schedules of one service at location: one weekly recurrence row per
 * interval and activity (the days that share it in byday), then one row per special schedule,
 * bounded by valid_from/valid_to, that closes the point or opens it at other hours on those days.
 */
export function pointSchedules(point: GraphPoint, serviceAtLocationId: string): Record<string, unknown>[] {
  const weekly = new Map<string, { days: string[]; opens: string; closes: string; activity: string }>();
  for (const h of point.openingHours) {
    const key = `${h.opens}-${h.closes}-${h.activity}`;
    const row = weekly.get(key) ?? { days: [], opens: h.opens, closes: h.closes, activity: h.activity };
    row.days.push(BYDAY[h.day] ?? h.day);
    weekly.set(key, row);
  }
  const regular = [...weekly.entries()].map(([key, row]) => ({
    id: hsdsId('schedule', `${point.id}:${key}`),
    service_at_location_id: serviceAtLocationId,
    freq: 'WEEKLY',
    wkst: 'MO',
    byday: row.days.join(','),
    opens_at: row.opens,
    closes_at: row.closes,
    description: ACTIVITY[row.activity] ?? row.activity,
    notes: `${LOCAL_TIME} ${HOLIDAYS}`,
  }));
  const special = point.specialSchedules.map((s) => ({
    id: hsdsId('special-schedule', s.id),
    service_at_location_id: serviceAtLocationId,
    valid_from: s.validFrom,
    valid_to: s.validTo,
    ...(s.closed
      ? { description: `Chiuso: ${s.reason}` }
      : {
          freq: 'WEEKLY',
          wkst: 'MO',
          byday: 'MO,TU,WE,TH,FR,SA,SU',
          opens_at: s.opens,
          closes_at: s.closes,
          description: `${s.reason}: ${ACTIVITY[s.activity ?? 'FRONT_OFFICE']}`,
        }),
    notes: LOCAL_TIME,
  }));
  return [...regular, ...special];
}
