import { describe, expect, it } from 'vitest';
import { parseCallDocument } from './parse-call.js';
import { bando2022, bando2022With, expected, expectedWith, NO_CONTENT, parsed, sourceIn } from './spec-fixtures.js';

describe('parseCallDocument matches sections to sites', () => {
  it('matches section titles spelled differently from the table, keeping the table’s names', () => {
    const text = bando2022With([
      ['## Promozione Servizi Civici e Anagrafici online', '## PROMOZIONE SERVIZI CIVICI E ANAGRAFICI ON-LINE'],
      ['## Municipio 2 – Municipio 9', '## Municipio 2 / Municipio 9'],
      ['# One Stop Shop', '# OneStopShop'],
      ['# WE-MI', '# We Mi'],
      ['# Ufficio Tutele', '# ufficio tutèle:'],
    ]);
    const section = (title: string) => ({ source: sourceIn(`Sedi di attuazione del progetto; sezione ${title}`) });
    expect(parsed(text)).toStrictEqual(
      expectedWith({
        '167298': section('PROMOZIONE SERVIZI CIVICI E ANAGRAFICI ON-LINE'),
        '202928': section('Municipio 2 / Municipio 9'),
        '167292': section('Municipio 2 / Municipio 9'),
        '167296': section('OneStopShop'),
        '167282': section('We Mi'),
        '211622': section('ufficio tutèle'),
      }),
    );
  });

  it.each([['Municipio 2 e Municipio 9'], ['Municipio 2 - Municipio 9'], ['Municipio 2, Municipio 9'], ['MUNICIPIO 2 – MUNICIPIO 9']])(
    'serves both Municipio sites from a section titled «%s»',
    (title) => {
      const result = parseCallDocument(bando2022.replace('## Municipio 2 – Municipio 9', `## ${title}`));
      const municipio = expected.placements.find((placement) => placement.siteCode === '202928');
      for (const code of ['202928', '167292']) {
        expect(result.placements.find((placement) => placement.siteCode === code)).toMatchObject({
          context: municipio?.context,
          objectives: municipio?.objectives,
        });
      }
    },
  );

  it('matches a section title that starts with the site code', () => {
    const result = parseCallDocument(bando2022.replace('# One Stop Shop', '# 167296 – Sportello SAT'));
    expect(result.placements.find((placement) => placement.siteCode === '167296')).toStrictEqual({
      ...expected.placements.find((placement) => placement.siteCode === '167296'),
      source: sourceIn('Sedi di attuazione del progetto; sezione 167296 – Sportello SAT'),
    });
  });

  it('gives a site the section that names it alone over a shared one', () => {
    const shared = bando2022.slice(bando2022.indexOf('## Municipio 2 – Municipio 9'), bando2022.indexOf('# Assegnazione Alloggi ERP'));
    const own = shared
      .replace('## Municipio 2 – Municipio 9', '## Municipio 9')
      .replace('presso il Municipio 2 e il Municipio 9', 'presso il solo Municipio 9');
    const result = parseCallDocument(bando2022.replace('# Assegnazione Alloggi ERP', `${own}# Assegnazione Alloggi ERP`));
    const placement = (code: string) => result.placements.find((found) => found.siteCode === code);
    expect(placement('167292')?.context).toMatch(
      /^Le attività di progetto si svolgeranno presso il solo Municipio 9 del Comune di Milano\.\n\nNel corso/,
    );
    expect(placement('167292')?.source.section).toBe('Sedi di attuazione del progetto; sezione Municipio 9');
    expect(placement('202928')).toStrictEqual(expected.placements.find((found) => found.siteCode === '202928'));
  });
});

describe('parseCallDocument never gives a placement content by guess', () => {
  const noContent = (code: string) => ({ ...NO_CONTENT, source: sourceIn('Sedi di attuazione del progetto'), siteCode: code });

  it('leaves a site whose section title names no site empty, and says so', () => {
    const result = parseCallDocument(bando2022.replace('# One Stop Shop', '# Sportello SAT'));
    const { warnings, ...rest } = result;
    expect(rest).toStrictEqual(expectedWith({ '167296': noContent('167296') }));
    expect(warnings).toContain('Section «Sportello SAT» names no site of the table of sites; its content is not imported.');
    expect(warnings).toContain('Site 167296 «One Stop Shop» has no section of its own; its placement has no context and no objectives.');
  });

  it('leaves a site without section empty, and says so', () => {
    const result = parseCallDocument(bando2022.slice(0, bando2022.indexOf('# Ufficio Tutele')));
    const { warnings, ...rest } = result;
    expect(rest).toStrictEqual(expectedWith({ '211622': noContent('211622') }));
    expect(warnings).toContain('Site 211622 «Ufficio Tutele» has no section of its own; its placement has no context and no objectives.');
  });

  it('does not share a section when one of the sites it names is not in the table', () => {
    const result = parseCallDocument(bando2022.replace('## Municipio 2 – Municipio 9', '## Municipio 2 – Municipio 5'));
    const { warnings, ...rest } = result;
    expect(rest).toStrictEqual(expectedWith({ '202928': noContent('202928'), '167292': noContent('167292') }));
    expect(warnings).toContain('Section «Municipio 2 – Municipio 5» names no site of the table of sites; its content is not imported.');
  });

  it('gives a site named by two equal sections neither', () => {
    const section = bando2022.slice(bando2022.indexOf('# One Stop Shop'), bando2022.indexOf('# WE-MI'));
    const result = parseCallDocument(`${bando2022}\n\n${section.replace('sabato', 'domenica')}`);
    expect(result.placements.find((placement) => placement.siteCode === '167296')).toMatchObject({ context: null, objectives: [] });
    expect(result.warnings).toContain(
      'Site 167296 «One Stop Shop» is named by sections «One Stop Shop» and «One Stop Shop»; neither is used for it.',
    );
  });
});
