import { Activity, Weekday } from '../opening-hours.js';
import { POINT_FIELDS, type PointRow, type PointsProblem, parsePoints } from './parse-points.js';

// What the points parser's specs share: two good points, as CSV, JSON and rows, and files built around one point.

export const HEADER = 'id,kind,name,short_name,street,postal_code,city,latitude,longitude,municipio,manager,opened_on,hours';

/** Two points: every column filled (with quoted commas and quotes), and only what is required plus a little. */
export const GOOD_CSV = [
  HEADER,
  'wemi-verro,WEMI,"Spazio WeMi Verro, Municipio 5",WeMi Verro,"Via Bernardino Verro, 85",20141,Milano,45.4421,9.1978,5,"Cooperativa ""Il Sorriso""",2021-03-15,MON 09:00-13:00 FRONT_OFFICE; WED 14:00-18:00 DIGITAL_EDUCATION; SAT 22:00-02:00 OTHER',
  'csrc-sammartini,CSRC,Sammartini,,,,Milano,,,2,,,',
].join('\n');

/** The same two points as JSON gives them (the enums' values are the words JSON writes). */
export const GOOD_POINTS: Omit<PointRow, 'line' | 'given'>[] = [
  {
    id: 'wemi-verro',
    kind: 'WEMI',
    name: 'Spazio WeMi Verro, Municipio 5',
    shortName: 'WeMi Verro',
    address: { street: 'Via Bernardino Verro, 85', postalCode: '20141', city: 'Milano', latitude: 45.4421, longitude: 9.1978 },
    municipio: 5,
    manager: 'Cooperativa "Il Sorriso"',
    openedOn: '2021-03-15',
    hours: [
      { day: Weekday.MONDAY, opens: '09:00', closes: '13:00', activity: Activity.FRONT_OFFICE },
      { day: Weekday.WEDNESDAY, opens: '14:00', closes: '18:00', activity: Activity.DIGITAL_EDUCATION },
      // Closes before it opens: runs past midnight, as the model says.
      { day: Weekday.SATURDAY, opens: '22:00', closes: '02:00', activity: Activity.OTHER },
    ],
  },
  {
    id: 'csrc-sammartini',
    kind: 'CSRC',
    name: 'Sammartini',
    shortName: null,
    address: { street: null, postalCode: null, city: 'Milano', latitude: null, longitude: null },
    municipio: 2,
    manager: null,
    openedOn: null,
    hours: [],
  },
];

/** The rows GOOD_CSV gives: the points on lines 2 and 3, every field given. */
export const GOOD_ROWS: PointRow[] = GOOD_POINTS.map((point, index) => ({ line: index + 2, ...point, given: [...POINT_FIELDS] }));

export const withoutLine = (rows: PointRow[]) => rows.map(({ line: _line, ...row }) => row);

/** One CSV record with the header, every column given by name (the rest empty). */
export function csvWith(values: Partial<Record<string, string>>): string {
  const columns = HEADER.split(',');
  const base: Record<string, string> = { id: 'wemi-test', kind: 'WEMI', name: 'Prova' };
  const cells = columns.map((column) => {
    const value = values[column] ?? base[column] ?? '';
    return /[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  });
  return `${HEADER}\n${cells.join(',')}`;
}

/** One JSON point, with fields replaced or added. */
export function jsonWith(fields: Record<string, unknown>): string {
  return JSON.stringify({ points: [{ id: 'wemi-test', kind: 'WEMI', name: 'Prova', ...fields }] });
}
/** The problems of a file; a record with a problem never becomes a row (all or nothing), or the spec fails. */
export function problemsOf(text: string, format: 'CSV' | 'JSON'): PointsProblem[] {
  const { rows, problems } = parsePoints(text, format);
  const imported = problems.filter((problem) => rows.some((row) => row.line === problem.line));
  if (imported.length > 0) throw new Error(`records with problems became rows: ${JSON.stringify(imported)}`);
  return problems;
}
