import { describe, expect, it } from 'vitest';
import { DAY_HEADING, edit, parsed, REAL, TYPICAL_DAY } from './spec-fixtures.js';

describe('the prose sections', () => {
  it('no description or typical day: null, with a warning', () => {
    const noDescription = edit(REAL, /#### Descrizione\n\n[^\n]*\n\n/, '');
    expect(parsed(noDescription).project.description).toBeNull();
    expect(parsed(noDescription).warnings).toEqual(['description not found']);
    const noDay = edit(REAL, `${DAY_HEADING}\n\n${TYPICAL_DAY}\n\n`, '');
    expect(parsed(noDay).project.typicalDay).toBeNull();
    expect(parsed(noDay).project.hours.total).toBe(1400);
    expect(parsed(noDay).warnings).toEqual(['typical day not found']);
  });
});
