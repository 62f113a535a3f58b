import { describe, expect, it } from 'vitest';
import { NotAProjectError, parseLevaCivicaProject } from './parse-project.js';
import {
  DAY_HEADING,
  DESCRIPTION,
  edit,
  fixture,
  HEADER_CELLS,
  parsed,
  REAL,
  ROW_CELLS,
  TAB_HEADER,
  TAB_ROW,
  TAB_TABLE,
  TYPICAL_DAY,
  transcription,
} from './spec-fixtures.js';

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

  it('places as a word: "due giovani"', () => {
    expect(parsed(edit(REAL, "l'impiego di 1 giovane", "l'impiego di due giovani")).project.places).toBe(2);
  });
});

describe('what cannot be read is a warning, never a guess', () => {
  it('a paragraph no field takes is reported with its line', () => {
    const { project, warnings } = parsed(`${REAL}\n\nPer informazioni scrivere all'ufficio.`);
    expect(project.typicalDay).toBe(TYPICAL_DAY);
    expect(warnings).toEqual([`line 38 not read: "Per informazioni scrivere all'ufficio."`]);
  });

  it('an unknown heading and its text are reported', () => {
    const { warnings } = parsed(edit(REAL, '#### Descrizione', '#### Requisiti\n\nNessuno.\n\n#### Descrizione'));
    expect(warnings).toEqual(['line 19 not read: "Requisiti"', 'line 21 not read: "Nessuno."']);
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
