import { describe, expect, it } from 'vitest';
import { codePointName } from './characters.js';

describe('codePointName', () => {
  it('names a character by its code point, four hex digits at least', () => {
    expect(['\u0000', '\u0007', '\u00AD', '\u202E', '\u{E0001}'].map(codePointName)).toEqual([
      'U+0000',
      'U+0007',
      'U+00AD',
      'U+202E',
      'U+E0001',
    ]);
  });
});
