import { describe, expect, it } from 'vitest';
import seed from '../seed/coesione-sociale.json' with { type: 'json' };
import { DESCRIPTION, edit, parsed, REAL, ROW_CELLS, TAB_HEADER, TAB_ROW, TAB_TABLE } from './spec-fixtures.js';

describe('the table of context, objectives and activities', () => {
  it('no table: context null, lists empty, each said', () => {
    const { project, warnings } = parsed(edit(REAL, `${TAB_TABLE}\n`, ''));
    expect(project).toMatchObject({ context: null, needs: [], objectives: [], activities: [] });
    expect(project.description).toBe(DESCRIPTION);
    expect(warnings).toEqual(['no table of context, objectives and activities: context, needs, objectives and activities not read']);
  });

  it('an unknown table column is reported', () => {
    const { warnings } = parsed(edit(REAL, TAB_TABLE, `${TAB_HEADER}\tNote\n${TAB_ROW}\tnessuna`));
    expect(warnings).toEqual(['table column "Note" not known, not read']);
  });

  it('text outside the list of an objectives cell is reported, the list read', () => {
    const row = ROW_CELLS.map((cell, i) => (i === 1 ? `<p>In sintesi:</p>${cell}` : cell)).join('\t');
    const { project, warnings } = parsed(edit(REAL, TAB_ROW, row));
    expect(project.objectives).toEqual(seed.projects[0]?.objectives);
    expect(warnings).toEqual(['objectives: text outside the list not read: "In sintesi:"']);
  });

  it('an unknown HTML entity stays as written, with a warning', () => {
    const { project, warnings } = parsed(
      edit(REAL, 'tutela e cura dei beni comuni</li></ul>\t', 'tutela &foo; cura dei beni comuni</li></ul>\t'),
    );
    expect(project.needs[1]).toBe('tutela &foo; cura dei beni comuni');
    expect(warnings).toEqual(['unknown HTML entity &foo; left as written']);
  });
});
