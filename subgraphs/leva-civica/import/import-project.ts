import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer.js';
import { ImportTally, importRecord, slug } from '../../shared/import-record.js';
import { UserErrorCode, UserErrors, userError } from '../../shared/user-error.js';
import { clockInstant } from '../../shared/write.js';
import type { LevaCivicaHours } from '../hours.js';
import { LevaCivicaProject } from '../project.js';
import { LevaCivicaSite } from '../site.js';
import { NotAProjectError, type ParsedLevaCivicaProject, parseLevaCivicaProject } from './parse-project.js';

export interface ProjectImport {
  project: LevaCivicaProject;
  parsed: ParsedLevaCivicaProject;
  tally: ImportTally;
}

/**
 * Imports one Leva Civica project document inside the caller's transaction: its site (matched by
 * name) and the project (matched by title). A document that lacks what the records need is refused
 * whole (NOT_A_PROJECT), naming what is missing.
 */
export async function importLevaCivicaProject(em: EntityManager, viewer: Viewer, text: string): Promise<ProjectImport> {
  const parsed = parse(text);
  const { project, site } = parsed;
  const missing = [
    ...(site ? [] : ['the site (Sede progetto)']),
    ...(project.description ? [] : ['the description (Descrizione)']),
    ...(project.context ? [] : ['the context (Contesto e relativi bisogni)']),
    ...(project.typicalDay ? [] : ['the typical day (La giornata tipo)']),
    ...Object.entries(project.hours)
      .filter(([, value]) => value === null)
      .map(([key]) => `the hours plan (${key})`),
  ];
  if (!site || missing.length > 0) throw notAProject(`The document does not give ${missing.join(', ')}.`);

  const tally = new ImportTally();
  const context = { viewer, action: 'importLevaCivicaProject', tally, at: await clockInstant(em) };
  const source = (s: typeof site.source) => ({ ...s, demo: false });
  // The documents give the street alone; their title says the programme is the Comune di Milano's.
  const city = site.address.city ?? (/Comune di Milano/i.test(site.source.document) ? 'Milano' : null);
  const existingSite = await em.findOne(LevaCivicaSite, { name: site.name });
  const siteRecord = importRecord(em, context, LevaCivicaSite, existingSite, {
    ...(existingSite ? {} : { id: newId(site.name) }),
    name: site.name,
    organisation: site.organisation,
    unit: site.unit,
    address: { ...site.address, city },
    source: source(site.source),
  });
  const existingProject = await em.findOne(LevaCivicaProject, { title: project.title });
  const projectRecord = importRecord(em, context, LevaCivicaProject, existingProject, {
    ...(existingProject ? {} : { id: newId(project.title) }),
    title: project.title,
    places: project.places,
    site: siteRecord,
    description: project.description ?? '',
    context: project.context ?? '',
    needs: project.needs,
    objectives: project.objectives,
    activities: project.activities,
    typicalDay: project.typicalDay ?? '',
    hours: project.hours as LevaCivicaHours,
    source: source(project.source),
  });
  await em.flush();
  return { project: projectRecord, parsed, tally };
}

function parse(text: string): ParsedLevaCivicaProject {
  try {
    return parseLevaCivicaProject(text);
  } catch (error) {
    if (error instanceof NotAProjectError) throw notAProject(`${error.message}.`);
    throw error;
  }
}

function notAProject(message: string): UserErrors {
  return new UserErrors([userError(UserErrorCode.NOT_A_PROJECT, ['document'], message)]);
}

/** The id of a new record: "lc-" and its name, as the seeded ones. */
function newId(name: string): string {
  return `lc-${slug(name)}`;
}
