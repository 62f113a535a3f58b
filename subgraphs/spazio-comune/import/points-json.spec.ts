import { describe, expect, it } from 'vitest';
import { type PointsProblem, parsePoints } from './parse-points.js';
import { GOOD_POINTS, jsonWith, problemsOf } from './spec-fixtures.js';

describe('every bad value is a problem with its line and field', () => {
  const jsonCases: [string, Record<string, unknown>, Omit<PointsProblem, 'line'>[]][] = [
    ['unknown kind', { kind: 'CENTRO' }, [{ field: 'kind', message: 'unknown kind "CENTRO": CSRC or WEMI' }]],
    ['missing id', { id: undefined }, [{ field: 'id', message: 'id is required' }]],
    ['missing name', { name: null }, [{ field: 'name', message: 'name is required' }]],
    ['an id that is a number', { id: 7 }, [{ field: 'id', message: 'must be text, not 7' }]],
    ['a bad id', { id: 'Wemi/Verro' }, [{ field: 'id', message: expect.stringContaining('"Wemi/Verro" is not an id') }]],
    [
      'time 25:00',
      { hours: [{ day: 'MONDAY', opens: '25:00', closes: '13:00', activity: 'OTHER' }] },
      [{ field: 'hours[0].opens', message: 'opening time "25:00" is not HH:MM (00:00 to 23:59)' }],
    ],
    [
      'time 9:5',
      { hours: [{ day: 'MONDAY', opens: '09:00', closes: '9:5', activity: 'OTHER' }] },
      [{ field: 'hours[0].closes', message: 'closing time "9:5" is not HH:MM (00:00 to 23:59)' }],
    ],
    [
      'a short day in JSON',
      { hours: [{ day: 'MON', opens: '09:00', closes: '13:00', activity: 'OTHER' }] },
      [{ field: 'hours[0].day', message: expect.stringContaining('unknown day "MON": MONDAY, TUESDAY') }],
    ],
    [
      'a day that is an Object property',
      { hours: [{ day: 'toString', opens: '09:00', closes: '13:00', activity: 'OTHER' }] },
      [{ field: 'hours[0].day', message: expect.stringContaining('unknown day "toString"') }],
    ],
    [
      'unknown activity',
      { hours: [{ day: 'MONDAY', opens: '09:00', closes: '13:00', activity: 'PARTY' }] },
      [{ field: 'hours[0].activity', message: expect.stringContaining('unknown activity "PARTY"') }],
    ],
    [
      'an interval missing its closing time',
      { hours: [{ day: 'MONDAY', opens: '09:00', activity: 'OTHER' }] },
      [{ field: 'hours[0].closes', message: 'closes is missing' }],
    ],
    ['hours that are not a list', { hours: 'MON 09:00-13:00 OTHER' }, [{ field: 'hours', message: 'must be a list of intervals' }]],
    [
      'an interval that is not an object',
      { hours: ['MONDAY'] },
      [{ field: 'hours[0]', message: 'must be an object with day, opens, closes, activity' }],
    ],
    [
      'latitude as text that is not a number',
      { address: { latitude: 'nord', longitude: 9.19 } },
      [{ field: 'address.latitude', message: '"nord" is not a number (use a decimal point)' }],
    ],
    [
      'latitude as a boolean',
      { address: { latitude: true, longitude: 9.19 } },
      [{ field: 'address.latitude', message: 'must be a number, not true' }],
    ],
    [
      'latitude out of range',
      { address: { latitude: -95, longitude: 9.19 } },
      [{ field: 'address.latitude', message: 'latitude -95 is outside -90 to 90' }],
    ],
    [
      'latitude without longitude',
      { address: { latitude: 45.46 } },
      [{ field: 'address.longitude', message: 'latitude given without longitude' }],
    ],
    ['municipio 12', { municipio: 12 }, [{ field: 'municipio', message: 'municipio 12 is not 1 to 9' }]],
    ['2026-02-30', { openedOn: '2026-02-30' }, [{ field: 'openedOn', message: '2026-02-30 is not a date that exists' }]],
    [
      'a postal code as a number',
      { address: { postalCode: 20141 } },
      [{ field: 'address.postalCode', message: 'must be text, not 20141' }],
    ],
    ['a NUL byte in the name', { name: 'Pro\u0000va' }, [{ field: 'name', message: 'contains a control character (U+0000)' }]],
    [
      'a line break in the street',
      { address: { street: 'Via Verro,\n85' } },
      [{ field: 'address.street', message: 'contains a control character (U+000A)' }],
    ],
    [
      'a control character in an interval',
      { hours: [{ day: 'MONDAY\u0000', opens: '09:00', closes: '13:00', activity: 'OTHER' }] },
      [{ field: 'hours[0].day', message: 'contains a control character (U+0000)' }],
    ],
    ['an unknown field', { lat: 45.46 }, [{ field: 'lat', message: expect.stringContaining('unknown field "lat"') }]],
    [
      'an unknown address field',
      { address: { cap: '20141' } },
      [{ field: 'address.cap', message: expect.stringContaining('unknown field "address.cap"') }],
    ],
    ['an address that is not an object', { address: 'Via Verro, 85' }, [{ field: 'address', message: 'must be an object' }]],
  ];

  it.each(jsonCases)('JSON: %s', (_name, fields, expected) => {
    expect(problemsOf(jsonWith(fields), 'JSON')).toEqual(expected.map((problem) => ({ line: 1, ...problem })));
  });

  it('numeric text for JSON coordinates and municipio is read as the number', () => {
    const { rows, problems } = parsePoints(jsonWith({ address: { latitude: '45.46', longitude: '9.19' }, municipio: '3' }), 'JSON');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ address: { latitude: 45.46, longitude: 9.19 }, municipio: 3 });
  });
});

describe('the file as a whole', () => {
  it('JSON that is not JSON, or holds no list of points, is a problem of the file (line 0)', () => {
    expect(parsePoints('{ "points": [ ', 'JSON').problems).toEqual([
      { line: 0, field: '', message: expect.stringContaining('not valid JSON') },
    ]);
    expect(parsePoints('{ "punti": [] }', 'JSON').problems).toEqual([
      { line: 0, field: 'points', message: 'expected { "points": [ … ] } or a list of points' },
    ]);
    expect(parsePoints('"points"', 'JSON').problems).toHaveLength(1);
  });

  it('a JSON point that is not an object', () => {
    expect(parsePoints(JSON.stringify([GOOD_POINTS[0], 'csrc-x']), 'JSON')).toEqual({
      rows: [expect.objectContaining({ id: 'wemi-verro' })],
      problems: [{ line: 2, field: '', message: 'a point must be an object' }],
    });
  });
});
