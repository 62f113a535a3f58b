import { readFileSync } from 'node:fs';
import { NotACallError, type ParsedCall, parseCallDocument } from './parse-call.js';

// What the call parser's specs share: the published documents, the seed as the parser gives it, and small helpers.

// The published documents, as the copies kept in the repository (test/fixtures/seeds, checked against ../shared).
export const read = (relative: string) => readFileSync(new URL(relative, import.meta.url), 'utf8');
export const bando2022 = read('../../../test/fixtures/seeds/servizio-civile-bando-2022.md');
export const levaCivica = read('../../../test/fixtures/seeds/leva-civica-coesione-sociale.md');
export const fixture = (name: string) => read(`./fixtures/${name}`);
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

export const expected = seedAsParsed();

/** The 2022 text with each [from, to] replaced in turn, as String.replace does it (the first occurrence). */
export function bando2022With(replacements: [string, string][]): string {
  return replacements.reduce((text, [from, to]) => text.replace(from, to), bando2022);
}

export function parsed(text: string): Omit<ParsedCall, 'warnings'> {
  const { warnings: _warnings, ...rest } = parseCallDocument(text);
  return rest;
}

/** The expected result with some placements changed (by site code). */
export function expectedWith(changes: Record<string, Partial<ParsedCall['placements'][number]>>): Omit<ParsedCall, 'warnings'> {
  return {
    ...expected,
    placements: expected.placements.map((placement) => ({ ...placement, ...changes[placement.siteCode] })),
  };
}

export function refusal(text: string): NotACallError {
  try {
    parseCallDocument(text);
  } catch (error) {
    if (error instanceof NotACallError) return error;
    throw error;
  }
  throw new Error('the text was accepted');
}

/** The source of a placement of the 2022 call, in the given section of the document. */
export function sourceIn(section: string): ParsedCall['call']['source'] {
  return { ...(expected.placements[0]?.source as ParsedCall['call']['source']), section };
}

/** What a placement has when no section of its own describes it. */
export const NO_CONTENT = {
  context: null,
  objectives: [],
  volunteerRole: null,
  sharedActivities: [],
  obligations: null,
  requirements: null,
};

// The warnings the 2022 text deserves: its own inconsistencies, which the seed resolves the same way.
export const warnings2022 = [
  'In section «Municipio 2 – Municipio 9», objective 1 is listed as «Migliorare la fruibilità dei servizi dello “Sportello del Municipio”» but its actions are under «Migliorare la fruibilità dei servizi dello “Sportello del Municipio 2 e 9”»; both are kept (listedTitle, title).',
  "In section «WE-MI», objective 2 is listed as «Estendere i servizi del portale wemi.milano.it ai comuni della Città Metropolitana» but its actions are under «Promuovere i servizi dell'Amministrazione promossi dal portale»; both are kept (listedTitle, title).",
  "In section «Ufficio Tutele», objective 2 is listed as «Aumentare la visibilità dei servizi erogati dall'Ufficio Tutele» but its actions are under «Aumentare la visibilità dei servizi erogati dall'Ufficio Tutela»; both are kept (listedTitle, title).",
  ...['Assegnazione Alloggi ERP', 'One Stop Shop'].map(
    (section) =>
      `Section «${section}» states «E' richiesta la flessibilità oraria e la disponibilità, qualora fosse necessario, a prestare servizio di sabato e nei giorni festivi.» for «Eventuali particolari obblighi…», while 4 of 6 sections state «In tutte le sedi è richiesta la flessibilità oraria e la disponibilità, qualora fosse necessario, a prestare servizio di sabato e nei giorni festivi.», which the project keeps.`,
  ),
];

/** The glued `5******Eventuali` line as two lines, for generators that rewrite lines one by one. */
export const unglued = (text: string) => text.replace(/(\S)\*{6}(?=\S)/g, '$1***\n\n***');

/** A row of the 2022 table of sites: code – name, address, volunteers. */
export const TABLE_ROW = /^(\d+) – (.+)\t(.+)\t(\d+)$/gm;
