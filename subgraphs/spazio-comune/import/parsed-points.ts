import type { Activity, Weekday } from '../opening-hours.js';

// What the points parser gives: the points without problems, and every problem.

export interface PointRow {
  /** CSV: the line of the record (header = 1). JSON: the 1-based position of the point in the list. */
  line: number;
  id: string;
  kind: 'CSRC' | 'WEMI';
  name: string;
  shortName: string | null;
  address: { street: string | null; postalCode: string | null; city: string | null; latitude: number | null; longitude: number | null };
  municipio: number | null;
  manager: string | null;
  openedOn: string | null;
  hours: { day: Weekday; opens: string; closes: string; activity: Activity }[];
  /**
   * The fields the file gives for this point (a CSV column, a JSON key, even empty): an import
   * changes these alone, and leaves what the file does not mention as it is stored.
   */
  given: PointField[];
}

/** What a file may give of a point besides its id; latitude and longitude come together. */
export const POINT_FIELDS = [
  'kind',
  'name',
  'shortName',
  'street',
  'postalCode',
  'city',
  'coordinates',
  'municipio',
  'manager',
  'openedOn',
  'hours',
] as const;
export type PointField = (typeof POINT_FIELDS)[number];

export interface PointsProblem {
  /** As PointRow.line; 0 for the file as a whole. */
  line: number;
  /** CSV: the column. JSON: the path in the point, e.g. "address.latitude". "" for the file or the whole record. */
  field: string;
  message: string;
}

export interface ParsedPoints {
  /** The points without problems; import them only when problems is empty. */
  rows: PointRow[];
  problems: PointsProblem[];
}
