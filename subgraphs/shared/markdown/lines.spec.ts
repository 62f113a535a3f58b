import { describe, expect, it } from 'vitest';
import { headingLevel, unifyLineBreaks, unifyLineEnds, withoutByteOrderMark, withoutClosingMarks, withoutHeadingMarks } from './lines.js';

describe('line ends', () => {
  it('drops the byte order mark at the start only', () => {
    expect(withoutByteOrderMark('\uFEFFa\uFEFF')).toBe('a\uFEFF');
  });

  it('makes CRLF and lone CR into LF', () => {
    expect(unifyLineEnds('\uFEFFa\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('keeps page breaks and Unicode separators unless asked for every break', () => {
    const text = 'a\fb\vc\u0085d\u2028e\u2029f\r\ng';
    expect(unifyLineEnds(text)).toBe('a\fb\vc\u0085d\u2028e\u2029f\ng');
    expect(unifyLineBreaks(text)).toBe('a\nb\nc\nd\ne\nf\ng');
  });
});

describe('headings', () => {
  it('reads the level of one to six marks followed by a space or the end of the line', () => {
    expect(['# A', '###### A', '   ## A', '##', '####### A', '#A', '    # A', 'A'].map(headingLevel)).toEqual([1, 6, 2, 2, 0, 0, 0, 0]);
  });

  it('removes the closing marks, and the opening ones with the spaces after them', () => {
    expect(withoutClosingMarks('Title ##  ')).toBe('Title');
    expect(withoutClosingMarks('C#')).toBe('C#');
    expect(withoutHeadingMarks('  ### Sede progetto ###')).toBe('Sede progetto');
    expect(withoutHeadingMarks('Nota #')).toBe('Nota');
  });
});
