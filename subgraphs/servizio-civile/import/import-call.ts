import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer.js';
import { ImportTally, importRecord, slug } from '../../shared/import-record.js';
import { tableOf } from '../../shared/sql.js';
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
 *
 * What is on record is read up front, a few statements per kind of record whatever the size of the
 * call, and everything is written in one flush at the end (multi-row inserts): a query per record
 * made MikroORM flush and compare every record it held before each one, so a national call of
 * thousands of placements took minutes.
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

  const onRecord = await recordsOf(
    em,
    year,
    parsed.sites.map((s) => s.code),
  );
  const programmes = new Map<string, ServizioCivileProgramme>();
  for (const p of parsed.programmes) {
    if (p.sector === null) throw notACall(`the programme "${p.title}" has no sector (Settore)`);
    const existing = onRecord.programmes.get(p.title) ?? null;
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
    const existing = onRecord.projects.get(`${programme.id}|${p.title}`) ?? null;
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
    const existing = onRecord.sites.get(s.code) ?? null;
    // What a site is called now is what its newest call says: an older call leaves it as it is.
    if (existing && onRecord.inNewerCalls.has(s.code)) {
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
    const key = `${site.code}|${project.id}`;
    const existing = onRecord.placements.get(key) ?? null;
    const placement = importRecord(em, context, ServizioCivilePlacement, existing, {
      ...(existing ? {} : { id: placementId(onRecord.placementIds, year, p.siteCode) }),
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
    // A second row of the same site and project updates the placement the first one made, as before.
    onRecord.placements.set(key, placement);
  }

  // The document is the whole call: a placement on record that it does not list is reported, not removed.
  const listed = new Set(parsed.placements.map((p) => `${p.siteCode}|${p.projectTitle}`));
  for (const placement of onRecord.listedBefore) {
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

/**
 * "<year>-<site code>", as the seeded placements, with a suffix when a second project places
 * volunteers at the site. `taken` holds the ids of the call's placements, and the new id is added.
 */
function placementId(taken: Set<string>, year: number, code: string): string {
  const base = `${year}-${code}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** What is on record of a call and its sites, read in five statements whatever their number. */
interface OnRecord {
  programmes: Map<string, ServizioCivileProgramme>;
  /** By programme id and title. */
  projects: Map<string, ServizioCivileProject>;
  sites: Map<string, ServizioCivileSite>;
  /** Codes of the sites a newer call places volunteers at. */
  inNewerCalls: Set<string>;
  /** The call's placements by site code and project id. */
  placements: Map<string, ServizioCivilePlacement>;
  listedBefore: ServizioCivilePlacement[];
  placementIds: Set<string>;
}

async function recordsOf(em: EntityManager, year: number, codes: string[]): Promise<OnRecord> {
  const programmes = await em.find(ServizioCivileProgramme, { call: year });
  const projects = await em.find(ServizioCivileProject, { programme: { $in: programmes } });
  const sites = await em.find(ServizioCivileSite, { code: { $in: codes } });
  const newer = await em.execute<{ site_code: string }[]>(
    `select distinct site_code from ${tableOf(em, ServizioCivilePlacement)} where call_year > ? and site_code = any(array[?]::text[])`,
    [year, codes],
  );
  const placements = await em.find(ServizioCivilePlacement, { call: year }, { populate: ['project'] });
  const ids = await em.execute<{ id: string }[]>(`select id from ${tableOf(em, ServizioCivilePlacement)} where id like ?`, [`${year}-%`]);
  return {
    programmes: new Map(programmes.map((p) => [p.title, p])),
    projects: new Map(projects.map((p) => [`${p.programme.id}|${p.title}`, p])),
    sites: new Map(sites.map((s) => [s.code, s])),
    inNewerCalls: new Set(newer.map((row) => row.site_code)),
    placements: new Map(placements.map((p) => [`${p.site.code}|${p.project.id}`, p])),
    listedBefore: placements,
    placementIds: new Set(ids.map((row) => row.id)),
  };
}
