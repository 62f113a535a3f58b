import { describe, expect, it } from 'vitest';
import { parseCallDocument } from './parse-call.js';
import { bando2022, expected, NO_CONTENT } from './spec-fixtures.js';

describe('parseCallDocument and the projects of a call', () => {
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
        ...NO_CONTENT,
        source: { ...oneStop?.source, section: 'Sedi di attuazione del progetto' },
      },
    ]);
  });
});
