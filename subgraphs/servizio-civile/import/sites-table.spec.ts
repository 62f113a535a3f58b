import { describe, expect, it } from 'vitest';
import { bando2022, refusal } from './spec-fixtures.js';

describe('the table of sites', () => {
  it('refuses a table row without its number of volunteers', () => {
    const text = bando2022.replace('167296 – One Stop Shop\tVia Larga, 12\t1', '167296 – One Stop Shop\tVia Larga, 12');
    expect(refusal(text).missing).toStrictEqual([
      'the row of site 167296 (line 22) of the table of sites has no number of volunteers as its last column',
    ]);
  });
});
