import { describe, expect, it } from 'vitest';
import { parseCallDocument } from './parse-call.js';
import { bando2022, expected, fixture, NO_CONTENT, parsed, TABLE_ROW, unglued, warnings2022 } from './spec-fixtures.js';

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
});

describe('parseCallDocument reports what it cannot place', () => {
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
        ...NO_CONTENT,
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
