import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import seed from '../seed/coesione-sociale.json' with { type: 'json' };
import { NotAProjectError, type ParsedLevaCivicaProject, parseLevaCivicaProject } from './parse-project.js';

// The published documents, as the copies kept in the repository (test/fixtures/seeds, checked against ../shared).
// Every variant below is derived from the real text by a transformation real documents show, and must read the same.

const fixture = (name: string) => readFileSync(new URL(`../../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const REAL = fixture('leva-civica-coesione-sociale.md');

/** The hand transcription, without ids (the importer matches by title and site name). */
function transcription() {
  const { id: _siteId, ...site } = seed.sites[0] as (typeof seed.sites)[number];
  const { id: _projectId, site: _siteRef, ...project } = seed.projects[0] as (typeof seed.projects)[number];
  // Interpretation, not text of the document: the address line is "Largo Treves, 1", no city.
  return { project, site: { ...site, address: { ...site.address, city: null } } };
}

function parsed(text: string): ParsedLevaCivicaProject {
  return parseLevaCivicaProject(text);
}

/** Replaces one exact piece of the real text, failing loudly if the piece is not there. */
function edit(text: string, from: string | RegExp, to: string): string {
  const changed = text.replace(from, to);
  expect(changed, `variant did not change: ${from}`).not.toBe(text);
  return changed;
}

const TAB_HEADER = REAL.split('\n').find((line) => line.startsWith('Contesto')) as string;
const TAB_ROW = REAL.split('\n').find((line) => line.startsWith('<p>')) as string;
const HEADER_CELLS = TAB_HEADER.split('\t');
const ROW_CELLS = TAB_ROW.split('\t');
const TAB_TABLE = `${TAB_HEADER}\n${TAB_ROW}`;
const DAY_HEADING = '#### La giornata tipo del giovane inserito in questo progetto può essere sintetizzata come segue:';
const DESCRIPTION = seed.projects[0]?.description as string;
const TYPICAL_DAY = seed.projects[0]?.typicalDay as string;

describe('the published document', () => {
  it('reads to the hand transcription, character for character, with no warnings', () => {
    const result = parsed(REAL);
    expect(result.warnings).toEqual([]);
    expect({ project: result.project, site: result.site }).toEqual(transcription());
  });

  it('the site name is organisation and unit joined, the natural key the importer matches', () => {
    expect(parsed(REAL).site?.name).toBe('Comune di Milano - Direzione Politiche Sociali - Unità Coesione sociale');
  });
});

describe('variants of the same document read the same', () => {
  const same: [string, () => string][] = [
    ['CRLF line ends', () => REAL.replace(/\n/g, '\r\n')],
    ['a byte order mark', () => `\uFEFF${REAL}`],
    ['decomposed accents (NFD)', () => REAL.normalize('NFD')],
    ['every heading one level', () => REAL.replace(/^#{1,6} /gm, '## ')],
    ['headings one level deeper', () => REAL.replace(/^(#{1,5}) /gm, '#$1 ')],
    [
      'bold labels instead of headings, plain title',
      () =>
        edit(
          edit(
            edit(edit(REAL, '## Nome Progetto', '**Nome Progetto**'), '### La coesione sociale', 'La coesione sociale'),
            '#### Sede progetto:',
            '**Sede progetto:**',
          ),
          '#### Descrizione',
          '**Descrizione:**',
        ).replace(DAY_HEADING, `**${DAY_HEADING.slice(5)}**`),
    ],
    [
      'plain labels, each value on the next line with no blank line between',
      () =>
        edit(
          edit(
            edit(
              edit(REAL, '## Nome Progetto\n\n### La coesione sociale', 'Nome Progetto\nLa coesione sociale'),
              '#### Sede progetto:\n\n',
              'Sede progetto:\n',
            ),
            'Milano - Direzione Politiche Sociali\n\nUnità Coesione sociale\n\nLargo',
            'Milano - Direzione Politiche Sociali\nUnità Coesione sociale\nLargo',
          ),
          '#### Descrizione\n\n',
          'Descrizione\n',
        ).replace(`${DAY_HEADING}\n\n`, `${DAY_HEADING.slice(5)}\n`),
    ],
    [
      'label and value on one line',
      () =>
        edit(
          edit(
            edit(
              edit(REAL, '## Nome Progetto\n\n### La coesione sociale', '**Nome Progetto:** La coesione sociale'),
              '#### Sede progetto:\n\n',
              '**Sede progetto:** ',
            ),
            '#### Descrizione\n\n',
            '**Descrizione:** ',
          ),
          `${DAY_HEADING}\n\n`,
          `**${DAY_HEADING.slice(5)}** `,
        ),
    ],
    [
      'the site on one line with <br>',
      () => edit(REAL, /Sociali\n\nUnità Coesione sociale\n\nLargo/, 'Sociali<br>Unità Coesione sociale<br />Largo'),
    ],
    ['the description soft-wrapped over several lines', () => edit(REAL, DESCRIPTION, DESCRIPTION.replace(/\. /g, '.\n'))],
    ['the typical day soft-wrapped', () => edit(REAL, TYPICAL_DAY, TYPICAL_DAY.replace(/, /g, ',\n'))],
    [
      'the table as a markdown pipe table with the HTML cells',
      () => edit(REAL, TAB_TABLE, `| ${HEADER_CELLS.join(' | ')} |\n|---|---|---|\n| ${ROW_CELLS.join(' | ')} |`),
    ],
    [
      'the table as an HTML <table>',
      () =>
        edit(
          REAL,
          TAB_TABLE,
          `<table>\n<tr>${HEADER_CELLS.map((c) => `<th>${c}</th>`).join('')}</tr>\n<tr>\n${ROW_CELLS.map((c) => `<td>${c}</td>`).join('\n')}\n</tr>\n</table>`,
        ),
    ],
    [
      'the table as a markdown table with markdown cells (bold, <br> between bullets)',
      () => {
        const cells = ROW_CELLS.map((cell) =>
          cell
            .replace(/<\/?b>/g, '**')
            .replace(/<p>(.*?)<\/p>\s*/g, '$1')
            .replace(/<li>/g, '<br>')
            .replace(/<\/?(?:ul|li)[^>]*>/g, ''),
        );
        return edit(REAL, TAB_TABLE, `| **${HEADER_CELLS.join('** | **')}** |\n| :-- | :-- | :-- |\n| ${cells.join(' | ')} |`);
      },
    ],
    [
      'HTML entities in the table cells',
      () => edit(REAL, TAB_ROW, TAB_ROW.replace(/à/g, '&agrave;').replace(/'/g, '&#39;').replace(/ più /g, '&nbsp;più ')),
    ],
    ['a blank line between the table header and its row', () => edit(REAL, TAB_TABLE, `${TAB_HEADER}\n\n${TAB_ROW}`)],
    ['typographic apostrophe in "l’impiego"', () => edit(REAL, "l'impiego", 'l’impiego')],
    ['the places sentence soft-wrapped', () => edit(REAL, "l'impiego di 1 giovane", "l'impiego\ndi 1 giovane")],
  ];

  it.each(same)('%s', (_name, variant) => {
    const result = parsed(variant());
    expect(result.warnings).toEqual([]);
    expect({ project: result.project, site: result.site }).toEqual(transcription());
  });

  it('"1.400" with a thousands separator is 1400', () => {
    expect(parsed(edit(REAL, 'svolgerà 1400 ore', 'svolgerà 1.400 ore')).project.hours.total).toBe(1400);
  });

  it('places as a word: "due giovani"', () => {
    expect(parsed(edit(REAL, "l'impiego di 1 giovane", "l'impiego di due giovani")).project.places).toBe(2);
  });

  it('"su 5 giorni" is 5 to 5 days', () => {
    const { hours } = parsed(edit(REAL, 'su 5 o 6 giorni', 'su 5 giorni')).project;
    expect([hours.daysPerWeekMin, hours.daysPerWeekMax]).toEqual([5, 5]);
  });
});

describe('the site', () => {
  it('an address line with postal code and city gives all three', () => {
    const { site, warnings } = parsed(edit(REAL, 'Largo Treves, 1\n', 'Largo Treves, 1 - 20121 Milano (MI)\n'));
    expect(warnings).toEqual([]);
    expect(site?.address).toEqual({ street: 'Largo Treves, 1', postalCode: '20121', city: 'Milano', latitude: null, longitude: null });
  });

  it('organisation and address only: no unit, the name is the organisation', () => {
    const { site, warnings } = parsed(edit(REAL, 'Unità Coesione sociale\n\n', ''));
    expect(warnings).toEqual([]);
    expect(site).toMatchObject({
      name: 'Comune di Milano - Direzione Politiche Sociali',
      unit: null,
      address: { street: 'Largo Treves, 1' },
    });
  });

  it('no address line: street null, with a warning', () => {
    const { site, warnings } = parsed(edit(REAL, '\n\nLargo Treves, 1\n', '\n'));
    expect(site).toMatchObject({ unit: 'Unità Coesione sociale', address: { street: null } });
    expect(warnings).toEqual(['site (line 11): no address line']);
  });

  it('more lines than organisation, unit and address: not read, said so', () => {
    const { site, warnings } = parsed(edit(REAL, 'Unità Coesione sociale\n', 'Unità Coesione sociale\n\nUfficio Progetti\n'));
    expect(site).toBeNull();
    expect(warnings).toContain('site (line 11): expected organisation, unit and address on separate lines, found 4 line(s); site not read');
    expect(warnings.some((w) => w.includes('not read: "Ufficio Progetti"'))).toBe(true);
  });

  it('no Sede progetto section: site null, with a warning', () => {
    const { site, warnings } = parsed(edit(REAL, /#### Sede progetto:\n\n[^#]*/, ''));
    expect(site).toBeNull();
    expect(warnings).toEqual(['site (Sede progetto) not found']);
  });
});

describe('what cannot be read is a warning, never a guess', () => {
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

  it('a paragraph no field takes is reported with its line', () => {
    const { project, warnings } = parsed(`${REAL}\n\nPer informazioni scrivere all'ufficio.`);
    expect(project.typicalDay).toBe(TYPICAL_DAY);
    expect(warnings).toEqual([`line 38 not read: "Per informazioni scrivere all'ufficio."`]);
  });

  it('an unknown heading and its text are reported', () => {
    const { warnings } = parsed(edit(REAL, '#### Descrizione', '#### Requisiti\n\nNessuno.\n\n#### Descrizione'));
    expect(warnings).toEqual(['line 19 not read: "Requisiti"', 'line 21 not read: "Nessuno."']);
  });

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

  it('no description or typical day: null, with a warning', () => {
    const noDescription = edit(REAL, /#### Descrizione\n\n[^\n]*\n\n/, '');
    expect(parsed(noDescription).project.description).toBeNull();
    expect(parsed(noDescription).warnings).toEqual(['description not found']);
    const noDay = edit(REAL, `${DAY_HEADING}\n\n${TYPICAL_DAY}\n\n`, '');
    expect(parsed(noDay).project.typicalDay).toBeNull();
    expect(parsed(noDay).project.hours.total).toBe(1400);
    expect(parsed(noDay).warnings).toEqual(['typical day not found']);
  });

  it('a second project in the same document is reported, the first read', () => {
    const { project, warnings } = parsed(`${REAL}\n\n## Nome Progetto\n\n### Un altro progetto\n`);
    expect(project.title).toBe('La coesione sociale');
    expect(warnings).toContain('line 38: a second "Nome Progetto" (project name), not read');
  });

  it('no document title: source.document is the project title alone, said so', () => {
    const { project, warnings } = parsed(edit(REAL, '# Leva Civica nel Comune di Milano\n', ''));
    expect(project.source.document).toBe('La coesione sociale');
    expect(warnings).toEqual(['no document title before the project name: source.document is the project title alone']);
  });
});

describe('not a Leva Civica project', () => {
  const notAProject: [string, string, string[]][] = [
    ['the Servizio Civile call of 2022', fixture('servizio-civile-bando-2022.md'), ['project name', 'places']],
    ['empty text', '', ['project name', 'places']],
    ['blank lines', ' \n\r\n\t\n', ['project name', 'places']],
    ['prose', 'Il Comune di Milano promuove la partecipazione dei giovani alla vita della città.\n', ['project name', 'places']],
    ['a project name but no places', edit(REAL, "si prevede l'impiego di 1 giovane", ''), ['places']],
    ['places but no project name', edit(REAL, '## Nome Progetto\n\n### La coesione sociale\n\n', ''), ['project name']],
    ['a project name label with no name after it', '## Nome Progetto\n\nsi prevede l’impiego di 1 giovane\n', ['project name']],
  ];

  it.each(notAProject)('%s', (_name, text, missing) => {
    let error: unknown;
    try {
      parseLevaCivicaProject(text);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(NotAProjectError);
    expect((error as NotAProjectError).missing).toEqual(missing);
    for (const what of missing) expect((error as Error).message).toContain(what);
  });
});
