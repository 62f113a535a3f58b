import { describe, expect, it } from 'vitest';
import { edit, parsed, REAL } from './spec-fixtures.js';

describe('the hours plan', () => {
  it('"1.400" with a thousands separator is 1400', () => {
    expect(parsed(edit(REAL, 'svolgerà 1400 ore', 'svolgerà 1.400 ore')).project.hours.total).toBe(1400);
  });

  it('"su 5 giorni" is 5 to 5 days', () => {
    const { hours } = parsed(edit(REAL, 'su 5 o 6 giorni', 'su 5 giorni')).project;
    expect([hours.daysPerWeekMin, hours.daysPerWeekMax]).toEqual([5, 5]);
  });
  it('hours figures the text does not state are null', () => {
    const { project, warnings } = parsed(edit(REAL, /\n\nL'impegno richiesto[^\n]*$/, ''));
    expect(project.hours).toMatchObject({
      weeklyAverage: null,
      monthlyAverage: null,
      daysPerWeekMin: null,
      daysPerWeekMax: null,
      total: 1400,
    });
    expect(warnings).toEqual([
      'hours plan: weekly average hours not found',
      'hours plan: monthly average hours not found',
      'hours plan: days per week not found',
    ]);
  });

  it('figures that do not add up stay as written, with a warning', () => {
    const { project, warnings } = parsed(edit(REAL, '1322 ore', '1300 ore'));
    expect(project.hours.service).toBe(1300);
    expect(warnings).toEqual(['hours plan: 1300 + 40 + 38 = 1378, not the 1400 total stated']);
  });
});
