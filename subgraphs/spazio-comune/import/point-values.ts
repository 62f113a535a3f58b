import { codePointName } from '../../shared/markdown/characters.js';
import { Activity, type Weekday } from '../opening-hours.js';
import { POINT_FIELDS, type PointField, type PointRow, type PointsProblem } from './parsed-points.js';
import type { Cell, IntervalPart, RawInterval, RawPoint, RawPoints, Report } from './raw-point.js';

// Checking values: shared by both formats.

/** Unicode category Cc: C0 controls (NUL, tab, line breaks…), DEL and C1 controls; never part of a name or an address. */
const CONTROL = /\p{Cc}/u;

function describeControl(text: string): string {
  return `contains a control character (${codePointName(text.match(CONTROL)?.[0] ?? '')})`;
}

/** Text, trimmed; empty is null. */
export function text(report: Report, cell: Cell): string | null {
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

export const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

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
  const before = report.count;
  const value = text(report, { field, value: raw[part], given: true });
  if (report.count > before) return null;
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
  const time = (part: 'opens' | 'closes', name: string) =>
    intervalPart(
      report,
      raw,
      part,
      (v) => TIME.test(v),
      (v) => `${name} time "${v}" is not HH:MM (00:00 to 23:59)`,
    );
  const opens = time('opens', 'opening');
  const closes = time('closes', 'closing');
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
  if (report.count > 0 || row.id === null || row.kind === null || row.name === null) return null;
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

/**
 * Checks the points of a file as a reader gives them (`sink` of a PointsReader): each point's values,
 * and that its id is unique in the file (a later use of an id is a problem of its record). Holds
 * the ids it has seen and their lines, not the points: each row without a problem is handed to
 * `row` and let go, each problem to `problem`, in file order.
 */
export class PointsCheck implements RawPoints {
  constructor(
    private readonly where: (line: number) => string,
    private readonly row: (row: PointRow) => void,
    private readonly problem: (problem: PointsProblem) => void,
    /** Each id seen and the line it was first seen on; null: the ids are known to be unique (a file read again). */
    readonly lines: Map<string, number> | null = new Map(),
  ) {}

  point(raw: RawPoint): void {
    const value = typeof raw.id.value === 'string' ? raw.id.value.trim() : '';
    if (this.lines && ID.test(value)) {
      const seen = this.lines.get(value);
      if (seen === undefined) this.lines.set(value, raw.line);
      else raw.report.add(raw.id.field, `duplicate id "${value}", first at ${this.where(seen)}`);
    }
    const row = checkPoint(raw);
    for (const problem of raw.report.told()) this.problem(problem);
    if (row) this.row(row);
  }

  unreadable(problem: PointsProblem): void {
    this.problem(problem);
  }
}
