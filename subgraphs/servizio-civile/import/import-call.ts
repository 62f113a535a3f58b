import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer.js';
import { ImportTally, importRecord, slug } from '../../shared/import-record.js';
import { UserErrorCode, UserErrors, userError } from '../../shared/user-error.js';
import { clockInstant } from '../../shared/write.js';
import { ServizioCivileCall } from '../call.js';
import { ServizioCivilePlacement } from '../placement.js';
import { ServizioCivileProgramme } from '../programme.js';
import { ServizioCivileProject } from '../project.js';
import { ServizioCivileSite } from '../site.js';
import { NotACallError, type ParsedCall, type ParsedSource, parseCallDocument } from './parse-call.js';

export interface CallImport {
  call: ServizioCivileCall;
  parsed: ParsedCall;
  tally: ImportTally;
  warnings: string[];
}

/**
 * Imports one published call inside the caller's transaction. Records are matched by their natural
 * keys — the call by year, a programme by title within the call, a project by title within its
 * programme, a site by national code, a placement by call, site and project — so the document the
 * seed was transcribed from imports as "nothing created, nothing updated".
 */
export async function importServizioCivileCall(em: EntityManager, viewer: Viewer, text: string): Promise<CallImport> {
  const parsed = parse(text);
  const year = parsed.call.year;
  const tally = new ImportTally();
  const context = { viewer, action: 'importServizioCivileCall', tally, at: await clockInstant(em) };
  const warnings = [...parsed.warnings];

  const call = importRecord(em, context, ServizioCivileCall, await em.findOne(ServizioCivileCall, { year }), {
    year,
    title: parsed.call.title,
    organisation: parsed.call.organisation,
    source: source(parsed.call.source),
  });

  const programmes = new Map<string, ServizioCivileProgramme>();
  for (const p of parsed.programmes) {
    if (p.sector === null) throw notACall(`the programme "${p.title}" has no sector (Settore)`);
    const existing = await em.findOne(ServizioCivileProgramme, { call: year, title: p.title });
    programmes.set(
      p.title,
      importRecord(em, context, ServizioCivileProgramme, existing, {
        ...(existing ? {} : { id: newId(year, p.title) }),
        call,
        title: p.title,
        sector: p.sector,
        source: source(p.source),
      }),
    );
  }

  const projects = new Map<string, ServizioCivileProject>();
  for (const p of parsed.projects) {
    const programme = programmes.get(p.programmeTitle);
    const missing = (['annualHours', 'weeklyHours', 'daysPerWeek', 'months', 'obligations', 'requirements'] as const).filter(
      (key) => p[key] === null,
    );
    if (!programme || missing.length > 0)
      throw notACall(`the project "${p.title}" lacks ${programme ? missing.join(', ') : 'its programme'}`);
    const existing = await em.findOne(ServizioCivileProject, { programme, title: p.title });
    projects.set(
      p.title,
      importRecord(em, context, ServizioCivileProject, existing, {
        ...(existing ? {} : { id: newId(year, p.title) }),
        programme,
        title: p.title,
        annualHours: p.annualHours as number,
        weeklyHours: p.weeklyHours as number,
        daysPerWeek: p.daysPerWeek as number,
        months: p.months as number,
        obligations: p.obligations as string,
        requirements: p.requirements as string,
        source: source(p.source),
      }),
    );
  }

  const sites = new Map<string, ServizioCivileSite>();
  for (const s of parsed.sites) {
    const existing = await em.findOne(ServizioCivileSite, { code: s.code });
    // What a site is called now is what its newest call says: an older call leaves it as it is.
    const newer = existing ? await em.count(ServizioCivilePlacement, { site: existing, call: { $gt: year } }) : 0;
    if (existing && newer > 0) {
      if (existing.name !== s.name) warnings.push(`Sede ${s.code}: a newer call names it "${existing.name}"; the name stays.`);
      sites.set(s.code, existing);
      continue;
    }
    sites.set(s.code, importRecord(em, context, ServizioCivileSite, existing, { code: s.code, name: s.name, source: source(s.source) }));
  }

  for (const p of parsed.placements) {
    const site = sites.get(p.siteCode);
    const project = projects.get(p.projectTitle);
    if (!site || !project) throw notACall(`the placement at site ${p.siteCode} names no known site or project`);
    const existing = await em.findOne(ServizioCivilePlacement, { call, site, project });
    importRecord(em, context, ServizioCivilePlacement, existing, {
      ...(existing ? {} : { id: await placementId(em, year, p.siteCode) }),
      call,
      project,
      site,
      position: p.position,
      volunteers: p.volunteers,
      address: p.address,
      context: p.context,
      objectives: p.objectives,
      volunteerRole: p.volunteerRole,
      sharedActivities: p.sharedActivities,
      obligations: p.obligations,
      requirements: p.requirements,
      source: source(p.source),
    });
  }

  // The document is the whole call: a placement on record that it does not list is reported, not removed.
  const listed = new Set(parsed.placements.map((p) => `${p.siteCode}|${p.projectTitle}`));
  for (const placement of await em.find(ServizioCivilePlacement, { call: year }, { populate: ['project'] })) {
    if (!listed.has(`${placement.site.code}|${placement.project.getEntity().title}`))
      warnings.push(`Placement ${placement.id} is on record for ${year} but not in the document; it was left as it is.`);
  }
  await em.flush();
  return { call, parsed, tally, warnings };
}

function parse(text: string): ParsedCall {
  try {
    return parseCallDocument(text);
  } catch (error) {
    if (error instanceof NotACallError) throw notACall(error.missing.join('; '));
    throw error;
  }
}

function notACall(what: string): UserErrors {
  return new UserErrors([userError(UserErrorCode.NOT_A_CALL, ['document'], `Not a Servizio Civile call that can be imported: ${what}.`)]);
}

function source(s: ParsedSource) {
  return { ...s, demo: false };
}

/** The id of a new programme or project: "scu-", the year and its title, as the seeded ones. */
function newId(year: number, title: string): string {
  return `scu-${year}-${slug(title)}`;
}

/** "<year>-<site code>", as the seeded placements, with a suffix when a second project places volunteers at the site. */
async function placementId(em: EntityManager, year: number, code: string): Promise<string> {
  const base = `${year}-${code}`;
  const taken = new Set((await em.find(ServizioCivilePlacement, { id: { $like: `${base}%` } })).map((p) => p.id));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
