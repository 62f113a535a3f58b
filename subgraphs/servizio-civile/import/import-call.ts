import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer.js';
import { type ProgressReport, UNSEEN } from '../../shared/import-progress.js';
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
  year: number;
  /** The placements the document lists. */
  placements: number;
  tally: ImportTally;
  /** At most MAX_WARNINGS, then how many more. */
  warnings: string[];
}

/**
 * Imports one published call inside the caller's transaction. Records are matched by their natural
 * keys — the call by year, a programme by title within the call, a project by title within its
 * programme, a site by national code, a placement by call, site and project — so the document the
 * seed was transcribed from imports as "nothing created, nothing updated".
 *
 * What is on record is read up front, a few statements whatever the size of the call, and written
 * in multi-row inserts, a chunk of sites or placements at a time (see CHUNK): a query per record made
 * MikroORM flush and compare every record it held before each one, so a national call of thousands
 * of placements took minutes, and holding them all took the process to hundreds of MB. Each chunk
 * of parsed sites and placements is let go once written, with its records: what the import holds
 * shrinks as it goes, from the parsed call (about 1 KB a placement) down to its keys.
 */
export async function importServizioCivileCall(
  em: EntityManager,
  viewer: Viewer,
  text: string,
  progress: ProgressReport = UNSEEN,
): Promise<CallImport> {
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
  const placementCount = parsed.placements.length;
  // What the end of the import needs of the parsed call, before its records are let go.
  const listed = new Set(parsed.placements.map((p) => `${p.siteCode}|${p.projectTitle}`));
  const siteCodes = new Set(parsed.sites.map((s) => s.code));
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

  // The call, its programmes and projects are few: written now, and the sites and placements, as
  // many as the rows of the tables, CHUNK at a time, each chunk's records let go once written.
  const projectIds = new Map([...projects].map(([title, project]) => [title, project.id]));
  await em.flush();
  em.clear();
  // The progress counts the sites and placements, the records that grow with a call.
  const total = parsed.sites.length + parsed.placements.length;
  let done = 0;
  progress.writing(done, total);
  while (parsed.sites.length > 0) {
    const chunk = parsed.sites.splice(0, CHUNK);
    const found = await em.find(ServizioCivileSite, { code: { $in: chunk.map((s) => s.code) } });
    const existingSites = new Map(found.map((site) => [site.code, site]));
    for (const s of chunk) {
      const existing = existingSites.get(s.code) ?? null;
      // What a site is called now is what its newest call says: an older call leaves it as it is.
      if (existing && onRecord.inNewerCalls.has(s.code)) {
        if (existing.name !== s.name) warnings.push(`Sede ${s.code}: a newer call names it "${existing.name}"; the name stays.`);
        continue;
      }
      importRecord(em, context, ServizioCivileSite, existing, { code: s.code, name: s.name, source: source(s.source) });
    }
    await em.flush();
    em.clear();
    done += chunk.length;
    progress.writing(done, total);
  }

  while (parsed.placements.length > 0) {
    const chunk = parsed.placements.splice(0, CHUNK);
    const ids = chunk.flatMap((p) => onRecord.placements.get(`${p.siteCode}|${projectIds.get(p.projectTitle)}`) ?? []);
    const found = new Map((await em.find(ServizioCivilePlacement, { id: { $in: ids } })).map((p) => [p.id, p]));
    for (const p of chunk) {
      const projectId = projectIds.get(p.projectTitle);
      if (!siteCodes.has(p.siteCode) || !projectId) throw notACall(`the placement at site ${p.siteCode} names no known site or project`);
      const key = `${p.siteCode}|${projectId}`;
      const known = onRecord.placements.get(key);
      const existing = known ? (found.get(known) ?? null) : null;
      const placement = importRecord(em, context, ServizioCivilePlacement, existing, {
        ...(existing ? {} : { id: placementId(onRecord.placementIds, year, p.siteCode) }),
        call: em.getReference(ServizioCivileCall, year),
        project: em.getReference(ServizioCivileProject, projectId),
        site: em.getReference(ServizioCivileSite, p.siteCode),
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
      onRecord.placements.set(key, placement.id);
      found.set(placement.id, placement);
    }
    await em.flush();
    em.clear();
    done += chunk.length;
    progress.writing(done, total);
  }

  // The document is the whole call: a placement on record that it does not list is reported, not removed.
  for (const placement of onRecord.listedBefore) {
    if (!listed.has(`${placement.siteCode}|${placement.projectTitle}`))
      warnings.push(`Placement ${placement.id} is on record for ${year} but not in the document; it was left as it is.`);
  }
  const more = warnings.length - MAX_WARNINGS;
  if (more > 0) warnings.splice(MAX_WARNINGS, more, `… and ${more} more warnings.`);
  return { call: await em.findOneOrFail(ServizioCivileCall, { year }), year, placements: placementCount, tally, warnings };
}

/** Sites and placements written per flush (see importServizioCivileCall). */
const CHUNK = 1_000;
/** The warnings a report lists (its field is sized for 100): a document wrong in every table would list 70,000. */
const MAX_WARNINGS = 100;

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

/** What is on record of a call, read in five statements whatever its size; placements by key only. */
interface OnRecord {
  programmes: Map<string, ServizioCivileProgramme>;
  /** By programme id and title. */
  projects: Map<string, ServizioCivileProject>;
  /** Codes of the sites a newer call places volunteers at. */
  inNewerCalls: Set<string>;
  /** The ids of the call's placements by site code and project id. */
  placements: Map<string, string>;
  listedBefore: { id: string; siteCode: string; projectTitle: string }[];
  placementIds: Set<string>;
}

async function recordsOf(em: EntityManager, year: number, codes: string[]): Promise<OnRecord> {
  const programmes = await em.find(ServizioCivileProgramme, { call: year });
  const projects = await em.find(ServizioCivileProject, { programme: { $in: programmes } });
  const placement = tableOf(em, ServizioCivilePlacement);
  const newer = await em.execute<{ site_code: string }[]>(
    `select distinct site_code from ${placement} where call_year > ? and site_code in (select jsonb_array_elements_text(?::jsonb))`,
    // One parameter, not one a code: a national call's 60,000 codes came near the 65,535 a statement takes.
    [year, JSON.stringify(codes)],
  );
  const listed = await em.execute<{ id: string; site_code: string; project_id: string; title: string }[]>(
    `select p.id, p.site_code, p.project_id, j.title from ${placement} p join ${tableOf(em, ServizioCivileProject)} j on j.id = p.project_id
     where p.call_year = ? order by p.id`,
    [year],
  );
  const ids = await em.execute<{ id: string }[]>(`select id from ${placement} where id like ?`, [`${year}-%`]);
  return {
    programmes: new Map(programmes.map((p) => [p.title, p])),
    projects: new Map(projects.map((p) => [`${p.programme.id}|${p.title}`, p])),
    inNewerCalls: new Set(newer.map((row) => row.site_code)),
    placements: new Map(listed.map((row) => [`${row.site_code}|${row.project_id}`, row.id])),
    listedBefore: listed.map((row) => ({ id: row.id, siteCode: row.site_code, projectTitle: row.title })),
    placementIds: new Set(ids.map((row) => row.id)),
  };
}
