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
 * In both formats no value may contain a control character (NUL, tab, line break, …). A point has
 * at most 100 intervals of hours; a record (a CSV record, a JSON point or any one JSON value) is at
 * most 1,000,000 characters, and JSON nests at most 32 levels: past those bounds the file is
 * refused as it is read, before more of it is held. A record lists at most 20 problems, then how
 * many more.
 *
 * A file is read as it comes, part by part (`readPoints`): a reader per format gives each point once
 * its record is whole, and it is checked and let go.
 *
 * Each part in its file: `points-csv.ts`, `points-json.ts` (the readers), `point-values.ts` (the
 * checks both formats share), `raw-point.ts` (a point before checking); the result's types in
 * `parsed-points.ts`.
 */

import type { ParsedPoints, PointRow, PointsProblem } from './parsed-points.js';
import { PointsCheck } from './point-values.js';
import { csvReader } from './points-csv.js';
import { jsonReader } from './points-json.js';
import type { PointsReader } from './raw-point.js';

export { type ParsedPoints, POINT_FIELDS, type PointField, type PointRow, type PointsProblem } from './parsed-points.js';

export type PointsFormat = 'CSV' | 'JSON';

/** Reads every point of the file and reports every problem; import the rows only when there is none. */
export function parsePoints(text: string, format: PointsFormat): ParsedPoints {
  const rows: PointRow[] = [];
  const problems: PointsProblem[] = [];
  const reader = pointsReader(
    format,
    new PointsCheck(
      whereIn(format),
      (row) => rows.push(row),
      (problem) => problems.push(problem),
    ),
  );
  reader.write(text);
  reader.end();
  return { rows, problems };
}

/**
 * Reads a file given in parts (each cut anywhere) and checks each point as it comes, yielding the
 * points without a problem `size` at a time, in file order; each problem is told to `problem`. What
 * it holds at any time is one part, one batch and the ids (`ids`, each with the line it is first
 * on), however large the file; `ids: null` reads a file already checked, without them.
 */
export async function* readPoints(
  parts: AsyncIterable<string>,
  format: PointsFormat,
  problem: (problem: PointsProblem) => void,
  { size = 1_000, ids = new Map<string, number>() }: { size?: number; ids?: Map<string, number> | null } = {},
): AsyncGenerator<PointRow[]> {
  let batch: PointRow[] = [];
  const reader = pointsReader(format, new PointsCheck(whereIn(format), (row) => batch.push(row), problem, ids));
  for await (const part of parts) {
    reader.write(part);
    while (batch.length >= size) yield batch.splice(0, size);
  }
  reader.end();
  while (batch.length > 0) yield batch.splice(0, size);
  batch = [];
}

function pointsReader(format: PointsFormat, check: PointsCheck): PointsReader {
  return format === 'CSV' ? csvReader(check) : jsonReader(check);
}

/** How a problem names the record of a duplicate id: CSV by line, JSON by position in the list. */
function whereIn(format: PointsFormat): (line: number) => string {
  return format === 'CSV' ? (line) => `line ${line}` : (line) => `point ${line}`;
}
