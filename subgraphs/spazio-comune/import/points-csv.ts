import { CsvError, parse } from 'csv-parse/sync';
import { withoutByteOrderMark } from '../../shared/markdown/lines.js';
import { Weekday } from '../opening-hours.js';
import type { PointsProblem } from './parsed-points.js';
import { text } from './point-values.js';
import { type Cell, MAX_INTERVALS, type PointsReader, type RawInterval, type RawPoint, type RawPoints, Report } from './raw-point.js';

// The CSV format: a header row naming the columns, one record a point.

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
  const parts = written.split(';');
  if (parts.length > MAX_INTERVALS) {
    report.add('hours', `${parts.length} intervals: a week has at most ${MAX_INTERVALS}`);
    return [];
  }
  parts.forEach((part, index) => {
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

/** A record longer than this is no point: a quote left open has run on into the records after it. */
export const MAX_RECORD_CHARACTERS = 1_000_000;

/**
 * The CSV reader: text is gathered up to the end of its last complete record (a line end outside
 * quotes) and those records handed to csv-parse, with the lines before them counted so problems
 * name the line of the file; the rest waits for the next part.
 */
export function csvReader(sink: RawPoints): PointsReader {
  let pending = ''; // the text of the records not yet complete
  let quoted = false; // whether the end of `pending` is inside quotes
  let scanned = 0; // how far `pending` has been scanned for quotes and line ends
  let recordEnd = 0; // where the last complete record of `pending` ends
  let linesBefore = 0; // the lines of the file before `pending`
  let first = true;
  let carriageReturn = false; // the last part ended with CR, which may be half of a CRLF
  let header: { cells: string[]; columns: Map<CsvColumn, number> } | null = null;
  let delimiter: ',' | ';' | null = null;
  let stopped = false;

  const stop = (problem: PointsProblem) => {
    sink.unreadable(problem);
    stopped = true;
  };
  const read = (text: string) => {
    let lastEnd = 0;
    let records: CsvRecord[];
    try {
      // The separator is the header's, told by the file's first line as the whole file would be read.
      delimiter ??= separatorOf(text);
      records = parse(text, {
        delimiter,
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
      const line = linesBefore + failedRecordLine(text, lastEnd);
      return stop({ line, field: '', message: `the record from line ${line} is not readable as CSV: ${error.message}` });
    }
    for (const { record, info } of records) {
      // info.lines is the line the record ends on; line breaks inside quoted values say how many it spans.
      const line = linesBefore + info.lines - record.reduce((breaks, cell) => breaks + (cell.match(/\n/g)?.length ?? 0), 0);
      if (!header) {
        const { columns, problems } = readHeader(record);
        if (problems.length > 0) {
          for (const problem of problems) sink.unreadable(problem);
          stopped = true;
          return;
        }
        header = { cells: record, columns };
        continue;
      }
      if (record.every((cell) => cell.trim() === '')) continue;
      if (record.length !== header.cells.length) {
        sink.unreadable({ line, field: '', message: `${record.length} cells, the header has ${header.cells.length}` });
        continue;
      }
      sink.point(csvPoint(line, record, header.columns));
    }
  };
  const readComplete = () => {
    for (; scanned < pending.length; scanned++) {
      const c = pending.charCodeAt(scanned);
      if (c === 34)
        quoted = !quoted; // a "" inside quotes turns twice
      else if (c === 10 && !quoted) recordEnd = scanned + 1;
    }
    if (recordEnd > 0) {
      const complete = pending.slice(0, recordEnd);
      pending = pending.slice(recordEnd);
      scanned -= recordEnd;
      recordEnd = 0;
      read(complete);
      linesBefore += lineBreaks(complete);
    }
    if (!stopped && pending.length > MAX_RECORD_CHARACTERS) {
      const line = linesBefore + 1;
      stop({
        line,
        field: '',
        message: `the record from line ${line} is longer than ${MAX_RECORD_CHARACTERS} characters: is a quote left open?`,
      });
    }
  };
  return {
    write(text) {
      if (stopped || text === '') return;
      // A byte order mark begins the file, not each part (a U+FEFF inside a value is the value's).
      let part = first ? withoutByteOrderMark(text) : text;
      first = false;
      if (carriageReturn && part.startsWith('\n')) part = part.slice(1);
      carriageReturn = part.endsWith('\r');
      // Line ends are made LF first: csv-parse counts a CRLF inside a quoted value as two lines.
      pending += part.replace(/\r\n?/g, '\n');
      readComplete();
    },
    end() {
      if (stopped) return;
      if (pending.trim() !== '') read(pending);
      pending = '';
      if (!stopped && !header) stop({ line: 1, field: '', message: 'the file is empty: a header row is required' });
    },
  };
}

/** The first line of the record csv-parse gave up on: the first non-blank line after the last record it finished. */
function failedRecordLine(text: string, lastEnd: number): number {
  const lines = text.split('\n');
  for (let index = lastEnd; index < lines.length; index++) if ((lines[index] as string).trim() !== '') return index + 1;
  return lastEnd + 1;
}

function lineBreaks(text: string): number {
  let count = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
  return count;
}
