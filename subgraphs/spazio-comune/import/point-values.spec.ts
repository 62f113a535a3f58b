import { describe, expect, it } from 'vitest';
import { parsePoints } from './parse-points.js';
import { csvWith, GOOD_CSV, GOOD_POINTS, HEADER, problemsOf } from './spec-fixtures.js';

describe('every bad value is a problem with its line and field', () => {
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
});
