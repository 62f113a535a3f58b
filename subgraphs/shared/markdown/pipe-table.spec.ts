import { describe, expect, it } from 'vitest';
import { isDelimiterRow, pipeCells } from './pipe-table.js';

describe('pipe tables', () => {
  it('splits a row into its cells as written, outer pipes or not', () => {
    expect(pipeCells('| 167296 – One Stop Shop | Via Larga, 12 | 1 |')).toEqual([' 167296 – One Stop Shop ', ' Via Larga, 12 ', ' 1 ']);
    expect(pipeCells('a | b')).toEqual(['a ', ' b']);
  });

  it('keeps an escaped pipe inside its cell, and empty cells between pipes', () => {
    expect(pipeCells('| a \\| b | | c |')).toEqual([' a | b ', ' ', ' c ']);
  });

  it('splits at every pipe when told escapes do not count', () => {
    expect(pipeCells('| a \\| b | c |', { escapes: false })).toEqual([' a \\', ' b ', ' c ']);
  });

  it('knows the delimiter row, with or without alignment colons and outer pipes', () => {
    expect(['|---|---|', '| :-- | :-: | --: |', '-|-', '|-|'].every(isDelimiterRow)).toBe(true);
    expect(['| a | b |', '|   |', '---x', ''].some(isDelimiterRow)).toBe(false);
  });
});
