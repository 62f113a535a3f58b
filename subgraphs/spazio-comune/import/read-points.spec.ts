import { describe, expect, it } from 'vitest';
import { type ParsedPoints, type PointRow, type PointsProblem, parsePoints, readPoints } from './parse-points.js';
import { MAX_RECORD_CHARACTERS } from './points-csv.js';
import { MAX_DEPTH, MAX_VALUE_CHARACTERS } from './points-json.js';
import { MAX_INTERVALS, MAX_RECORD_PROBLEMS } from './raw-point.js';
import { GOOD_CSV, GOOD_POINTS, HEADER } from './spec-fixtures.js';

/** What readPoints gives for a file sent in these parts. */
async function inParts(parts: string[], format: 'CSV' | 'JSON'): Promise<ParsedPoints & { ids: Map<string, number> }> {
  const rows: PointRow[] = [];
  const problems: PointsProblem[] = [];
  const ids = new Map<string, number>();
  async function* each() {
    yield* parts;
  }
  // Batches of 2, so that a file's rows come in several.
  for await (const batch of readPoints(each(), format, (problem) => problems.push(problem), { size: 2, ids })) {
    expect(batch.length).toBeLessThanOrEqual(2);
    rows.push(...batch);
  }
  return { rows, problems, ids };
}

/** The file cut in two at every position, and cut into single characters. */
function cuts(text: string): string[][] {
  return [...Array.from({ length: text.length + 1 }, (_, at) => [text.slice(0, at), text.slice(at)]), [...text]];
}

// A CSV with a quoted value across two lines, CRLF line ends, a byte order mark, a blank record and a problem.
const CSV = `\uFEFF${[
  HEADER,
  ...GOOD_CSV.split('\n').slice(1),
  'csrc-due,CSRC,"Centro\nsu due righe",,,,,,,,,,',
  // A U+FEFF inside a value is the value's (a part that begins with it keeps it).
  'csrc-tre,CSRC,Centro\uFEFFtre,,,,,,,,,,',
  '',
  'csrc-male,CSRC,Male,,,,91,9,,,,,',
  'csrc-due,CSRC,Di nuovo,,,,,,,,,,',
].join('\r\n')}\r\n`;

const JSON_FILE = `\uFEFF${JSON.stringify({ note: 'x', points: [...GOOD_POINTS, { id: 'wemi-x', kind: 'WEMI' }, 'csrc-y'] }, null, 1)}`;

describe('a file read as it comes, in parts cut anywhere', () => {
  it.each([
    ['CSV', CSV],
    ['JSON', JSON_FILE],
  ] as const)('%s: every cut gives what the whole file gives', async (format, text) => {
    const whole = parsePoints(text, format);
    // The file has rows and problems, so that a cut that loses or moves either is seen.
    expect(whole.rows.length).toBeGreaterThan(1);
    expect(whole.problems.length).toBeGreaterThan(1);
    for (const parts of cuts(text)) {
      const read = await inParts(parts, format);
      expect({ rows: read.rows, problems: read.problems }, JSON.stringify(parts.slice(0, 2))).toEqual(whole);
    }
  });

  it('answers the ids of the file with the line each is first on', async () => {
    const { ids } = await inParts([CSV], 'CSV');
    expect(ids.get('csrc-due')).toBe(4);
    expect(ids.get('csrc-male')).toBe(8);
    expect(parsePoints(CSV, 'CSV').problems).toContainEqual({
      line: 9,
      field: 'id',
      message: 'duplicate id "csrc-due", first at line 4',
    });
  });

  it('a quote left open is a problem of its record once it runs past a bound, not a file held whole', async () => {
    const part = `${'x'.repeat(100_000)}\n`;
    const parts = [
      `${HEADER}\n`,
      `csrc-a,CSRC,"Aperto${part}`,
      ...Array.from({ length: MAX_RECORD_CHARACTERS / part.length + 1 }, () => part),
    ];
    const { rows, problems } = await inParts(parts, 'CSV');
    expect(rows).toEqual([]);
    expect(problems).toEqual([
      { line: 2, field: '', message: `the record from line 2 is longer than ${MAX_RECORD_CHARACTERS} characters: is a quote left open?` },
    ]);
  });

  it('a JSON key "__proto__" is a key like any other: unknown, and no way to give a point its fields', async () => {
    const text = '{ "points": [ { "__proto__": { "id": "x", "kind": "WEMI", "name": "N" } } ] }';
    const { rows, problems } = await inParts([text], 'JSON');
    expect(rows).toEqual([]);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['__proto__', 'id', 'kind', 'name']));
  });

  it('JSON whose list is not one, or that ends early, is a problem of the file', async () => {
    expect((await inParts(['{ "points": { "id": 1 } }'], 'JSON')).problems).toEqual([
      { line: 0, field: 'points', message: 'expected { "points": [ … ] } or a list of points' },
    ]);
    expect((await inParts(['[ { "id": "a" ', ''], 'JSON')).problems).toEqual([
      { line: 0, field: '', message: expect.stringContaining('not valid JSON') },
    ]);
  });

  it('an empty part, and the first line of a file that begins blank, read as the whole file reads them', async () => {
    const crlf = 'id,kind,name\r\ncsrc-a,CSRC,A\r\ncsrc-a,CSRC,B\r\n';
    expect((await inParts(['id,kind,name\r\ncsrc-a,CSRC,A\r', '', '\ncsrc-a,CSRC,B\r\n'], 'CSV')).problems).toEqual(
      parsePoints(crlf, 'CSV').problems,
    );
    const blank = '\n\nid;kind;name\ncsrc-a;CSRC;A\n';
    expect(parsePoints(blank, 'CSV').problems).not.toEqual([]);
    expect((await inParts(['\n\n', 'id;kind;name\ncsrc-a;CSRC;A\n'], 'CSV')).problems).toEqual(parsePoints(blank, 'CSV').problems);
  });

  it('a hostile file is refused by what it is, not read until memory runs out', async () => {
    const deep = await inParts(['['.repeat(100_000)], 'JSON');
    expect(deep.problems).toEqual([{ line: 0, field: '', message: `nested deeper than ${MAX_DEPTH} levels` }]);
    const long = await inParts(['{ "x": "', 'a'.repeat(MAX_VALUE_CHARACTERS), '" }'], 'JSON');
    expect(long.problems).toEqual([{ line: 0, field: '', message: `a value is longer than ${MAX_VALUE_CHARACTERS} characters` }]);
    const point = await inParts([`[ { "id": "wemi-a", "name": "${'n, '.repeat(MAX_VALUE_CHARACTERS / 3)}" } ]`], 'JSON');
    expect(point.problems).toEqual([{ line: 0, field: '', message: `a point is longer than ${MAX_VALUE_CHARACTERS} characters` }]);
    // 300,000 intervals of one point: one problem, not 1.2 million.
    const hours = await inParts([`[ { "id": "wemi-a", "kind": "WEMI", "name": "A", "hours": [${'{},'.repeat(299_999)}{}] } ]`], 'JSON');
    expect(hours.problems).toEqual([{ line: 1, field: 'hours', message: `300000 intervals: a week has at most ${MAX_INTERVALS}` }]);
    const cell = await inParts([`id,kind,name,hours\ncsrc-a,CSRC,A,"${'x;'.repeat(400_000)}"\n`], 'CSV');
    expect(cell.problems).toEqual([{ line: 2, field: 'hours', message: `400001 intervals: a week has at most ${MAX_INTERVALS}` }]);
    // A record with many problems lists the first MAX_RECORD_PROBLEMS and how many more.
    const many = await inParts([`[ { ${Array.from({ length: 50 }, (_, i) => `"k${i}": 1`).join(', ')} } ]`], 'JSON');
    expect(many.problems).toHaveLength(MAX_RECORD_PROBLEMS + 1);
    expect(many.problems.at(-1)?.message).toMatch(/^and \d+ more problems in this record$/);
  });

  it('JSON: a bare empty list is a file of no points; a second "points" is refused', async () => {
    expect(await inParts(['[ ]'], 'JSON')).toMatchObject({ rows: [], problems: [] });
    expect(parsePoints('[]', 'JSON')).toEqual({ rows: [], problems: [] });
    const twice = await inParts([`{ "points": [${JSON.stringify(GOOD_POINTS[0])}], "points": [] }`], 'JSON');
    expect(twice.problems).toEqual([{ line: 0, field: 'points', message: 'the key "points" appears twice: give one list of points' }]);
  });
});
