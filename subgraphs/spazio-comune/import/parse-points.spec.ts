import { describe, expect, it } from 'vitest';
import { parsePoints } from './parse-points.js';
import { csvWith, GOOD_CSV, GOOD_POINTS, GOOD_ROWS, HEADER, jsonWith, withoutLine } from './spec-fixtures.js';

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
