/**
 * The text of a Servizio Civile call of any size, in the form of the published 2022 call
 * (shared/seeds/servizio-civile-bando-2022.md): programmes of five projects, each project with its
 * table of sites and one section, titled by the name its sites share, with context, an objective,
 * the volunteers' role, an action with its activities, hours, days, obligations and requirements.
 * At national size (the default): 600 programmes, 3,000 projects, 70,000 placements over 60,000
 * sites, the last 10,000 placements at sites an earlier project has too. Site codes from 400000, above
 * the seeded and the benchmark's generated ones.
 */
export interface CallSize {
  projects: number;
  placements: number;
  sites: number;
}

export const NATIONAL_CALL: CallSize = { projects: 3_000, placements: 70_000, sites: 60_000 };

const FIRST_CODE = 400_000;
const PROJECTS_PER_PROGRAMME = 5;
/** Every site is named so: a project's one section, of that title, is its every site's (as «Municipio 2 – Municipio 9» is two sites'). */
const SITE_NAME = 'Sportello civico';

export function nationalCallText(year: number, size: CallSize = NATIONAL_CALL): string {
  if (size.placements < size.sites || size.placements - size.sites > size.sites / 2)
    throw new Error('placements must be from sites to 1.5 × sites: every site one, some two');
  const out: string[] = [`# Servizio Civile Universale - Bando ${year}`, '', '## COMUNE DI PROVA', ''];
  // Placement j is of project floor(j × projects / placements); past the sites, at site (j − sites) × 1.5 of an earlier project.
  const projectOf = (j: number) => Math.floor((j * size.projects) / size.placements);
  const siteOf = (j: number) => (j < size.sites ? j : Math.floor((j - size.sites) * 1.5));
  let j = 0;
  for (let p = 0; p < size.projects; p++) {
    if (p % PROJECTS_PER_PROGRAMME === 0) out.push(...programme(year, p / PROJECTS_PER_PROGRAMME + 1));
    out.push(
      '### **Sedi di attuazione del progetto:**',
      '',
      `Progetto ${year}-${p + 1} di prova`,
      '',
      'codice sede progetto\tindirizzo\tn. volontari',
    );
    for (; j < size.placements && projectOf(j) === p; j++) {
      const code = FIRST_CODE + siteOf(j);
      out.push(`${code} – ${SITE_NAME}\tVia di prova, ${(code % 300) + 1}\t${(j % 3) + 1}`);
    }
    out.push('', ...section(p + 1));
  }
  return out.join('\n');
}

function programme(year: number, n: number): string[] {
  return [
    '### Programma',
    '',
    `## “Programma ${year}-${n} per i servizi ai cittadini”`,
    '',
    '**Settore:** Educazione e promozione culturale – Sportelli informa',
    '',
  ];
}

function section(n: number): string[] {
  return [
    `## ${SITE_NAME}`,
    '',
    `Il progetto ${n} si svolge negli sportelli civici del territorio, dove i cittadini chiedono informazioni, documenti e appuntamenti. Gli sportelli sono il punto più prossimo ai cittadini per accedere ai servizi.`,
    '',
    '### **Obiettivi del progetto:**',
    '',
    '#### **Migliorare la fruibilità dei servizi degli sportelli**',
    '',
    "#### **Ruolo ed attività previste per i volontari nell'ambito del progetto:**",
    '',
    "Dal primo giorno di avvio del progetto l'operatore volontario sarà affiancato dall'OLP che gli fornirà tutte le indicazioni utili ad operare.",
    '',
    "Le attività che gli operatori volontari svolgeranno in modo condiviso riguardano: l'accoglienza, la formazione, il monitoraggio, il tutoraggio, la certificazione delle competenze.",
    '',
    '## **Migliorare la fruibilità dei servizi degli sportelli**',
    '',
    '### **Supporto diretto all’utenza**',
    '',
    'Il volontario accoglierà i cittadini allo sportello e li guiderà nell’uso dei servizi online.',
    '',
    '#### **Attività di Progetto:**',
    '',
    '- Accoglienza del cittadino allo sportello;',
    '- Affiancamento nella compilazione della modulistica;',
    '- Raccolta delle segnalazioni.',
    '',
    '### ***Numero ore di servizio settimanali dei volontari, ovvero monte ore annuo:***',
    '',
    '1145 ore in 12 mesi con una media di 25 ore settimanali.',
    '',
    '### ***Giorni di servizio a settimana dei volontari (minimo 5 massimo 6): 5***',
    '',
    '### ***Eventuali particolari obblighi dei volontari durante il periodo di servizio:***',
    '',
    'Flessibilità oraria e disponibilità a prestare servizio di sabato.',
    '',
    '### ***Eventuali requisiti richiesti ai candidati per la partecipazione al progetto oltre quelli richiesti dalla legge 6 marzo 2001, n. 64:***',
    '',
    'Nessuno',
    '',
  ];
}
