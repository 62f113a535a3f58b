import { describe, expect, it } from 'vitest';
import { parseCallDocument } from './parse-call.js';
import { bando2022 } from './spec-fixtures.js';

describe('the lines of a call', () => {
  it('keeps the 2022 glued label line apart from its neighbour', () => {
    // `…(minimo 5 massimo 6): 5******Eventuali particolari obblighi…:***` in three sections.
    expect(bando2022.match(/5\*{6}Eventuali/g)).toHaveLength(3);
    expect(parseCallDocument(bando2022).projects[0]).toMatchObject({
      daysPerWeek: 5,
      obligations: expect.stringMatching(/^In tutte le sedi/),
    });
  });
});
