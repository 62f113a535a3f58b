/**
 * Points of the SPAZIO COMUNE networks (Centri Socio Ricreativi Culturali and Spazi WeMi) with
 * their weekly opening hours, read from CSV or JSON for an all-or-nothing import: every problem of
 * the file is reported, and the caller imports nothing while there is any.
 *
 * CSV
 *   UTF-8, with or without a byte order mark; CRLF or LF line ends. A header row names the
 *   columns, in any order (names are matched ignoring case and surrounding spaces):
 *
 *     id, kind, name, short_name, street, postal_code, city, latitude, longitude,
 *     municipio, manager, opened_on, hours
 *
 *   The separator is "," or ";", whichever splits the header into known column names. Fields may
 *   be quoted ("…", with "" for a quote inside), which a value containing the separator needs.
 *   Only id, kind and name are required (columns and values); every other column may be left
 *   out, and an empty cell is null. Surrounding spaces of a value are ignored. A record whose
 *   cells are all empty is skipped. An unknown or repeated column is a problem.
 *
 *     id          ^[a-z0-9][a-z0-9-]{0,63}$, unique in the file, e.g. "wemi-piazzetta"
 *     kind        CSRC | WEMI
 *     latitude    decimal degrees (WGS 84) with a decimal point, -90 to 90; given with longitude
 *     longitude   decimal degrees, -180 to 180; given with latitude
 *     municipio   1 to 9
 *     opened_on   a real date, YYYY-MM-DD
 *     hours       intervals separated by ";", each "DAY HH:MM-HH:MM ACTIVITY":
 *                   MON 09:00-13:00 FRONT_OFFICE; WED 14:00-18:00 DIGITAL_EDUCATION
 *                 DAY is MON TUE WED THU FRI SAT SUN; times are local (Europe/Rome), 00:00 to
 *                 23:59; ACTIVITY is FRONT_OFFICE | DIGITAL_EDUCATION | OTHER. An interval
 *                 whose closing time is not after its opening time runs past midnight. With
 *                 the ";" separator the hours cell must be quoted.
 *
 *   Problems name the line of the record in the file (the header is line 1; a record spanning
 *   several lines is named by its first) and the column.
 *
 * JSON
 *   { "points": [ … ] } or a bare array of points, each:
 *
 *     { "id": "wemi-piazzetta", "kind": "WEMI", "name": "…", "shortName": null,
 *       "address": { "street": null, "postalCode": null, "city": "Milano",
 *                    "latitude": 45.46, "longitude": 9.19 },
 *       "municipio": 2, "manager": null, "openedOn": "2023-05-10",
 *       "hours": [ { "day": "MONDAY", "opens": "09:00", "closes": "13:00", "activity": "FRONT_OFFICE" } ] }
 *
 *   The same rules as the CSV; days are written in full (MONDAY … SUNDAY); latitude, longitude and
 *   municipio are JSON numbers (or numeric text); only id, kind and name are required; an unknown
 *   key is a problem. Problems name the point by its 1-based position in the list (not a line of
 *   the file) and the field by its path, e.g. "address.latitude", "hours[2].opens". A problem of
 *   the file as a whole (not JSON, no list of points) is on line 0.
 *
 * In both formats no value may contain a control character (NUL, tab, line break, …).
 */

import { CsvError, parse } from 'csv-parse/sync';
import { Activity, Weekday } from '../opening-hours.js';

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

// ---------------------------------------------------------------------------------------------
// One point as the file gives it, before checking
// ---------------------------------------------------------------------------------------------

/** A value as the file gives it, with the name a problem uses for it. */
interface Cell {
  field: string;
  value: unknown;
  /** Whether the file has this column or key at all (an empty cell or a null is given, and clears the value). */
  given: boolean;
}

type IntervalPart = 'day' | 'opens' | 'closes' | 'activity';

interface RawInterval {
  /** Where a problem of this interval is reported, and how its message begins. */
  field: (part: IntervalPart) => string;
  prefix: string;
  day: unknown;
  opens: unknown;
  closes: unknown;
  activity: unknown;
}

interface RawPoint {
  line: number;
  /** Problems found while reading the record (shape of the hours, unknown keys) land here first. */
  report: Report;
  id: Cell;
  kind: Cell;
  name: Cell;
  shortName: Cell;
  street: Cell;
  postalCode: Cell;
  city: Cell;
  latitude: Cell;
  longitude: Cell;
  municipio: Cell;
  manager: Cell;
  openedOn: Cell;
  hours: RawInterval[];
  hoursGiven: boolean;
  /** How this format writes days: "MON" in CSV, "MONDAY" in JSON. */
  days: Record<string, Weekday>;
}

/** Collects the problems of one record; a field with a problem gives no value (null). */
class Report {
  readonly problems: PointsProblem[] = [];
  constructor(readonly line: number) {}

  add(field: string, message: string): null {
    this.problems.push({ line: this.line, field, message });
    return null;
  }

  has(field: string): boolean {
    return this.problems.some((problem) => problem.field === field);
  }
}

// ---------------------------------------------------------------------------------------------
// Checking values: shared by both formats
// ---------------------------------------------------------------------------------------------

/** Unicode category Cc: C0 controls (NUL, tab, line breaks…), DEL and C1 controls; never part of a name or an address. */
const CONTROL = /\p{Cc}/u;

function describeControl(text: string): string {
  const code = text.match(CONTROL)?.[0]?.charCodeAt(0) ?? 0;
  return `contains a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
}

/** Text, trimmed; empty is null. */
function text(report: Report, cell: Cell): string | null {
  const { field, value } = cell;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') return report.add(field, `must be text, not ${JSON.stringify(value)}`);
  if (CONTROL.test(value)) return report.add(field, describeControl(value));
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function required(report: Report, cell: Cell): string | null {
  const value = text(report, cell);
  if (value === null && !report.has(cell.field)) return report.add(cell.field, `${cell.field} is required`);
  return value;
}

/** A decimal number with a decimal point: "45.4642", not "45,4642", "1e3" or "0x2d". */
const DECIMAL = /^[+-]?\d+(?:\.\d+)?$/;

function number(report: Report, cell: Cell): number | null {
  const { field, value } = cell;
  if (typeof value === 'number') return value;
  if (value !== null && value !== undefined && typeof value !== 'string')
    return report.add(field, `must be a number, not ${JSON.stringify(value)}`);
  const written = text(report, cell);
  if (written === null) return null;
  return DECIMAL.test(written) ? Number(written) : report.add(field, `"${written}" is not a number (use a decimal point)`);
}

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function id(report: Report, cell: Cell): string | null {
  const value = required(report, cell);
  if (value === null || ID.test(value)) return value;
  return report.add(
    cell.field,
    `"${value}" is not an id: lower-case letters, digits and hyphens, starting with a letter or digit, at most 64`,
  );
}

function kind(report: Report, cell: Cell): 'CSRC' | 'WEMI' | null {
  const value = required(report, cell);
  if (value === null || value === 'CSRC' || value === 'WEMI') return value;
  return report.add(cell.field, `unknown kind "${value}": CSRC or WEMI`);
}

/** Both coordinates or neither, each within its range. */
function coordinates(report: Report, latitudeCell: Cell, longitudeCell: Cell): { latitude: number | null; longitude: number | null } {
  const latitude = number(report, latitudeCell);
  const longitude = number(report, longitudeCell);
  if (latitude !== null && (latitude < -90 || latitude > 90)) report.add(latitudeCell.field, `latitude ${latitude} is outside -90 to 90`);
  if (longitude !== null && (longitude < -180 || longitude > 180))
    report.add(longitudeCell.field, `longitude ${longitude} is outside -180 to 180`);
  const failed = (cell: Cell) => report.has(cell.field);
  if (latitude !== null && longitude === null && !failed(longitudeCell))
    report.add(longitudeCell.field, 'latitude given without longitude');
  if (longitude !== null && latitude === null && !failed(latitudeCell)) report.add(latitudeCell.field, 'longitude given without latitude');
  return failed(latitudeCell) || failed(longitudeCell) ? { latitude: null, longitude: null } : { latitude, longitude };
}

function municipio(report: Report, cell: Cell): number | null {
  const value = number(report, cell);
  if (value === null || (Number.isInteger(value) && value >= 1 && value <= 9)) return value;
  return report.add(cell.field, `municipio ${value} is not 1 to 9`);
}

/** A calendar date that exists: 2024-02-29 yes, 2026-02-30 no. */
function date(report: Report, cell: Cell): string | null {
  const value = text(report, cell);
  if (value === null) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return report.add(cell.field, `"${value}" is not a date YYYY-MM-DD`);
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day);
  const exists = probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return exists ? value : report.add(cell.field, `${value} is not a date that exists`);
}

/** LocalTime as the model stores it: two-digit hour and minute, 00:00 to 23:59. */
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

const ACTIVITIES = new Set<string>(Object.values(Activity));

/** One part of an interval: present, text, and valid, or a problem that names the interval. */
function intervalPart(
  report: Report,
  raw: RawInterval,
  part: IntervalPart,
  valid: (value: string) => boolean,
  invalid: (value: string) => string,
): string | null {
  const field = raw.field(part);
  const before = report.problems.length;
  const value = text(report, { field, value: raw[part], given: true });
  if (report.problems.length > before) return null;
  if (value === null) return report.add(field, `${raw.prefix}${part} is missing`);
  return valid(value) ? value : report.add(field, `${raw.prefix}${invalid(value)}`);
}

function interval(report: Report, raw: RawInterval, days: Record<string, Weekday>): PointRow['hours'][number] | null {
  // Object.hasOwn: "toString" is no day.
  const day = intervalPart(
    report,
    raw,
    'day',
    (v) => Object.hasOwn(days, v),
    (v) => `unknown day "${v}": ${Object.keys(days).join(', ')}`,
  );
  const opens = intervalPart(
    report,
    raw,
    'opens',
    (v) => TIME.test(v),
    (v) => `opening time "${v}" is not HH:MM (00:00 to 23:59)`,
  );
  const closes = intervalPart(
    report,
    raw,
    'closes',
    (v) => TIME.test(v),
    (v) => `closing time "${v}" is not HH:MM (00:00 to 23:59)`,
  );
  const activity = intervalPart(
    report,
    raw,
    'activity',
    (v) => ACTIVITIES.has(v),
    (v) => `unknown activity "${v}": ${[...ACTIVITIES].join(', ')}`,
  );
  if (day === null || opens === null || closes === null || activity === null) return null;
  return { day: days[day] as Weekday, opens, closes, activity: activity as Activity };
}

/** Checks every value of a point; the point is returned only when it has no problem. */
function checkPoint(raw: RawPoint): PointRow | null {
  const report = raw.report;
  const row = {
    line: raw.line,
    id: id(report, raw.id),
    kind: kind(report, raw.kind),
    name: required(report, raw.name),
    shortName: text(report, raw.shortName),
    address: {
      street: text(report, raw.street),
      postalCode: text(report, raw.postalCode),
      city: text(report, raw.city),
      ...coordinates(report, raw.latitude, raw.longitude),
    },
    municipio: municipio(report, raw.municipio),
    manager: text(report, raw.manager),
    openedOn: date(report, raw.openedOn),
    hours: raw.hours.map((hours) => interval(report, hours, raw.days)),
  };
  if (report.problems.length > 0 || row.id === null || row.kind === null || row.name === null) return null;
  const given: Record<PointField, boolean> = {
    kind: true,
    name: true,
    shortName: raw.shortName.given,
    street: raw.street.given,
    postalCode: raw.postalCode.given,
    city: raw.city.given,
    coordinates: raw.latitude.given || raw.longitude.given,
    municipio: raw.municipio.given,
    manager: raw.manager.given,
    openedOn: raw.openedOn.given,
    hours: raw.hoursGiven,
  };
  return {
    ...row,
    id: row.id,
    kind: row.kind,
    name: row.name,
    hours: row.hours.filter((h) => h !== null),
    given: POINT_FIELDS.filter((field) => given[field]),
  };
}

/** Ids must be unique in the file: every later use of an id is a problem of its record. */
function checkDuplicates(points: RawPoint[], where: (line: number) => string): void {
  const first = new Map<string, number>();
  for (const point of points) {
    const value = typeof point.id.value === 'string' ? point.id.value.trim() : '';
    if (!ID.test(value)) continue;
    const seen = first.get(value);
    if (seen === undefined) first.set(value, point.line);
    else point.report.add(point.id.field, `duplicate id "${value}", first at ${where(seen)}`);
  }
}

/**
 * Checks every point; `unreadable` are the problems of records that could not even be read as a
 * point (a wrong number of cells, a point that is no object). Problems come in file order.
 */
function checkAll(points: RawPoint[], where: (line: number) => string, unreadable: PointsProblem[]): ParsedPoints {
  checkDuplicates(points, where);
  const rows = points.map(checkPoint).filter((row) => row !== null);
  const problems = [...unreadable, ...points.flatMap((point) => point.report.problems)].sort((a, b) => a.line - b.line);
  return { rows, problems };
}

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

const CSV_COLUMNS = [
  'id',
  'kind',
  'name',
  'short_name',
  'street',
  'postal_code',
  'city',
  'latitude',
  'longitude',
  'municipio',
  'manager',
  'opened_on',
  'hours',
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];
const REQUIRED_COLUMNS: CsvColumn[] = ['id', 'kind', 'name'];

const CSV_DAYS: Record<string, Weekday> = {
  MON: Weekday.MONDAY,
  TUE: Weekday.TUESDAY,
  WED: Weekday.WEDNESDAY,
  THU: Weekday.THURSDAY,
  FRI: Weekday.FRIDAY,
  SAT: Weekday.SATURDAY,
  SUN: Weekday.SUNDAY,
};

function columnName(cell: string): string {
  return cell.trim().toLowerCase();
}

/** The separator that splits the header into the most known column names (a header holds no quotes or separators of its own). */
function separatorOf(text: string): ',' | ';' {
  const header = text.split('\n', 1)[0] ?? '';
  const known = (separator: string) =>
    header.split(separator).filter((cell) => (CSV_COLUMNS as readonly string[]).includes(columnName(cell.replace(/"/g, '')))).length;
  return known(';') > known(',') ? ';' : ',';
}

/** The columns of the header, or the problems that make the rows unreadable. */
function readHeader(header: string[]): { columns: Map<CsvColumn, number>; problems: PointsProblem[] } {
  const columns = new Map<CsvColumn, number>();
  const problems: PointsProblem[] = [];
  header.forEach((cell, index) => {
    const name = columnName(cell);
    if (name === '') {
      problems.push({ line: 1, field: '', message: `column ${index + 1} has no name` });
    } else if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      problems.push({ line: 1, field: cell.trim(), message: `unknown column "${cell.trim()}"; columns are ${CSV_COLUMNS.join(', ')}` });
    } else if (columns.has(name as CsvColumn)) {
      problems.push({ line: 1, field: name, message: `column "${name}" appears twice` });
    } else {
      columns.set(name as CsvColumn, index);
    }
  });
  for (const name of REQUIRED_COLUMNS) {
    if (!columns.has(name)) problems.push({ line: 1, field: name, message: `required column "${name}" is missing` });
  }
  // A file that gives one coordinate alone would move a point along one axis: both or neither.
  if (columns.has('latitude') !== columns.has('longitude')) {
    const [has, lacks] = columns.has('latitude') ? ['latitude', 'longitude'] : ['longitude', 'latitude'];
    problems.push({ line: 1, field: lacks, message: `column "${has}" needs the column "${lacks}" beside it` });
  }
  return { columns, problems };
}

/** "MON 09:00-13:00 FRONT_OFFICE; WED 14:00-18:00 OTHER" as intervals; a shape not like that is a problem. */
function csvHours(report: Report, cell: string | undefined): RawInterval[] {
  const written = text(report, { field: 'hours', value: cell ?? null, given: cell !== undefined });
  if (written === null) return [];
  const intervals: RawInterval[] = [];
  written.split(';').forEach((part, index) => {
    const item = part.trim();
    if (item === '') return;
    const prefix = `interval ${index + 1} "${item}": `;
    const match = /^(\S+)\s+(\S+?)\s*-\s*(\S+)\s+(\S+)$/.exec(item);
    if (!match) {
      report.add('hours', `${prefix}expected DAY HH:MM-HH:MM ACTIVITY, e.g. "MON 09:00-13:00 FRONT_OFFICE"`);
      return;
    }
    const [, day, opens, closes, activity] = match;
    intervals.push({ field: () => 'hours', prefix, day, opens, closes, activity });
  });
  return intervals;
}

function csvPoint(line: number, cells: string[], columns: Map<CsvColumn, number>): RawPoint {
  const report = new Report(line);
  const cell = (column: CsvColumn): Cell => {
    const index = columns.get(column);
    return { field: column, value: index === undefined ? null : cells[index], given: index !== undefined };
  };
  const hoursIndex = columns.get('hours');
  return {
    line,
    report,
    id: cell('id'),
    kind: cell('kind'),
    name: cell('name'),
    shortName: cell('short_name'),
    street: cell('street'),
    postalCode: cell('postal_code'),
    city: cell('city'),
    latitude: cell('latitude'),
    longitude: cell('longitude'),
    municipio: cell('municipio'),
    manager: cell('manager'),
    openedOn: cell('opened_on'),
    hours: csvHours(report, hoursIndex === undefined ? undefined : cells[hoursIndex]),
    hoursGiven: hoursIndex !== undefined,
    days: CSV_DAYS,
  };
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

/** The first line of the record csv-parse gave up on: the first non-blank line after the last record it finished. */
function failedRecordLine(text: string, lastEnd: number): number {
  const lines = text.split('\n');
  for (let index = lastEnd; index < lines.length; index++) if ((lines[index] as string).trim() !== '') return index + 1;
  return lastEnd + 1;
}

function parseCsv(text: string): ParsedPoints {
  // Line ends are made LF first: csv-parse counts a CRLF inside a quoted value as two lines.
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  let records: CsvRecord[];
  let lastEnd = 0;
  try {
    records = parse(normalised, {
      delimiter: separatorOf(normalised),
      info: true,
      // Cell counts are checked here, to report the line instead of failing the whole parse.
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        lastEnd = context.lines;
        return record;
      },
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // csv-parse names the line where it stopped, for a quote left open the end of the file: name the record's first line too.
    const line = failedRecordLine(normalised, lastEnd);
    return { rows: [], problems: [{ line, field: '', message: `the record from line ${line} is not readable as CSV: ${error.message}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 1, field: '', message: 'the file is empty: a header row is required' }] };
  const { columns, problems } = readHeader(header.record);
  if (problems.length > 0) return { rows: [], problems };

  const points: RawPoint[] = [];
  const unreadable: PointsProblem[] = [];
  for (const { record, info } of body) {
    // info.lines is the line the record ends on; line breaks inside quoted values say how many it spans.
    const line = info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0);
    if (record.every((cell) => cell.trim() === '')) continue;
    if (record.length !== header.record.length) {
      unreadable.push({ line, field: '', message: `${record.length} cells, the header has ${header.record.length}` });
      continue;
    }
    points.push(csvPoint(line, record, columns));
  }
  return checkAll(points, (line) => `line ${line}`, unreadable);
}

// ---------------------------------------------------------------------------------------------
// JSON
// ---------------------------------------------------------------------------------------------

const POINT_KEYS = ['id', 'kind', 'name', 'shortName', 'address', 'municipio', 'manager', 'openedOn', 'hours'];
const ADDRESS_KEYS = ['street', 'postalCode', 'city', 'latitude', 'longitude'];
const INTERVAL_KEYS = ['day', 'opens', 'closes', 'activity'];

const JSON_DAYS: Record<string, Weekday> = Object.fromEntries(Object.values(Weekday).map((day) => [day, day]));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keys the format does not have would be silently dropped: each is a problem instead. */
function unknownKeys(report: Report, value: Record<string, unknown>, known: string[], path: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) report.add(`${path}${key}`, `unknown field "${path}${key}"; fields are ${known.join(', ')}`);
  }
}

function jsonHours(report: Report, value: unknown): RawInterval[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    report.add('hours', 'must be a list of intervals');
    return [];
  }
  return value.flatMap((entry, index): RawInterval[] => {
    const path = `hours[${index}]`;
    if (!isObject(entry)) {
      report.add(path, 'must be an object with day, opens, closes, activity');
      return [];
    }
    unknownKeys(report, entry, INTERVAL_KEYS, `${path}.`);
    return [
      {
        field: (part) => `${path}.${part}`,
        prefix: '',
        day: entry.day,
        opens: entry.opens,
        closes: entry.closes,
        activity: entry.activity,
      },
    ];
  });
}

function jsonPoint(line: number, value: unknown, unreadable: PointsProblem[]): RawPoint | null {
  if (!isObject(value)) {
    unreadable.push({ line, field: '', message: 'a point must be an object' });
    return null;
  }
  const report = new Report(line);
  unknownKeys(report, value, POINT_KEYS, '');
  const address = value.address ?? {};
  if (!isObject(address)) report.add('address', 'must be an object');
  const addressFields = isObject(address) ? address : {};
  if (isObject(address)) unknownKeys(report, address, ADDRESS_KEYS, 'address.');
  const cell = (field: string, from: Record<string, unknown>, key: string): Cell => ({
    field,
    value: from[key],
    given: Object.hasOwn(from, key),
  });
  return {
    line,
    report,
    id: cell('id', value, 'id'),
    kind: cell('kind', value, 'kind'),
    name: cell('name', value, 'name'),
    shortName: cell('shortName', value, 'shortName'),
    street: cell('address.street', addressFields, 'street'),
    postalCode: cell('address.postalCode', addressFields, 'postalCode'),
    city: cell('address.city', addressFields, 'city'),
    latitude: cell('address.latitude', addressFields, 'latitude'),
    longitude: cell('address.longitude', addressFields, 'longitude'),
    municipio: cell('municipio', value, 'municipio'),
    manager: cell('manager', value, 'manager'),
    openedOn: cell('openedOn', value, 'openedOn'),
    hours: jsonHours(report, value.hours),
    hoursGiven: Object.hasOwn(value, 'hours'),
    days: JSON_DAYS,
  };
}

function parseJson(text: string): ParsedPoints {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { rows: [], problems: [{ line: 0, field: '', message: `not valid JSON: ${(error as Error).message}` }] };
  }
  const list = Array.isArray(document) ? document : isObject(document) ? document.points : undefined;
  if (!Array.isArray(list)) {
    return { rows: [], problems: [{ line: 0, field: 'points', message: 'expected { "points": [ … ] } or a list of points' }] };
  }
  const unreadable: PointsProblem[] = [];
  const points = list.map((value, index) => jsonPoint(index + 1, value, unreadable)).filter((point) => point !== null);
  return checkAll(points, (line) => `point ${line}`, unreadable);
}

// ---------------------------------------------------------------------------------------------

/** Reads every point of the file and reports every problem; import the rows only when there is none. */
export function parsePoints(text: string, format: 'CSV' | 'JSON'): ParsedPoints {
  return format === 'CSV' ? parseCsv(text) : parseJson(text);
}
