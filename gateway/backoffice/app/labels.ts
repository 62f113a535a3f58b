import type { Activity, OperatorRole, PointKind, Weekday } from '../../isomorphic/graph-documents.generated.js';
import { formatDay } from './dom.js';

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

/** A special schedule in a line, as the point's page lists it and its history tells it: "dal 1 ago 2027 al 31 ago 2027: chiuso (Chiusura estiva)". */
export const scheduleLine = (s: {
  validFrom: string;
  validTo: string;
  closed: boolean;
  opens?: string | null;
  closes?: string | null;
  activity?: string | null;
  reason?: string | null;
}) =>
  `dal ${formatDay(s.validFrom)} al ${formatDay(s.validTo)}: ${s.closed ? 'chiuso' : `${s.opens}–${s.closes}, ${label(ACTIVITIES, s.activity)}`}${s.reason ? ` (${s.reason})` : ''}`;
