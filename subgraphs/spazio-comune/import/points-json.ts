import { JSONParser } from '@streamparser/json';
import { withoutByteOrderMark } from '../../shared/markdown/lines.js';
import { Weekday } from '../opening-hours.js';
import type { PointsProblem } from './parsed-points.js';
import { type Cell, MAX_INTERVALS, type PointsReader, type RawInterval, type RawPoint, type RawPoints, Report } from './raw-point.js';

// The JSON format: { "points": [ … ] } or a bare list of points.

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
  if (value.length > MAX_INTERVALS) {
    report.add('hours', `${value.length} intervals: a week has at most ${MAX_INTERVALS}`);
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

/** How deep a file may nest: a point is three levels inside { "points": [ … ] }, its hours two more. */
export const MAX_DEPTH = 32;
/** A value longer than this is no point (the CSV reader's bound for a record). */
export const MAX_VALUE_CHARACTERS = 1_000_000;

/**
 * The JSON reader: @streamparser/json reads the text as it comes and hands over each point of the
 * list once it is whole, so a point is held only until it is checked, never the list. What the
 * parser would hold without end is refused first (`shapeGuard`): nesting past MAX_DEPTH (each open
 * bracket is an entry of its stack), and a point, a string or a number past MAX_VALUE_CHARACTERS.
 */
export function jsonReader(sink: RawPoints): PointsReader {
  let parser: JSONParser | null = null;
  let root: string | null = null;
  let list = false;
  let lists = 0;
  let first = true;
  let stopped = false;
  let guard: ((text: string) => string | null) | null = null;
  const stop = (message: string, field = '') => {
    if (!stopped) sink.unreadable({ line: 0, field, message });
    stopped = true;
  };
  const onValue = ({ value, key, parent, stack }: { value?: unknown; key?: string | number; parent?: unknown; stack: unknown[] }) => {
    if (stopped) return;
    if (root === '{' && stack.length === 1) {
      // "$.points": selected only to tell that it is a list; its items were let go as they came.
      if (++lists > 1) return stop('the key "points" appears twice: give one list of points', 'points');
      list = Array.isArray(value);
      return;
    }
    if (root === '{') {
      // An item of "$.points", whose value keeps its items unless they are let go here.
      if (Array.isArray(parent)) parent.length = 0;
      else if (parent && typeof parent === 'object' && typeof key === 'string') delete (parent as Record<string, unknown>)[key];
    }
    if (typeof key !== 'number') return;
    const unreadable: PointsProblem[] = [];
    const point = jsonPoint(key + 1, value, unreadable);
    for (const problem of unreadable) sink.unreadable(problem);
    if (point) sink.point(point);
  };
  const start = (text: string): string => {
    const at = text.search(/\S/);
    if (at < 0) return '';
    root = text.charAt(at);
    // A bare list's items are "$.*"; in { "points": [ … ] } the list is "$.points", its items "$.points.*".
    parser = new JSONParser({ paths: root === '{' ? ['$.points', '$.points.*'] : ['$.*'], keepStack: false });
    parser.onValue = onValue as JSONParser['onValue'];
    guard = shapeGuard(root === '{' ? 3 : 2);
    list = root === '[';
    return text;
  };
  return {
    write(text) {
      if (stopped || text === '') return;
      let part = first ? withoutByteOrderMark(text) : text;
      first = false;
      if (!parser) part = start(part);
      if (!parser || part === '') return;
      const shape = guard?.(part);
      if (shape) return stop(shape);
      try {
        parser.write(part);
      } catch (error) {
        stop(`not valid JSON: ${(error as Error).message}`);
      }
    },
    end() {
      if (stopped) return;
      try {
        if (!parser) throw new Error('the file is empty');
        if (!parser.isEnded) parser.end();
      } catch (error) {
        return stop(`not valid JSON: ${(error as Error).message}`);
      }
      if (!list) sink.unreadable({ line: 0, field: 'points', message: 'expected { "points": [ … ] } or a list of points' });
    },
  };
}

/**
 * Reads the text as it comes for its shape alone: the depth of brackets outside strings, the length
 * of a string or any other token, and of a point (a value at `pointDepth`: 2 in a bare list, 3 in
 * { "points": [ … ] }). Answers why the text is refused, or null.
 */
function shapeGuard(pointDepth: number): (text: string) => string | null {
  let depth = 0;
  let inString = false;
  let escaped = false;
  let token = 0;
  let point = 0;
  return (text) => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (depth >= pointDepth && ++point > MAX_VALUE_CHARACTERS) return `a point is longer than ${MAX_VALUE_CHARACTERS} characters`;
      if (++token > MAX_VALUE_CHARACTERS) return `a value is longer than ${MAX_VALUE_CHARACTERS} characters`;
      if (inString) {
        if (escaped) escaped = false;
        else if (c === 92)
          escaped = true; // \
        else if (c === 34) inString = false; // "
      } else if (c === 34) {
        inString = true;
      } else if (c === 91 || c === 123) {
        // [ {
        token = 0;
        if (++depth > MAX_DEPTH) return `nested deeper than ${MAX_DEPTH} levels`;
      } else if (c === 93 || c === 125 || c === 44 || c === 58) {
        // ] } , :
        token = 0;
        if (c === 93 || c === 125) depth--;
        if (depth < pointDepth) point = 0;
      }
    }
    return null;
  };
}
