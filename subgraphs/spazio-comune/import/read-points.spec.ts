import { describe, expect, it } from 'vitest';
import { type ParsedPoints, type PointRow, type PointsProblem, parsePoints, readPoints } from './parse-points.js';
import { MAX_RECORD_CHARACTERS } from './points-csv.js';
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
    expect(ids.get('csrc-male')).toBe(7);
    expect(parsePoints(CSV, 'CSV').problems).toContainEqual({
      line: 8,
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
});
