import { describe, expect, it } from 'vitest';
import { type PointsProblem, parsePoints } from './parse-points.js';
import { csvWith, GOOD_CSV, HEADER, problemsOf } from './spec-fixtures.js';

describe('every bad value is a problem with its line and field', () => {
  const csvCases: [string, Partial<Record<string, string>>, Omit<PointsProblem, 'line'>[]][] = [
    ['unknown kind', { kind: 'CENTRO' }, [{ field: 'kind', message: 'unknown kind "CENTRO": CSRC or WEMI' }]],
    ['kind in lower case', { kind: 'wemi' }, [{ field: 'kind', message: 'unknown kind "wemi": CSRC or WEMI' }]],
    ['missing id', { id: '' }, [{ field: 'id', message: 'id is required' }]],
    ['missing name (spaces only)', { name: '   ' }, [{ field: 'name', message: 'name is required' }]],
    ['missing kind', { kind: '' }, [{ field: 'kind', message: 'kind is required' }]],
    [
      'id with capitals and a space',
      { id: 'WeMi Verro' },
      [{ field: 'id', message: expect.stringContaining('"WeMi Verro" is not an id') }],
    ],
    ['id starting with a hyphen', { id: '-verro' }, [{ field: 'id', message: expect.stringContaining('"-verro" is not an id') }]],
    ['id with an underscore', { id: 'wemi_verro' }, [{ field: 'id', message: expect.stringContaining('is not an id') }]],
    ['id of 65 characters', { id: 'a'.repeat(65) }, [{ field: 'id', message: expect.stringContaining('is not an id') }]],
    [
      'opening time 25:00',
      { hours: 'MON 25:00-26:00 OTHER' },
      [
        { field: 'hours', message: 'interval 1 "MON 25:00-26:00 OTHER": opening time "25:00" is not HH:MM (00:00 to 23:59)' },
        { field: 'hours', message: 'interval 1 "MON 25:00-26:00 OTHER": closing time "26:00" is not HH:MM (00:00 to 23:59)' },
      ],
    ],
    [
      'time 9:5',
      { hours: 'MON 09:00-13:00 OTHER; TUE 9:5-12:00 OTHER' },
      [{ field: 'hours', message: 'interval 2 "TUE 9:5-12:00 OTHER": opening time "9:5" is not HH:MM (00:00 to 23:59)' }],
    ],
    [
      'time 9:05 without the leading zero',
      { hours: 'MON 9:05-12:00 OTHER' },
      [{ field: 'hours', message: expect.stringContaining('"9:05" is not HH:MM') }],
    ],
    ['time 24:00', { hours: 'MON 20:00-24:00 OTHER' }, [{ field: 'hours', message: expect.stringContaining('"24:00" is not HH:MM') }]],
    [
      'unknown day',
      { hours: 'LUN 09:00-13:00 OTHER' },
      [{ field: 'hours', message: expect.stringContaining('unknown day "LUN": MON, TUE, WED, THU, FRI, SAT, SUN') }],
    ],
    [
      'a day written in full in CSV',
      { hours: 'MONDAY 09:00-13:00 OTHER' },
      [{ field: 'hours', message: expect.stringContaining('unknown day "MONDAY"') }],
    ],
    [
      'unknown activity',
      { hours: 'MON 09:00-13:00 SOCIAL' },
      [{ field: 'hours', message: expect.stringContaining('unknown activity "SOCIAL": FRONT_OFFICE, DIGITAL_EDUCATION, OTHER') }],
    ],
    [
      'an interval without activity',
      { hours: 'MON 09:00-13:00' },
      [{ field: 'hours', message: 'interval 1 "MON 09:00-13:00": expected DAY HH:MM-HH:MM ACTIVITY, e.g. "MON 09:00-13:00 FRONT_OFFICE"' }],
    ],
    [
      'non-numeric latitude',
      { latitude: 'nord', longitude: '9.19' },
      [{ field: 'latitude', message: '"nord" is not a number (use a decimal point)' }],
    ],
    [
      'decimal comma',
      { latitude: '45,46', longitude: '9.19' },
      [{ field: 'latitude', message: '"45,46" is not a number (use a decimal point)' }],
    ],
    [
      'exponent notation',
      { latitude: '4.5e1', longitude: '9.19' },
      [{ field: 'latitude', message: expect.stringContaining('is not a number') }],
    ],
    ['latitude out of range', { latitude: '91', longitude: '9.19' }, [{ field: 'latitude', message: 'latitude 91 is outside -90 to 90' }]],
    [
      'longitude out of range',
      { latitude: '45.46', longitude: '-180.5' },
      [{ field: 'longitude', message: 'longitude -180.5 is outside -180 to 180' }],
    ],
    ['latitude without longitude', { latitude: '45.46' }, [{ field: 'longitude', message: 'latitude given without longitude' }]],
    ['longitude without latitude', { longitude: '9.19' }, [{ field: 'latitude', message: 'longitude given without latitude' }]],
    ['municipio 0', { municipio: '0' }, [{ field: 'municipio', message: 'municipio 0 is not 1 to 9' }]],
    ['municipio 10', { municipio: '10' }, [{ field: 'municipio', message: 'municipio 10 is not 1 to 9' }]],
    ['municipio 2.5', { municipio: '2.5' }, [{ field: 'municipio', message: 'municipio 2.5 is not 1 to 9' }]],
    ['municipio in words', { municipio: 'due' }, [{ field: 'municipio', message: '"due" is not a number (use a decimal point)' }]],
    ['2026-02-30', { opened_on: '2026-02-30' }, [{ field: 'opened_on', message: '2026-02-30 is not a date that exists' }]],
    ['2025-02-29', { opened_on: '2025-02-29' }, [{ field: 'opened_on', message: '2025-02-29 is not a date that exists' }]],
    ['month 13', { opened_on: '2024-13-01' }, [{ field: 'opened_on', message: '2024-13-01 is not a date that exists' }]],
    ['an Italian date', { opened_on: '15/03/2021' }, [{ field: 'opened_on', message: '"15/03/2021" is not a date YYYY-MM-DD' }]],
    ['a NUL byte in the name', { name: 'Pro\u0000va' }, [{ field: 'name', message: 'contains a control character (U+0000)' }]],
    ['a tab in the street', { street: 'Via\tVerro, 85' }, [{ field: 'street', message: 'contains a control character (U+0009)' }]],
    ['a bell in the manager', { manager: 'Coop\u0007' }, [{ field: 'manager', message: 'contains a control character (U+0007)' }]],
    ['a C1 control in the city', { city: 'Mil\u0085ano' }, [{ field: 'city', message: 'contains a control character (U+0085)' }]],
    ['an escape in the id', { id: 'wemi\u001b' }, [{ field: 'id', message: 'contains a control character (U+001B)' }]],
    ['a line break inside a quoted name', { name: 'Spazio\nWeMi' }, [{ field: 'name', message: 'contains a control character (U+000A)' }]],
    [
      'a control character in the hours',
      { hours: 'MON 09:00-13:00\u0000 OTHER' },
      [{ field: 'hours', message: 'contains a control character (U+0000)' }],
    ],
  ];

  it.each(csvCases)('CSV: %s', (_name, values, expected) => {
    expect(problemsOf(csvWith(values), 'CSV')).toEqual(expected.map((problem) => ({ line: 2, ...problem })));
  });
});

describe('the file as a whole', () => {
  it('a record over several lines is named by its first line; the lines after it keep their numbers', () => {
    const text = `${HEADER}\r\ncsrc-a,CSRC,"A\r\nsu due righe",,,,,,,,,,\r\ncsrc-b,CSRC,B,,,,,,,,,,\r\ncsrc-b,CSRC,B,,,,,,,,,,\r\n`;
    expect(parsePoints(text, 'CSV').problems).toEqual([
      { line: 2, field: 'name', message: 'contains a control character (U+000A)' },
      { line: 5, field: 'id', message: 'duplicate id "csrc-b", first at line 4' },
    ]);
  });

  it('a record with a wrong number of cells', () => {
    expect(parsePoints(`${HEADER}\ncsrc-a,CSRC,A\n`, 'CSV').problems).toEqual([
      { line: 2, field: '', message: '3 cells, the header has 13' },
    ]);
  });

  it('a quote left open is reported at the line of its record, not at the end of the file', () => {
    const problems = parsePoints(`${GOOD_CSV}\n\ncsrc-c,CSRC,"C,,,,,,,,,,\n${GOOD_CSV.split('\n')[2]}\n\n`, 'CSV').problems;
    expect(problems).toEqual([
      { line: 5, field: '', message: expect.stringContaining('the record from line 5 is not readable as CSV: Quote Not Closed') },
    ]);
  });

  it('a quote inside an unquoted value is reported at its line', () => {
    const problems = parsePoints(`${GOOD_CSV}\ncsrc-c,CSRC,Centro "C",,,,,,,,,,\n`, 'CSV').problems;
    expect(problems).toEqual([{ line: 4, field: '', message: expect.stringContaining('the record from line 4 is not readable as CSV') }]);
  });

  it('header problems: unknown, repeated and missing columns, on line 1, and no row is read', () => {
    expect(parsePoints('id,kind,lat,kind\nwemi-a,WEMI,45', 'CSV')).toEqual({
      rows: [],
      problems: [
        { line: 1, field: 'lat', message: expect.stringContaining('unknown column "lat"; columns are id, kind, name,') },
        { line: 1, field: 'kind', message: 'column "kind" appears twice' },
        { line: 1, field: 'name', message: 'required column "name" is missing' },
      ],
    });
  });

  it('a column without a name (a trailing separator in the header)', () => {
    expect(parsePoints(`${HEADER},\n`, 'CSV').problems).toEqual([{ line: 1, field: '', message: 'column 14 has no name' }]);
  });

  it('an empty CSV', () => {
    expect(parsePoints('', 'CSV').problems).toEqual([{ line: 1, field: '', message: 'the file is empty: a header row is required' }]);
    expect(parsePoints(HEADER, 'CSV')).toEqual({ rows: [], problems: [] });
  });
});
