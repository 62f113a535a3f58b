import type { Activity, OperatorRole, PointKind, Weekday } from '../../isomorphic/graph-documents.generated.js';

/** The graph's enum values as the Comune's staff read them. */

export const DAYS: [Weekday, string][] = [
  ['MONDAY', 'Lunedì'],
  ['TUESDAY', 'Martedì'],
  ['WEDNESDAY', 'Mercoledì'],
  ['THURSDAY', 'Giovedì'],
  ['FRIDAY', 'Venerdì'],
  ['SATURDAY', 'Sabato'],
  ['SUNDAY', 'Domenica'],
];

export const ACTIVITIES: [Activity, string][] = [
  ['FRONT_OFFICE', 'Sportello'],
  ['DIGITAL_EDUCATION', 'Educazione digitale'],
  ['OTHER', 'Altro'],
];

export const KINDS: [PointKind, string][] = [
  ['CSRC', 'CSRC'],
  ['WEMI', 'WeMi'],
];

export const ROLES: [OperatorRole, string][] = [
  ['FRONT_OFFICE', 'Operatore di sportello'],
  ['COORDINATOR', 'Coordinatore'],
  ['CSRC_REFERENT', 'Referente CSRC'],
  ['COMMUNITY_SOCIAL_WORKER', 'Assistente sociale di comunità'],
  ['MUNICIPIO_TECHNICIAN', 'Tecnico del Municipio'],
];

/** The label of a value, or the value itself when it has none. */
export const label = (pairs: [string, string][], value: string | null | undefined) => pairs.find(([v]) => v === value)?.[1] ?? value ?? '';

/** One interval of weekly hours in a line: "Lunedì 09:00–13:00, Sportello". */
export const interval = (h: { day: string; opens: string; closes: string; activity: string }) =>
  `${label(DAYS, h.day)} ${h.opens}–${h.closes}, ${label(ACTIVITIES, h.activity)}`;
