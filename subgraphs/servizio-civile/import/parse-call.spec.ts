import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NotACallError, type ParsedCall, parseCallDocument } from './parse-call.js';

// The published documents, as the copies kept in the repository (test/fixtures/seeds, checked against ../shared).
const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');
const bando2022 = read('../../../test/fixtures/seeds/servizio-civile-bando-2022.md');
const levaCivica = read('../../../test/fixtures/seeds/leva-civica-coesione-sociale.md');
const fixture = (name: string) => read(`./fixtures/${name}`);

interface SeedSource {
  document: string;
  section: string | null;
  url: string | null;
}
interface Seed {
  calls: { year: number; title: string; organisation: string; source: SeedSource }[];
  programmes: { id: string; title: string; sector: string; source: SeedSource }[];
  projects: {
    id: string;
    programme: string;
    title: string;
    annualHours: number;
    weeklyHours: number;
    daysPerWeek: number;
    months: number;
    obligations: string;
    requirements: string;
    source: SeedSource;
  }[];
  sites: { code: string; name: string; source: SeedSource }[];
  placements: {
    position: number;
    project: string;
    site: string;
    volunteers: number;
    address: ParsedCall['placements'][number]['address'];
    context: string | null;
    objectives: ParsedCall['placements'][number]['objectives'];
    volunteerRole: string | null;
    sharedActivities: string[];
    obligations: string | null;
    requirements: string | null;
    source: SeedSource;
  }[];
}

/** The hand transcription, reshaped as the parser gives it: no ids, no municipio, natural keys. */
function seedAsParsed(): Omit<ParsedCall, 'warnings'> {
  const seed = JSON.parse(read('../seed/bando-2022.json')) as Seed;
  const [call] = seed.calls;
  if (!call) throw new Error('the seed has no call');
  const programmeTitle = (id: string) => seed.programmes.find((programme) => programme.id === id)?.title;
  const projectTitle = (id: string) => seed.projects.find((project) => project.id === id)?.title;
  return {
    call: { year: call.year, title: call.title, organisation: call.organisation, source: call.source },
    programmes: seed.programmes.map(({ title, sector, source }) => ({ title, sector, source })),
    projects: seed.projects.map(({ id: _id, programme, ...project }) => ({ programmeTitle: programmeTitle(programme) ?? '', ...project })),
    sites: seed.sites.map(({ code, name, source }) => ({ code, name, source })),
    placements: [...seed.placements]
      .sort((a, b) => a.position - b.position)
      .map((placement) => ({
        siteCode: placement.site,
        projectTitle: projectTitle(placement.project) ?? '',
        position: placement.position,
        volunteers: placement.volunteers,
        address: placement.address,
        context: placement.context,
        objectives: placement.objectives,
        volunteerRole: placement.volunteerRole,
        sharedActivities: placement.sharedActivities,
        obligations: placement.obligations,
        requirements: placement.requirements,
        source: placement.source,
      })),
  };
}

const expected = seedAsParsed();

function parsed(text: string): Omit<ParsedCall, 'warnings'> {
  const { warnings: _warnings, ...rest } = parseCallDocument(text);
  return rest;
}

/** The expected result with some placements changed (by site code). */
function expectedWith(changes: Record<string, Partial<ParsedCall['placements'][number]>>): Omit<ParsedCall, 'warnings'> {
  return {
    ...expected,
    placements: expected.placements.map((placement) => ({ ...placement, ...changes[placement.siteCode] })),
  };
}

function refusal(text: string): NotACallError {
  try {
    parseCallDocument(text);
  } catch (error) {
    if (error instanceof NotACallError) return error;
    throw error;
  }
  throw new Error('the text was accepted');
}

// The warnings the 2022 text deserves: its own inconsistencies, which the seed resolves the same way.
const warnings2022 = [
  'In section «Municipio 2 – Municipio 9», objective 1 is listed as «Migliorare la fruibilità dei servizi dello “Sportello del Municipio”» but its actions are under «Migliorare la fruibilità dei servizi dello “Sportello del Municipio 2 e 9”»; both are kept (listedTitle, title).',
  "In section «WE-MI», objective 2 is listed as «Estendere i servizi del portale wemi.milano.it ai comuni della Città Metropolitana» but its actions are under «Promuovere i servizi dell'Amministrazione promossi dal portale»; both are kept (listedTitle, title).",
  "In section «Ufficio Tutele», objective 2 is listed as «Aumentare la visibilità dei servizi erogati dall'Ufficio Tutele» but its actions are under «Aumentare la visibilità dei servizi erogati dall'Ufficio Tutela»; both are kept (listedTitle, title).",
  ...['Assegnazione Alloggi ERP', 'One Stop Shop'].map(
    (section) =>
      `Section «${section}» states «E' richiesta la flessibilità oraria e la disponibilità, qualora fosse necessario, a prestare servizio di sabato e nei giorni festivi.» for «Eventuali particolari obblighi…», while 4 of 6 sections state «In tutte le sedi è richiesta la flessibilità oraria e la disponibilità, qualora fosse necessario, a prestare servizio di sabato e nei giorni festivi.», which the project keeps.`,
  ),
];

describe('parseCallDocument on the 2022 call', () => {
  it('reproduces the seed transcription exactly', () => {
    expect(parsed(bando2022)).toStrictEqual(expected);
  });

  it("warns only about the document's own inconsistencies", () => {
    expect(parseCallDocument(bando2022).warnings).toStrictEqual(warnings2022);
  });
});

// ---------------------------------------------------------------------------------------------
// Variants derived from the 2022 text: the facts stay, the writing changes.

const LABEL_LINE =
  /^(#{1,6}\s+)?[*_]*(Programma|Settore:|Sedi di attuazione del progetto:|Descrizione dell'area[^:]*:|Obiettivi del progetto:|Ruolo ed attività[^:]*:|Attività di Progetto:|Numero ore[^:]*:|Giorni di servizio[^:]*:|Eventuali particolari obblighi[^:]*:|Eventuali requisiti[^:]*:)[*_]*\s*(.*?)[*_]*$/;

/** The glued `5******Eventuali` line as two lines, for generators that rewrite lines one by one. */
const unglued = (text: string) => text.replace(/(\S)\*{6}(?=\S)/g, '$1***\n\n***');

/** Every label in the given emphasis ('' = plain), heading marks removed, its value kept on its line. */
function labelsIn(style: string, text = bando2022): string {
  return unglued(text)
    .split('\n')
    .map((line) => {
      const match = LABEL_LINE.exec(line);
      if (!match) return line;
      const [, , label = '', value = ''] = match;
      return `${style}${label}${style}${value ? ` ${value}` : ''}`;
    })
    .join('\n');
}

const headingsAtLevel = (level: number, text = bando2022) => text.replace(/^#{1,6}(?=\s)/gm, '#'.repeat(level));

/** No markdown headings: each becomes a bold line (or stays as it is when already emphasised). */
const headingsAsBold = (text = bando2022) =>
  text.replace(/^#{1,6}\s+(.*)$/gm, (_, rest: string) => (/^[*_].*[*_]$/.test(rest) ? rest : `**${rest}**`));

/** Values written on their label's line («Settore: …», «…(minimo 5 massimo 6): 5») go to the next paragraph. */
const valuesBelow = (text = bando2022) =>
  unglued(text).replace(/^(.*?(?:Settore|\(minimo 5 massimo 6\)):)(\**)\s*(.*?)(\**)$/gm, '$1$2$4\n\n$3');

/** Values written below their label go on the label's line. */
const valuesInline = (text = bando2022) => unglued(text).replace(/^(.*(?:annuo|servizio|n\. 64):\**)\n\n([^\n#*]+)$/gm, '$1 $2');

const TABLE_ROW = /^(\d+) – (.+)\t(.+)\t(\d+)$/gm;
const tableWith = (row: (code: string, name: string, street: string, volunteers: string) => string, header: string) =>
  bando2022.replace('codice sede progetto\tindirizzo\tn. volontari', header).replace(TABLE_ROW, (_, c, n, s, v) => row(c, n, s, v));

describe('parseCallDocument on variants of the 2022 text', () => {
  const same: [string, string][] = [
    ['CRLF line endings', bando2022.replace(/\n/g, '\r\n')],
    ['CR line endings', bando2022.replace(/\n/g, '\r')],
    ['every heading at level 1', headingsAtLevel(1)],
    ['every heading at level 4', headingsAtLevel(4)],
    ['every heading at level 6', headingsAtLevel(6)],
    ['no markdown headings, bold lines instead', headingsAsBold()],
    ['plain labels', labelsIn('')],
    ['italic labels', labelsIn('*')],
    ['bold labels', labelsIn('**')],
    ['bold-italic labels', labelsIn('***')],
    ['underscore labels', labelsIn('_')],
    ['values on the line after their label', valuesBelow()],
    ['values on their label’s line', valuesInline()],
    ['table separated by « – »', tableWith((c, n, s, v) => `${c} – ${n} – ${s} – ${v}`, 'codice sede progetto – indirizzo – n. volontari')],
    ['table separated by « - »', tableWith((c, n, s, v) => `${c} - ${n} - ${s} - ${v}`, 'codice sede progetto - indirizzo - n. volontari')],
    [
      'table separated by runs of spaces',
      tableWith((c, n, s, v) => `${c} – ${n}    ${s}    ${v}`, 'codice sede progetto    indirizzo    n. volontari'),
    ],
    [
      'markdown table, code and name in one cell',
      tableWith((c, n, s, v) => `| ${c} – ${n} | ${s} | ${v} |`, '| codice sede progetto | indirizzo | n. volontari |\n|---|---|---|'),
    ],
    [
      'markdown table, four columns, bold code',
      tableWith(
        (c, n, s, v) => `| **${c}** | ${n} | ${s} | ${v} |`,
        '| Codice | Sede | Indirizzo | Volontari |\n| :--- | :--- | :--- | ---: |',
      ),
    ],
    ['table without header', bando2022.replace('codice sede progetto\tindirizzo\tn. volontari\n', '')],
    [
      'all of it at once',
      valuesBelow(
        labelsIn('', headingsAsBold(tableWith((c, n, s, v) => `| ${c} | ${n} | ${s} | ${v} |`, '| a | b | c | d |\n|-|-|-|-|'))),
      ).replace(/\n/g, '\r\n'),
    ],
  ];

  it.each(same)('%s: the same call', (_, text) => {
    expect(parsed(text)).toStrictEqual(expected);
  });

  it.each(same)('%s: the same warnings', (_, text) => {
    expect(parseCallDocument(text).warnings).toStrictEqual(warnings2022);
  });

  it('keeps the 2022 glued label line apart from its neighbour', () => {
    // `…(minimo 5 massimo 6): 5******Eventuali particolari obblighi…:***` in three sections.
    expect(bando2022.match(/5\*{6}Eventuali/g)).toHaveLength(3);
    expect(parseCallDocument(bando2022).projects[0]).toMatchObject({
      daysPerWeek: 5,
      obligations: expect.stringMatching(/^In tutte le sedi/),
    });
  });

  it('matches section titles spelled differently from the table, keeping the table’s names', () => {
    const text = bando2022
      .replace('## Promozione Servizi Civici e Anagrafici online', '## PROMOZIONE SERVIZI CIVICI E ANAGRAFICI ON-LINE')
      .replace('## Municipio 2 – Municipio 9', '## Municipio 2 / Municipio 9')
      .replace('# One Stop Shop', '# OneStopShop')
      .replace('# WE-MI', '# We Mi')
      .replace('# Ufficio Tutele', '# ufficio tutèle:');
    const section = (title: string) => ({
      source: {
        ...(expected.placements[0]?.source as ParsedCall['call']['source']),
        section: `Sedi di attuazione del progetto; sezione ${title}`,
      },
    });
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
      source: { ...expected.placements[0]?.source, section: 'Sedi di attuazione del progetto; sezione 167296 – Sportello SAT' },
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
  const noContent = (code: string) => ({
    context: null,
    objectives: [],
    volunteerRole: null,
    sharedActivities: [],
    obligations: null,
    requirements: null,
    source: { ...(expected.placements[0]?.source as ParsedCall['call']['source']), section: 'Sedi di attuazione del progetto' },
    siteCode: code,
  });

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

  it('reports text it cannot place instead of attaching it somewhere', () => {
    const text = bando2022.replace(
      '- Attività di back office.\n',
      '- Attività di back office.\n\nUn paragrafo che non è né attività né azione.\n',
    );
    const result = parseCallDocument(text);
    expect(parsed(text)).toStrictEqual(expected);
    expect(result.warnings).toContain(
      'Text not placed in section «Promozione Servizi Civici e Anagrafici online» (line 84): «Un paragrafo che non è né attività né azione.».',
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Figures

describe('parseCallDocument and the figures of a project', () => {
  const daysLines = /^.*Giorni di servizio a settimana[^\n]*?(?:: 5\*{3}|\*{3} 5)(?=\*{6}|$)/gm;

  it('takes a figure a section omits from the other sections, naming that section', () => {
    const text = bando2022.replace(
      /(# WE-MI[\s\S]*?)\*{3}Giorni di servizio a settimana dei volontari \(minimo 5 massimo 6\): 5\*{3}/,
      '$1',
    );
    const result = parseCallDocument(text);
    expect(result.projects[0]?.daysPerWeek).toBe(5);
    expect(result.warnings).toContain(
      "Section «WE-MI» does not state the days of service a week; the project's value comes from the other sections.",
    );
  });

  it('leaves a figure no section states null, with a warning', () => {
    const text = unglued(bando2022).replace(daysLines, '');
    expect(text).not.toMatch(/Giorni di servizio/);
    const result = parseCallDocument(text);
    expect(result.projects[0]?.daysPerWeek).toBeNull();
    expect(result.warnings).toContain(
      'No section of project «Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano» states the days of service a week; left null.',
    );
  });

  it('keeps the annual hours when only they are given, the weekly hours null', () => {
    const result = parseCallDocument(
      bando2022.replaceAll('1145 ore in 12 mesi con una media di 25 ore settimanali.', '1.145 ore annue, in 12 mesi.'),
    );
    expect(result.projects[0]).toMatchObject({ annualHours: 1145, weeklyHours: null, months: 12, daysPerWeek: 5 });
    expect(result.warnings).toContain(
      'No section of project «Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano» states the weekly hours; left null.',
    );
  });

  it('reads a bare number of hours by its label, when the label names one kind of hours only', () => {
    const text = unglued(bando2022).replace(
      /^.*Numero ore di servizio settimanali.*\n\n1145 ore in 12 mesi con una media di 25 ore settimanali\./gm,
      '**Monte ore annuo:** 1145\n\n**Ore di servizio settimanali:** 25',
    );
    const result = parseCallDocument(text);
    expect(result.projects[0]).toMatchObject({ annualHours: 1145, weeklyHours: null, months: null });
    // «Ore di servizio settimanali» is no label of the national form: its line is reported, not guessed at.
    expect(result.warnings).toContainEqual(
      expect.stringMatching(/^Text not placed in section «WE-MI» \(line \d+\): «Ore di servizio settimanali: 25»\.$/),
    );
  });

  it('does not read the national label’s bare number, which may be weekly or annual', () => {
    const text = bando2022.replaceAll('1145 ore in 12 mesi con una media di 25 ore settimanali.', '25');
    expect(refusal(text).missing[0]).toMatch(/^no hours of service for the project/);
  });

  it('refuses a project without any hours of service: it offers nothing to apply for', () => {
    const text = bando2022.replaceAll('1145 ore in 12 mesi con una media di 25 ore settimanali.', 'Da definire.');
    expect(refusal(text).missing).toStrictEqual([
      'no hours of service for the project «Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano» (neither «monte ore annuo» nor weekly hours in any section)',
    ]);
  });

  it('does not read «5 o 6» days as a number', () => {
    const result = parseCallDocument(bando2022.replace(/(\(minimo 5 massimo 6\):(?:\*{3})?) 5/g, '$1 5 o 6'));
    expect(result.projects[0]?.daysPerWeek).toBeNull();
    expect(result.warnings).toContain('In section «WE-MI», the days of service a week «5 o 6» are not one number; not read.');
  });

  it('refuses a table row without its number of volunteers', () => {
    const text = bando2022.replace('167296 – One Stop Shop\tVia Larga, 12\t1', '167296 – One Stop Shop\tVia Larga, 12');
    expect(refusal(text).missing).toStrictEqual([
      'the row of site 167296 (line 22) of the table of sites has no number of volunteers as its last column',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Characters

/** Every string of the result, to look for characters that must not pass. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('parseCallDocument and control characters', () => {
  it('refuses NUL bytes with a clear message', () => {
    const error = refusal(bando2022.replace('Via Larga', 'Via\0Larga'));
    expect(error.message).toBe(
      'Not a Servizio Civile call: readable text: it contains NUL bytes (a binary file, or UTF-16 text read as UTF-8?).',
    );
  });

  it('strips other control and invisible characters, saying which', () => {
    const text = bando2022
      .replace('Via Larga, 12\t2', 'Via Lar\u0007ga, 12\t2')
      .replace('## Municipio 2 – Municipio 9', '## Munici\u200Bpio 2 – Municipio 9')
      .replace('Decentramento Cittadino', 'Decentra\u00ADmento Cittadino\u202E')
      .replace('Nessuno\n\n# One Stop Shop', 'Nessuno\n\f\n# One Stop Shop')
      .replace('ufficio\u001B', '');
    const result = parseCallDocument(text);
    expect(parsed(text)).toStrictEqual(expected);
    expect(result.warnings[0]).toBe(
      'Removed control or invisible formatting characters from the text: U+0007 ×1, U+200B ×1, U+00AD ×1, U+202E ×1.',
    );
  });

  it('lets no control character but the paragraph line break through, even from tabs in running text', () => {
    const text = bando2022.replace("nel contesto dell'Area", "nel contesto\tdell'Area").replace('Nessuno', 'Nessuno\u0085');
    const result = parseCallDocument(text);
    const found = strings(result).filter((value) => /[\p{Cc}\p{Cf}]/u.test(value.replace(/\n/g, '')));
    expect(found).toStrictEqual([]);
    expect(result.placements[0]?.context).toMatch(/^Il progetto si inserisce nel contesto dell'Area/);
  });

  it('reads decomposed accents as the composed ones', () => {
    expect(parsed(bando2022.normalize('NFD'))).toStrictEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Refusals

describe('parseCallDocument refuses what is no call', () => {
  it('refuses empty text', () => {
    expect(refusal('').missing).toStrictEqual(['no text (the document is empty)', 'no table of sites (code – name, address, volunteers)']);
    expect(refusal(' \n\n\t\n').missing).toStrictEqual([
      'no text (the document is empty)',
      'no table of sites (code – name, address, volunteers)',
    ]);
  });

  it('refuses random prose', () => {
    const error = refusal('Nel mezzo del cammin di nostra vita\n\nmi ritrovai per una selva oscura,\nché la diritta via era smarrita.\n');
    expect(error.missing).toContain('no year in the title «Nel mezzo del cammin di nostra vita»');
    expect(error.missing).toContain('no table of sites (code – name, address, volunteers)');
    expect(error.message).toMatch(/^Not a Servizio Civile call: no year in the title/);
  });

  it('refuses the Leva Civica document', () => {
    const error = refusal(levaCivica);
    expect(error.missing).toContain('no year in the title «Leva Civica nel Comune di Milano»');
    expect(error.missing).toContain('no table of sites (code – name, address, volunteers)');
  });

  it('refuses the 2022 text without a year in its title', () => {
    expect(refusal(bando2022.replace('Bando 2022', 'Bando')).missing).toStrictEqual([
      'no year in the title «Servizio Civile Universale - Bando»',
    ]);
  });

  it('refuses the 2022 text without its table, and says everything that is missing', () => {
    const text = bando2022.replace('Bando 2022', 'Bando').replace(TABLE_ROW, '');
    expect(refusal(text).missing).toStrictEqual([
      'no year in the title «Servizio Civile Universale - Bando»',
      'no table of sites (code – name, address, volunteers) after «Sedi di attuazione del progetto» (line 13)',
    ]);
  });

  it('reads a year written otherwise in the title', () => {
    expect(parseCallDocument(bando2022.replace('Bando 2022', 'Bando ordinario 2022')).call.year).toBe(2022);
    expect(refusal(bando2022.replace('Bando 2022', 'Bando 1999')).missing).toStrictEqual([
      'no year in the title «Servizio Civile Universale - Bando 1999»',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// A hand-written call in other conventions: see fixtures/bando-2024-variant.md.

describe('parseCallDocument on a hand-written 2024 variant', () => {
  const result = parseCallDocument(fixture('bando-2024-variant.md'));
  const document = 'SERVIZIO CIVILE UNIVERSALE – BANDO 2024 (Comune di Milano)';
  const source = (section: string) => ({ document, section, url: null });
  const address = (street: string) => ({ street, postalCode: null, city: 'Milano', latitude: null, longitude: null });
  const libraries = {
    context: 'Le biblioteche rionali accolgono ogni giorno studenti e famiglie.',
    objectives: [
      {
        title: 'Avvicinare i giovani alla lettura',
        listedTitle: 'Avvicinare i giovani alla lettura',
        actions: [
          {
            title: 'Animazione della lettura',
            description: 'Il volontario organizzerà letture ad alta voce.',
            activities: ['Letture per bambini', 'Incontri con gli autori'],
          },
        ],
      },
    ],
    volunteerRole: null,
    sharedActivities: [],
    obligations: 'Flessibilità oraria.',
    requirements: 'Nessuno',
    source: source('Sedi di attuazione del progetto; sezione Biblioteca Sormani e Biblioteca Chiesa Rossa'),
  };
  const project = 'Biblioteche e città intelligente';

  it('reads the call, programme, project and sites', () => {
    expect(result.call).toStrictEqual({
      year: 2024,
      title: 'SERVIZIO CIVILE UNIVERSALE – BANDO 2024',
      organisation: 'Comune di Milano',
      source: source('SERVIZIO CIVILE UNIVERSALE – BANDO 2024'),
    });
    expect(result.programmes).toStrictEqual([
      { title: 'Milano che include', sector: 'Assistenza – Adulti e terza età in condizioni di disagio', source: source('Programma') },
    ]);
    expect(result.projects).toStrictEqual([
      {
        programmeTitle: 'Milano che include',
        title: project,
        annualHours: 1145,
        weeklyHours: 25,
        daysPerWeek: 5,
        months: 12,
        obligations: 'Flessibilità oraria.',
        requirements: 'Nessuno',
        source: source('Sedi di attuazione del progetto'),
      },
    ]);
    expect(result.sites.map(({ code, name }) => `${code} ${name}`)).toStrictEqual([
      '300001 Smart City',
      '300002 Biblioteca Sormani',
      '300003 Biblioteca Chiesa Rossa',
      '300004 Città Studi',
      '300005 Ufficio Giovani',
    ]);
  });

  it('reads the placements: SmartCity, a shared section, a plain title in capitals, a site without section', () => {
    expect(result.placements).toStrictEqual([
      {
        siteCode: '300001',
        projectTitle: project,
        position: 1,
        volunteers: 2,
        address: address('Via Sile, 8'),
        context: 'La Direzione Innovazione cura i servizi digitali della città.',
        objectives: [
          {
            title: 'Rendere accessibili i dati aperti',
            listedTitle: 'Rendere accessibili i dati aperti',
            actions: [
              {
                title: 'Pubblicazione dei dati',
                description: 'Il volontario aiuterà a pubblicare i dati.',
                activities: ['Raccolta dei dati;', 'Pubblicazione sul portale.'],
              },
              { title: 'Assistenza agli utenti', description: null, activities: ['Risposte alle domande.'] },
            ],
          },
        ],
        volunteerRole: 'Testo generale sul ruolo dei volontari, uguale in ogni sede.',
        sharedActivities: [],
        obligations: 'Flessibilità oraria.',
        requirements: 'Nessuno',
        source: source('Sedi di attuazione del progetto; sezione SmartCity'),
      },
      {
        siteCode: '300002',
        projectTitle: project,
        position: 2,
        volunteers: 1,
        address: address('Corso di Porta Vittoria, 6'),
        ...libraries,
      },
      {
        siteCode: '300003',
        projectTitle: project,
        position: 3,
        volunteers: 1,
        address: address('Via San Domenico Savio, 3'),
        ...libraries,
      },
      {
        siteCode: '300004',
        projectTitle: project,
        position: 4,
        volunteers: 1,
        address: address('Via Valvassori Peroni, 56'),
        context: 'Il quartiere universitario.',
        objectives: [
          {
            title: 'Orientare gli studenti fuori sede',
            listedTitle: 'Orientare gli studenti fuori sede',
            actions: [
              {
                title: 'Sportello di orientamento',
                description: 'Il volontario accoglierà gli studenti.',
                activities: ['Colloqui;', 'Visite guidate.'],
              },
            ],
          },
        ],
        volunteerRole: null,
        sharedActivities: [],
        obligations: 'Flessibilità oraria.',
        requirements: 'Nessuno',
        source: source("Sedi di attuazione del progetto; sezione CITTA' STUDI"),
      },
      {
        siteCode: '300005',
        projectTitle: project,
        position: 5,
        volunteers: 1,
        address: address('Via Dogana, 2'),
        context: null,
        objectives: [],
        volunteerRole: null,
        sharedActivities: [],
        obligations: null,
        requirements: null,
        source: source('Sedi di attuazione del progetto'),
      },
    ]);
  });

  it('says what it could not place or had to choose', () => {
    expect(result.warnings).toStrictEqual([
      'In section «Sportello Anagrafe», the listed objective «Ridurre le code» is not described; it is kept without actions.',
      'Section «Sportello Anagrafe» states «6» for the days of service a week, while 2 of 4 sections state «5», which the project keeps.',
      "Section «CITTA' STUDI» does not state the days of service a week; the project's value comes from the other sections.",
      'Section «Sportello Anagrafe» names no site of the table of sites; its content is not imported.',
      'Site 300005 «Ufficio Giovani» has no section of its own; its placement has no context and no objectives.',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Structure

describe('parseCallDocument and the structure of objectives and projects', () => {
  it('gives the actions of a section without objective heading to its one listed objective', () => {
    const text = bando2022.replace(
      'gli obiettivi e ai bisogni intercettati dalla sede di servizio.\n\n## **Potenziare il servizio di informazione e orientamento al cittadino richiedente un alloggio SAT**\n',
      'gli obiettivi e ai bisogni intercettati dalla sede di servizio.\n',
    );
    expect(text).not.toBe(bando2022);
    expect(parsed(text)).toStrictEqual(expected);
  });

  it('leaves out actions that no objective heading places, when the section lists several objectives', () => {
    const text = bando2022
      .replace('### **1) Ridurre i tempi di attesa', '**Nota:** Ridurre i tempi di attesa')
      .replace('## **2) Incrementare la conoscenza del servizio abitativo in Lombardia**\n', '');
    const result = parseCallDocument(text);
    expect(result.placements.find((placement) => placement.siteCode === '167247')?.objectives).toStrictEqual([
      {
        title: "Ridurre i tempi di attesa da parte dell'utenza presso lo sportello dell'Area Assegnazione Alloggi di ERP",
        listedTitle: "Ridurre i tempi di attesa da parte dell'utenza presso lo sportello dell'Area Assegnazione Alloggi di ERP",
        actions: [],
      },
      {
        title: 'Incrementare la conoscenza del servizio abitativo in Lombardia',
        listedTitle: 'Incrementare la conoscenza del servizio abitativo in Lombardia',
        actions: [],
      },
    ]);
    expect(result.warnings).toContain(
      "In section «Assegnazione Alloggi ERP», the listed objective «Ridurre i tempi di attesa da parte dell'utenza presso lo sportello dell'Area Assegnazione Alloggi di ERP» is not described; it is kept without actions.",
    );
    expect(result.warnings).toContainEqual(
      expect.stringMatching(
        /^In section «Assegnazione Alloggi ERP», the actions «Gestione delle attività di front office.*» come before any objective heading; they are left out\.$/,
      ),
    );
  });

  it('reads a second project with its own table; a site in both tables is one site with two placements', () => {
    const oneStopShop = bando2022.slice(bando2022.indexOf('# One Stop Shop'), bando2022.indexOf('# WE-MI'));
    const second = [
      '### **Sedi di attuazione del progetto:**',
      'Casa per tutti',
      'codice sede progetto\tindirizzo\tn. volontari',
      '167296 – One Stop Shop\tVia Larga, 12\t3',
      '300100 – Sportello Casa\tVia Dogana, 4\t1',
      oneStopShop,
    ].join('\n\n');
    const result = parseCallDocument(`${bando2022}\n\n${second}`);
    expect(result.projects.map((project) => [project.programmeTitle, project.title])).toStrictEqual([
      [
        'Servizio Civile e percorsi educativi nei comuni della Lombardia',
        'Avanti un altro! Orientamento e comunicazione nella Città Metropolitana di Milano',
      ],
      ['Servizio Civile e percorsi educativi nei comuni della Lombardia', 'Casa per tutti'],
    ]);
    expect(result.projects[1]).toMatchObject({ annualHours: 1145, weeklyHours: 25, daysPerWeek: 5, months: 12 });
    expect(result.sites.map((site) => site.code)).toStrictEqual([
      '167298',
      '202928',
      '167292',
      '167247',
      '167296',
      '167282',
      '211622',
      '300100',
    ]);
    const oneStop = expected.placements.find((placement) => placement.siteCode === '167296');
    expect(result.placements.slice(0, 7)).toStrictEqual(expected.placements);
    expect(result.placements.slice(7)).toStrictEqual([
      { ...oneStop, projectTitle: 'Casa per tutti', position: 8, volunteers: 3 },
      {
        siteCode: '300100',
        projectTitle: 'Casa per tutti',
        position: 9,
        volunteers: 1,
        address: { street: 'Via Dogana, 4', postalCode: null, city: 'Milano', latitude: null, longitude: null },
        context: null,
        objectives: [],
        volunteerRole: null,
        sharedActivities: [],
        obligations: null,
        requirements: null,
        source: { ...oneStop?.source, section: 'Sedi di attuazione del progetto' },
      },
    ]);
  });
});
