import { describe, expect, it } from 'vitest';
import { Activity, Weekday } from '../opening-hours.js';
import { POINT_FIELDS, type PointRow, type PointsProblem, parsePoints } from './parse-points.js';

const HEADER = 'id,kind,name,short_name,street,postal_code,city,latitude,longitude,municipio,manager,opened_on,hours';

/** Two points: every column filled (with quoted commas and quotes), and only what is required plus a little. */
const GOOD_CSV = [
  HEADER,
  'wemi-verro,WEMI,"Spazio WeMi Verro, Municipio 5",WeMi Verro,"Via Bernardino Verro, 85",20141,Milano,45.4421,9.1978,5,"Cooperativa ""Il Sorriso""",2021-03-15,MON 09:00-13:00 FRONT_OFFICE; WED 14:00-18:00 DIGITAL_EDUCATION; SAT 22:00-02:00 OTHER',
  'csrc-sammartini,CSRC,Sammartini,,,,Milano,,,2,,,',
].join('\n');

const GOOD_ROWS: PointRow[] = [
  {
    line: 2,
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
    given: [...POINT_FIELDS],
  },
  {
    line: 3,
    id: 'csrc-sammartini',
    kind: 'CSRC',
    name: 'Sammartini',
    shortName: null,
    address: { street: null, postalCode: null, city: 'Milano', latitude: null, longitude: null },
    municipio: 2,
    manager: null,
    openedOn: null,
    hours: [],
    given: [...POINT_FIELDS],
  },
];

const GOOD_POINTS = [
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
      { day: 'MONDAY', opens: '09:00', closes: '13:00', activity: 'FRONT_OFFICE' },
      { day: 'WEDNESDAY', opens: '14:00', closes: '18:00', activity: 'DIGITAL_EDUCATION' },
      { day: 'SATURDAY', opens: '22:00', closes: '02:00', activity: 'OTHER' },
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

const withoutLine = (rows: PointRow[]) => rows.map(({ line: _line, ...row }) => row);

/** One CSV record with the header, every column given by name (the rest empty). */
function csvWith(values: Partial<Record<string, string>>): string {
  const columns = HEADER.split(',');
  const base: Record<string, string> = { id: 'wemi-test', kind: 'WEMI', name: 'Prova' };
  const cells = columns.map((column) => {
    const value = values[column] ?? base[column] ?? '';
    return /[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  });
  return `${HEADER}\n${cells.join(',')}`;
}

/** One JSON point, with fields replaced or added. */
function jsonWith(fields: Record<string, unknown>): string {
  return JSON.stringify({ points: [{ id: 'wemi-test', kind: 'WEMI', name: 'Prova', ...fields }] });
}

function problemsOf(text: string, format: 'CSV' | 'JSON'): PointsProblem[] {
  const { rows, problems } = parsePoints(text, format);
  // All or nothing: a record with a problem never becomes a row.
  for (const problem of problems) expect(rows.some((row) => row.line === problem.line)).toBe(false);
  return problems;
}

describe('what a file gives', () => {
  it('a CSV gives the fields of its columns, an empty cell included; a JSON point the keys it has', () => {
    const csv = parsePoints('id,kind,name,street,hours\ncsrc-sammartini,CSRC,Sammartini,,\n', 'CSV');
    expect(csv.problems).toEqual([]);
    expect(csv.rows[0]?.given).toEqual(['kind', 'name', 'street', 'hours']);
    const json = parsePoints(jsonWith({ address: { city: 'Milano', latitude: null }, municipio: null }), 'JSON');
    expect(json.problems).toEqual([]);
    expect(json.rows[0]?.given).toEqual(['kind', 'name', 'city', 'coordinates', 'municipio']);
  });

  it('a latitude column needs a longitude column beside it', () => {
    expect(parsePoints('id,kind,name,latitude\nwemi-test,WEMI,Prova,45.1\n', 'CSV').problems).toEqual([
      { line: 1, field: 'longitude', message: 'column "latitude" needs the column "longitude" beside it' },
    ]);
  });
});

describe('good files', () => {
  it('a CSV gives its rows with their line numbers', () => {
    expect(parsePoints(GOOD_CSV, 'CSV')).toEqual({ rows: GOOD_ROWS, problems: [] });
  });

  it('the same points as JSON give equal rows, numbered by position', () => {
    const { rows, problems } = parsePoints(JSON.stringify({ points: GOOD_POINTS }, null, 2), 'JSON');
    expect(problems).toEqual([]);
    expect(rows.map((row) => row.line)).toEqual([1, 2]);
    expect(withoutLine(rows)).toEqual(withoutLine(GOOD_ROWS));
  });

  it('JSON as a bare list', () => {
    expect(withoutLine(parsePoints(JSON.stringify(GOOD_POINTS), 'JSON').rows)).toEqual(withoutLine(GOOD_ROWS));
  });

  it('";" as the separator (hours quoted)', () => {
    const text = [
      HEADER.replace(/,/g, ';'),
      'wemi-verro;WEMI;Spazio WeMi Verro, Municipio 5;WeMi Verro;Via Bernardino Verro, 85;20141;Milano;45.4421;9.1978;5;"Cooperativa ""Il Sorriso""";2021-03-15;"MON 09:00-13:00 FRONT_OFFICE; WED 14:00-18:00 DIGITAL_EDUCATION; SAT 22:00-02:00 OTHER"',
      'csrc-sammartini;CSRC;Sammartini;;;;Milano;;;2;;;',
    ].join('\n');
    expect(parsePoints(text, 'CSV')).toEqual({ rows: GOOD_ROWS, problems: [] });
  });

  it('a byte order mark and CRLF line ends', () => {
    expect(parsePoints(`\uFEFF${GOOD_CSV.replace(/\n/g, '\r\n')}\r\n`, 'CSV')).toEqual({ rows: GOOD_ROWS, problems: [] });
    expect(parsePoints(`\uFEFF${JSON.stringify(GOOD_POINTS)}`, 'JSON').problems).toEqual([]);
  });

  it('columns in any order and case, optional ones left out, blank lines and spaces around values ignored', () => {
    const text = 'Name , KIND,id\n\n Sammartini ,CSRC, csrc-sammartini \n,,\n';
    expect(parsePoints(text, 'CSV')).toEqual({
      rows: [
        {
          line: 3,
          id: 'csrc-sammartini',
          kind: 'CSRC',
          name: 'Sammartini',
          shortName: null,
          address: { street: null, postalCode: null, city: null, latitude: null, longitude: null },
          municipio: null,
          manager: null,
          openedOn: null,
          hours: [],
          // The columns left out are not given: an import leaves those fields as they are.
          given: ['kind', 'name'],
        },
      ],
      problems: [],
    });
  });

  it('a leap day that exists, negative and integral coordinates', () => {
    const { rows, problems } = parsePoints(csvWith({ opened_on: '2024-02-29', latitude: '-33', longitude: '-70.65' }), 'CSV');
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ openedOn: '2024-02-29', address: { latitude: -33, longitude: -70.65 } });
  });

  it('an interval that closes when it opens is 24 hours, not an error', () => {
    expect(parsePoints(csvWith({ hours: 'SUN 00:00-00:00 OTHER' }), 'CSV').problems).toEqual([]);
  });
});

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

  it('every problem of a record is reported, not just the first', () => {
    const problems = problemsOf(csvWith({ id: 'Bad Id', kind: 'X', name: '', municipio: '11', opened_on: '2026-02-30' }), 'CSV');
    expect(problems.map((p) => p.field)).toEqual(['id', 'kind', 'name', 'municipio', 'opened_on']);
  });
});

describe('the file as a whole', () => {
  it('duplicate ids: every later use, with the line of the first', () => {
    const records = ['csrc-a,CSRC,A', 'csrc-b,CSRC,B', 'csrc-a,CSRC,A bis', ' csrc-a ,CSRC,A ter'].map((record) => `${record},,,,,,,,,,`);
    const text = [HEADER, ...records].join('\n');
    const { rows, problems } = parsePoints(text, 'CSV');
    expect(problems).toEqual([
      { line: 4, field: 'id', message: 'duplicate id "csrc-a", first at line 2' },
      { line: 5, field: 'id', message: 'duplicate id "csrc-a", first at line 2' },
    ]);
    expect(rows.map((row) => row.line)).toEqual([2, 3]);
  });

  it('duplicate ids in JSON name the position of the first', () => {
    const points = [GOOD_POINTS[0], GOOD_POINTS[1], GOOD_POINTS[0]];
    expect(parsePoints(JSON.stringify(points), 'JSON').problems).toEqual([
      { line: 3, field: 'id', message: 'duplicate id "wemi-verro", first at point 1' },
    ]);
  });

  it('problems are reported for every bad record, in file order, good records still read', () => {
    const text = [
      HEADER,
      csvWith({ kind: 'X' }).split('\n')[1],
      GOOD_CSV.split('\n')[2],
      csvWith({ id: 'other', municipio: '0' }).split('\n')[1],
    ].join('\n');
    const { rows, problems } = parsePoints(text, 'CSV');
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [2, 'kind'],
      [4, 'municipio'],
    ]);
    expect(rows.map((row) => row.id)).toEqual(['csrc-sammartini']);
  });

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
