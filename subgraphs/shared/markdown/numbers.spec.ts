import { describe, expect, it } from 'vitest';
import { NUMBER, toNumber } from './numbers.js';

describe('numbers', () => {
  const read = (text: string) => {
    const match = new RegExp(`^${NUMBER}$`).exec(text);
    return match?.[1] === undefined ? null : toNumber(match[1]);
  };

  it('reads plain numbers and thousands separated by dots', () => {
    expect(['5', '1145', '1.145', '1.400', '12.345.678'].map(read)).toEqual([5, 1145, 1145, 1400, 12345678]);
  });

  it('does not read a decimal comma or a dot that separates no thousands as one number', () => {
    expect(['1,5', '1.45', '1.4000', '.145'].map(read)).toEqual([null, null, null, null]);
  });
});
