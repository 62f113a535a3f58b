import { JSONParser } from '@streamparser/json';
import { withoutByteOrderMark } from '../../shared/markdown/lines.js';
import { Weekday } from '../opening-hours.js';
import type { PointsProblem } from './parsed-points.js';
import { type Cell, type PointsReader, type RawInterval, type RawPoint, type RawPoints, Report } from './raw-point.js';

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

/**
 * The JSON reader: @streamparser/json reads the text as it comes and hands over each point of the
 * list once it is whole, so a point is held only until it is checked, never the list.
 */
export function jsonReader(sink: RawPoints): PointsReader {
  // A bare list's items are "$.*"; the list of { "points": [ … ] } is "$.points" and its items "$.points.*".
  const parser = new JSONParser({ paths: ['$.*', '$.points.*'], keepStack: false });
  let list = false;
  let first = true;
  let stopped = false;
  const stop = (message: string) => {
    sink.unreadable({ line: 0, field: '', message: `not valid JSON: ${message}` });
    stopped = true;
  };
  parser.onValue = ({ value, key, parent, stack }) => {
    if (stack.length === 1 && typeof key === 'number') list = true;
    else if (stack.length === 1 && key === 'points') list = Array.isArray(value);
    else if (stack.length !== 2 || stack[1]?.key !== 'points') return;
    if (typeof key !== 'number') return;
    // "$.points" is selected to see that it is a list, so its items stay in it unless let go here.
    if (stack.length === 2 && Array.isArray(parent)) parent.length = 0;
    const unreadable: PointsProblem[] = [];
    const point = jsonPoint(key + 1, value, unreadable);
    for (const problem of unreadable) sink.unreadable(problem);
    if (point) sink.point(point);
  };
  return {
    write(text) {
      if (stopped) return;
      try {
        parser.write(first ? withoutByteOrderMark(text) : text);
      } catch (error) {
        stop((error as Error).message);
      }
      first = false;
    },
    end() {
      if (stopped) return;
      try {
        if (!parser.isEnded) parser.end();
      } catch (error) {
        return stop((error as Error).message);
      }
      if (!list) sink.unreadable({ line: 0, field: 'points', message: 'expected { "points": [ … ] } or a list of points' });
    },
  };
}
