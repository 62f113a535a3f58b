import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvRecord } from './csv.js';

describe('csvRecord', () => {
  it('writes RFC 4180: quoted where needed, quotes doubled, CRLF, empty for absent', () => {
    expect(csvRecord(['a', 1, true, null, undefined])).toBe('a,1,true,,\r\n');
    expect(csvRecord(['x,y', 'say "hi"', 'two\nlines', 'cr\r'])).toBe('"x,y","say ""hi""","two\nlines","cr\r"\r\n');
  });

  it('reads back with csv-parse as it was written', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'Città, «virgolette» "doppie"\r\ne righe'],
      ['2', ''],
    ];
    expect(parse(rows.map(csvRecord).join(''))).toEqual(rows);
  });
});
