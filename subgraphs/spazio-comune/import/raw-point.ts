import type { Weekday } from '../opening-hours.js';
import type { PointsProblem } from './parsed-points.js';

// One point as the file gives it, before checking, and the readers that give it.

/**
 * Reads a file of points given in parts, each cut anywhere (a part of an upload, or the whole
 * document), and tells `RawPoints` each point as soon as its record is complete: what it holds
 * is one unfinished record, never the file.
 */
export interface PointsReader {
  write(text: string): void;
  /** The file ends: the last record is read, or a record left unfinished is a problem. */
  end(): void;
}

/** Where a reader tells what it reads: each point, and each record it could not read as one. */
export interface RawPoints {
  point(raw: RawPoint): void;
  unreadable(problem: PointsProblem): void;
}

/** A value as the file gives it, with the name a problem uses for it. */
export interface Cell {
  field: string;
  value: unknown;
  /** Whether the file has this column or key at all (an empty cell or a null is given, and clears the value). */
  given: boolean;
}

export type IntervalPart = 'day' | 'opens' | 'closes' | 'activity';

export interface RawInterval {
  /** Where a problem of this interval is reported, and how its message begins. */
  field: (part: IntervalPart) => string;
  prefix: string;
  day: unknown;
  opens: unknown;
  closes: unknown;
  activity: unknown;
}

export interface RawPoint {
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

/** The problems one record lists: a record of 300,000 bad intervals would otherwise hold as many. */
export const MAX_RECORD_PROBLEMS = 20;
/** The intervals a point's week may have: more is no timetable (and each would be checked and held). */
export const MAX_INTERVALS = 100;

/** Collects the problems of one record; a field with a problem gives no value (null). */
export class Report {
  readonly problems: PointsProblem[] = [];
  constructor(readonly line: number) {}

  /** Every problem found, listed or not. */
  count = 0;

  add(field: string, message: string): null {
    this.count++;
    if (this.problems.length < MAX_RECORD_PROBLEMS) this.problems.push({ line: this.line, field, message });
    return null;
  }

  /** The problems to tell: the first MAX_RECORD_PROBLEMS, then how many more. */
  told(): PointsProblem[] {
    const more = this.count - this.problems.length;
    return more > 0
      ? [...this.problems, { line: this.line, field: '', message: `and ${more} more problems in this record` }]
      : this.problems;
  }

  has(field: string): boolean {
    return this.problems.some((problem) => problem.field === field);
  }
}
