import type { EntityManager } from '@mikro-orm/postgresql';
import { ServizioCivileCall } from '../../subgraphs/servizio-civile/call.js';
import { ServizioCivilePlacement } from '../../subgraphs/servizio-civile/placement.js';
import { ServizioCivileProgramme } from '../../subgraphs/servizio-civile/programme.js';
import { ServizioCivileProject } from '../../subgraphs/servizio-civile/project.js';
import type { Viewer } from '../../subgraphs/shared/auth/viewer.js';
import { type ImportContext, ImportTally, importRecord, slug } from '../../subgraphs/shared/import-record.js';
import { clockInstant } from '../../subgraphs/shared/write.js';
import type { Random } from './random.js';
import { CALL_YEARS, GENERATED_DOCUMENT, type Sizes } from './sizes.js';

/** Rows per transaction of the bulk parts. */
const BATCH = 10_000;

/** Site codes are six digits as the calls write them; the generated ones from here on, above every seeded code. */
const FIRST_SITE_CODE = 300_000;

const CITIES = [
  'Roma',
  'Napoli',
  'Torino',
  'Palermo',
  'Genova',
  'Bologna',
  'Firenze',
  'Bari',
  'Catania',
  'Venezia',
  'Verona',
  'Padova',
  'Brescia',
  'Bergamo',
  'Cagliari',
  'Perugia',
  'Ancona',
  'Trento',
  'Lecce',
  'Salerno',
];
const SECTORS = [
  'Assistenza',
  'Educazione e promozione culturale',
  'Patrimonio storico, artistico e culturale',
  'Protezione civile',
  'Patrimonio ambientale e riqualificazione urbana',
  'Agricoltura in zona di montagna',
  'Promozione della pace',
];

const source = (section: string) => ({ document: GENERATED_DOCUMENT, section, url: null, demo: true });

/** What each generated placement gives as its objectives: one, with one action. */
const OBJECTIVES = [
  {
    title: 'Obiettivo dimostrativo',
    listedTitle: null,
    actions: [{ title: 'Azione dimostrativa', description: null, activities: ['Accoglienza', 'Orientamento'] }],
  },
];

interface Site {
  code: string;
  city: string;
  street: string;
}

/**
 * Servizio Civile at national size: five calls (2022, the seeded call, keeps its own row and
 * records; the generated programmes, projects and placements join it, after its own in every
 * order), their programmes and projects, the sites they share, and the placements of each call,
 * each at a site drawn at random, so a site has placements of several projects in some calls.
 * About 3 % of the sites are in Milan, in a Municipio the record gives (as a source would).
 *
 * Calls, programmes and projects go through the entities and the importers' own importRecord, as
 * importServizioCivileCall writes them (created, with an audit entry each; ids made as it makes
 * them). Sites and placements, 410,000 rows at scale 100, go by bulk SQL in transactions of BATCH
 * rows (jsonb_to_recordset, the same columns the entities map): through importRecord they went at
 * 1,000 to 1,500 records a second here (scale 10, load 6 to 9), 5 to 7 minutes at scale 100. So
 * they have no audit entries.
 */
export async function generateServizioCivile(em: EntityManager, viewer: Viewer, sizes: Sizes, random: Random) {
  const context = async (tx: EntityManager): Promise<ImportContext> => ({
    viewer,
    action: 'importServizioCivileCall',
    tally: new ImportTally(),
    at: await clockInstant(tx),
  });
  const sites: Site[] = [];
  for (let i = 0; i < sizes.sites; i++) {
    sites.push({
      code: String(FIRST_SITE_CODE + i),
      city: random.chance(0.03) ? 'Milano' : random.pick(CITIES),
      street: `Via dimostrativa ${random.int(1, 300)}`,
    });
  }
  for (let first = 0; first < sites.length; first += BATCH) {
    const rows = sites
      .slice(first, first + BATCH)
      .map((site) => ({ code: site.code, municipio: site.city === 'Milano' ? random.int(1, 9) : null }));
    await em.fork().transactional((tx) =>
      tx.execute(
        `insert into servizio_civile.site (code, name, municipio_number, municipio_basis, source_document, source_section, source_url, source_demo)
         select code, 'Sede dimostrativa ' || code, municipio,
                case when municipio is not null then 'Dati dimostrativi: sede generata nel Municipio ' || municipio || '.' end,
                ?, 'Sedi di attuazione del progetto', null, true
         from jsonb_to_recordset(?::jsonb) as r(code text, municipio int)`,
        [GENERATED_DOCUMENT, JSON.stringify(rows)],
      ),
    );
  }
  let placements = 0;
  for (const year of CALL_YEARS) {
    const projects = await generateCall(em, context, year, sizes, random);
    placements += await generatePlacements(em, year, projects, sites, sizes, random);
  }
  return { calls: CALL_YEARS.length, sites: sites.length, placements };
}

/** A call (unless seeded), its programmes and projects, in one transaction; answers the projects' ids. */
async function generateCall(
  em: EntityManager,
  context: (tx: EntityManager) => Promise<ImportContext>,
  year: number,
  sizes: Sizes,
  random: Random,
): Promise<string[]> {
  return em.fork().transactional(async (tx) => {
    const ctx = await context(tx);
    const call =
      (await tx.findOne(ServizioCivileCall, { year })) ??
      importRecord(tx, ctx, ServizioCivileCall, null, {
        year,
        title: `Servizio Civile Universale - Bando ${year} (dimostrativo)`,
        organisation: 'Enti di servizio civile universale (dati dimostrativi)',
        source: source(`Bando ${year}`),
      });
    const programmes: ServizioCivileProgramme[] = [];
    for (let n = 1; n <= sizes.programmesPerCall; n++) {
      const title = `Programma dimostrativo ${year}-${String(n).padStart(4, '0')}`;
      programmes.push(
        importRecord(tx, ctx, ServizioCivileProgramme, null, {
          id: `scu-${year}-${slug(title)}`,
          call,
          title,
          sector: random.pick(SECTORS),
          source: source('Programma'),
        }),
      );
    }
    const ids: string[] = [];
    for (let n = 1; n <= sizes.projectsPerCall; n++) {
      const title = `Progetto dimostrativo ${year}-${String(n).padStart(4, '0')}`;
      const weeklyHours = random.pick([20, 25, 25, 30]);
      const project = importRecord(tx, ctx, ServizioCivileProject, null, {
        id: `scu-${year}-${slug(title)}`,
        programme: programmes[Math.floor(((n - 1) * programmes.length) / sizes.projectsPerCall)] as ServizioCivileProgramme,
        title,
        annualHours: weeklyHours * 46,
        weeklyHours,
        daysPerWeek: weeklyHours === 30 ? 6 : 5,
        months: 12,
        obligations: 'Flessibilità oraria; disponibilità occasionale nei giorni festivi.',
        requirements: 'Nessuno',
        source: source('Progetto'),
      });
      ids.push(project.id);
    }
    return ids;
  });
}

/** The placements of one call, in transactions of BATCH: projects take consecutive runs of them. */
async function generatePlacements(
  em: EntityManager,
  year: number,
  projects: string[],
  sites: Site[],
  sizes: Sizes,
  random: Random,
): Promise<number> {
  // After the seeded placements of the call, in the call's order of sites.
  const offset = await em.fork().count(ServizioCivilePlacement, { call: year });
  const perSite = new Map<string, number>();
  for (let first = 0; first < sizes.placementsPerCall; first += BATCH) {
    const rows: Record<string, string | number | undefined>[] = [];
    for (let k = first; k < Math.min(sizes.placementsPerCall, first + BATCH); k++) {
      const site = random.pick(sites);
      const n = (perSite.get(site.code) ?? 0) + 1;
      perSite.set(site.code, n);
      rows.push({
        // As importServizioCivileCall names them: "<year>-<site code>", "-2" for a second project at the site.
        id: n === 1 ? `${year}-${site.code}` : `${year}-${site.code}-${n}`,
        project: projects[Math.floor((k * projects.length) / sizes.placementsPerCall)],
        site: site.code,
        position: offset + k + 1,
        volunteers: random.pick([1, 1, 1, 2, 2, 3, 4]),
        street: site.street,
        city: site.city,
      });
    }
    await em.fork().transactional((tx) =>
      tx.execute(
        `insert into servizio_civile.placement (id, call_year, project_id, site_code, position, volunteers, address_street, address_city,
           context, objectives, source_document, source_section, source_url, source_demo)
         select id, ?, project, site, position, volunteers, street, city, 'Contesto dimostrativo della sede (dati generati).', ?::jsonb,
                ?, 'Sedi di attuazione del progetto', null, true
         from jsonb_to_recordset(?::jsonb) as r(id text, project text, site text, position int, volunteers int, street text, city text)`,
        [year, JSON.stringify(OBJECTIVES), GENERATED_DOCUMENT, JSON.stringify(rows)],
      ),
    );
  }
  return sizes.placementsPerCall;
}
