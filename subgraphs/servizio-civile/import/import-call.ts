import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer.js';
import { detached } from '../../shared/detached.js';
import { type ProgressReport, UNSEEN } from '../../shared/import-progress.js';
import { type ImportContext, ImportTally, importRecord, slug } from '../../shared/import-record.js';
import { tableOf } from '../../shared/sql.js';
import { UserErrorCode, UserErrors, userError } from '../../shared/user-error.js';
import { clockInstant } from '../../shared/write.js';
import { ServizioCivileCall } from '../call.js';
import { ServizioCivilePlacement } from '../placement.js';
import { ServizioCivileProgramme } from '../programme.js';
import { ServizioCivileProject } from '../project.js';
import { ServizioCivileSite } from '../site.js';
import { CallReader, NotACallError, type ParsedCall, type ParsedCallProject, type ParsedSource } from './parse-call.js';

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
 * Imports one published call inside the caller's transaction, reading its text as it comes (each
 * part of an upload in turn). Records are matched by their natural keys — the call by year, a
 * programme by title within the call, a project by title within its programme, a site by national
 * code, a placement by call, site and project — so the document the seed was transcribed from
 * imports as "nothing created, nothing updated".
 *
 * The reader gives the call a project at a time (parse-call.ts), and the projects each part of the
 * text completes are written together: their programmes and projects, then their sites and
 * placements in multi-row inserts, CHUNK at a time, each chunk's records let go once written
 * (a query per record made MikroORM flush and compare every record it held before each one, so a
 * national call of thousands of placements took minutes). So what the import holds is one part's
 * projects and the call's keys, never the call: the parsed national call was about 1 KB a
 * placement, 70,000 of them. A document that lacks what a call needs is read to its end, to say
 * all it lacks, and refused; what was written of it is rolled back with the transaction.
 */
export async function importServizioCivileCall(
  em: EntityManager,
  viewer: Viewer,
  parts: AsyncIterable<string>,
  progress: ProgressReport = UNSEEN,
): Promise<CallImport> {
  const reader = new CallReader();
  const context = { viewer, action: 'importServizioCivileCall', tally: new ImportTally(), at: await clockInstant(em) };
  const warnings = new Warnings();
  // Opened by the first project read (assigned in `take`).
  let writer = null as CallWriter | null;
  // What the writer refused (a programme without sector…): told once the text is read, unless it lacks more.
  let refused = null as UserErrors | null;
  const take = async (read: ParsedCallProject[]) => {
    warnings.add(reader.warnings.splice(0));
    // A document that is no call is read on, to say all it lacks, and nothing more is written.
    if (read.length === 0 || reader.missing.length > 0 || !reader.call || refused) return;
    try {
      writer ??= await CallWriter.open(em, context, reader.call, warnings);
      await writer.write(read, progress);
    } catch (error) {
      if (!(error instanceof UserErrors)) throw error;
      refused = error;
    }
  };
  try {
    for await (const part of parts) await take(reader.write(part));
    await take(reader.end());
  } catch (error) {
    if (error instanceof NotACallError) throw notACall(error.missing.join('; '));
    throw error;
  }
  if (reader.missing.length > 0 || !reader.call) throw notACall(reader.lacks().join('; '));
  if (refused) throw refused;
  if (!writer) throw notACall('no project');
  const removed = reader.removedCharacters();
  if (removed) warnings.first(removed);
  const year = reader.call.year;
  await writer.finish();
  return {
    call: await em.findOneOrFail(ServizioCivileCall, { year }),
    year,
    placements: writer.placements,
    tally: context.tally,
    warnings: warnings.report(),
  };
}

/** Sites and placements written per flush (see importServizioCivileCall). */
const CHUNK = 1_000;
/** The warnings a report lists (its field is sized for 100): a document wrong in every table would list 70,000. */
const MAX_WARNINGS = 100;

/** The first MAX_WARNINGS warnings, and how many more: held as the import goes, not only in its report. */
class Warnings {
  private readonly list: string[] = [];
  private more = 0;

  add(warnings: string[]): void {
    for (const warning of warnings) {
      // Kept to the end: detached from the line it quotes (shared/detached.ts).
      if (this.list.length < MAX_WARNINGS) this.list.push(detached(warning));
      else this.more++;
    }
  }

  /** A warning about the whole text, told once it is all read, and listed first. */
  first(warning: string): void {
    this.list.unshift(warning);
    if (this.list.length > MAX_WARNINGS) {
      this.list.pop();
      this.more++;
    }
  }

  report(): string[] {
    return this.more > 0 ? [...this.list, `… and ${this.more} more warnings.`] : this.list;
  }
}

/** Writes a call project by project: what is on record of it is read once, by key. */
class CallWriter {
  /** The placements the document lists so far. */
  placements = 0;
  private readonly programmeIds = new Map<string, string>();
  private readonly projectIds = new Map<string, string>();
  /** Placements of the document, by site code and project title. */
  private readonly listed = new Set<string>();
  private done = 0;

  private constructor(
    private readonly em: EntityManager,
    private readonly context: ImportContext,
    private readonly year: number,
    private readonly onRecord: OnRecord,
    private readonly warnings: Warnings,
  ) {}

  static async open(em: EntityManager, context: ImportContext, call: ParsedCall['call'], warnings: Warnings): Promise<CallWriter> {
    const { year } = call;
    importRecord(em, context, ServizioCivileCall, await em.findOne(ServizioCivileCall, { year }), {
      year,
      title: call.title,
      organisation: call.organisation,
      source: source(call.source),
    });
    await em.flush();
    em.clear();
    return new CallWriter(em, context, year, await recordsOf(em, year), warnings);
  }

  /** Writes projects as read, with their programmes, sites and placements, and lets them go. */
  async write(read: ParsedCallProject[], progress: ProgressReport): Promise<void> {
    await this.programmesOf(read);
    await this.projectsOf(read);
    await this.em.flush();
    this.em.clear();
    const sites = read.flatMap((p) => p.sites);
    for (let first = 0; first < sites.length; first += CHUNK) await this.sites(sites.slice(first, first + CHUNK), progress);
    const placements = read.flatMap((p) => p.placements);
    for (let first = 0; first < placements.length; first += CHUNK)
      await this.placementsOf(placements.slice(first, first + CHUNK), progress);
  }

  /** The document is the whole call: a placement on record that it does not list is reported, not removed. */
  async finish(): Promise<void> {
    for (const placement of this.onRecord.listedBefore) {
      if (!this.listed.has(`${placement.siteCode}|${placement.projectTitle}`))
        this.warnings.add([`Placement ${placement.id} is on record for ${this.year} but not in the document; it was left as it is.`]);
    }
  }

  private async programmesOf(read: ParsedCallProject[]): Promise<void> {
    const programmes = read.flatMap((p) => (p.programme ? [p.programme] : []));
    if (programmes.length === 0) return;
    const found = await this.em.find(ServizioCivileProgramme, { call: this.year, title: { $in: programmes.map((p) => p.title) } });
    const existing = new Map(found.map((p) => [p.title, p]));
    for (const p of programmes) {
      if (p.sector === null) throw notACall(`the programme "${p.title}" has no sector (Settore)`);
      const known = existing.get(p.title) ?? null;
      const programme = importRecord(this.em, this.context, ServizioCivileProgramme, known, {
        ...(known ? {} : { id: newId(this.year, p.title) }),
        call: this.em.getReference(ServizioCivileCall, this.year),
        title: p.title,
        sector: p.sector,
        source: source(p.source),
      });
      this.programmeIds.set(detached(p.title), programme.id);
    }
  }

  private async projectsOf(read: ParsedCallProject[]): Promise<void> {
    const programmeIds = [...new Set(read.map((p) => this.programmeIds.get(p.project.programmeTitle) ?? ''))];
    const found = await this.em.find(ServizioCivileProject, {
      programme: { $in: programmeIds },
      title: { $in: read.map((p) => p.project.title) },
    });
    const existing = new Map(found.map((p) => [`${p.programme.id}|${p.title}`, p]));
    for (const { project: p } of read) {
      const programmeId = this.programmeIds.get(p.programmeTitle);
      const missing = (['annualHours', 'weeklyHours', 'daysPerWeek', 'months', 'obligations', 'requirements'] as const).filter(
        (key) => p[key] === null,
      );
      if (!programmeId || missing.length > 0)
        throw notACall(`the project "${p.title}" lacks ${programmeId ? missing.join(', ') : 'its programme'}`);
      const known = existing.get(`${programmeId}|${p.title}`) ?? null;
      const project = importRecord(this.em, this.context, ServizioCivileProject, known, {
        ...(known ? {} : { id: newId(this.year, p.title) }),
        programme: this.em.getReference(ServizioCivileProgramme, programmeId),
        title: p.title,
        annualHours: p.annualHours as number,
        weeklyHours: p.weeklyHours as number,
        daysPerWeek: p.daysPerWeek as number,
        months: p.months as number,
        obligations: p.obligations as string,
        requirements: p.requirements as string,
        source: source(p.source),
      });
      this.projectIds.set(detached(p.title), project.id);
    }
  }

  private async sites(chunk: ParsedCall['sites'], progress: ProgressReport): Promise<void> {
    const { em } = this;
    const codes = chunk.map((s) => s.code);
    const found = new Map((await em.find(ServizioCivileSite, { code: { $in: codes } })).map((site) => [site.code, site]));
    const newer = await inNewerCalls(em, this.year, codes);
    for (const s of chunk) {
      const existing = found.get(s.code) ?? null;
      // What a site is called now is what its newest call says: an older call leaves it as it is.
      if (existing && newer.has(s.code)) {
        if (existing.name !== s.name) this.warnings.add([`Sede ${s.code}: a newer call names it "${existing.name}"; the name stays.`]);
        continue;
      }
      importRecord(em, this.context, ServizioCivileSite, existing, { code: s.code, name: s.name, source: source(s.source) });
    }
    await this.flushed(chunk.length, progress);
  }

  private async placementsOf(chunk: ParsedCall['placements'], progress: ProgressReport): Promise<void> {
    const { em, onRecord, year } = this;
    const ids = chunk.flatMap((p) => onRecord.placements.get(`${p.siteCode}|${this.projectIds.get(p.projectTitle)}`) ?? []);
    const found = new Map((await em.find(ServizioCivilePlacement, { id: { $in: ids } })).map((p) => [p.id, p]));
    for (const p of chunk) {
      const projectId = this.projectIds.get(p.projectTitle);
      if (!projectId) throw notACall(`the placement at site ${p.siteCode} names no known project`);
      // Kept to the end of the call: detached from the part it was read from (shared/detached.ts).
      this.listed.add(detached(`${p.siteCode}|${p.projectTitle}`));
      this.placements++;
      const key = `${p.siteCode}|${projectId}`;
      const known = onRecord.placements.get(key);
      const existing = known ? (found.get(known) ?? null) : null;
      const placement = importRecord(em, this.context, ServizioCivilePlacement, existing, {
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
      onRecord.placements.set(detached(key), placement.id);
      found.set(placement.id, placement);
    }
    await this.flushed(chunk.length, progress);
  }

  /** Writes a chunk and lets its records go. The progress counts the sites and placements, the records that grow with a call. */
  private async flushed(records: number, progress: ProgressReport): Promise<void> {
    await this.em.flush();
    this.em.clear();
    this.done += records;
    progress.writing(this.done, null);
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
  const base = detached(`${year}-${code}`);
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** What is on record of a call's placements, read in two statements whatever its size; by key only. */
interface OnRecord {
  /** The ids of the call's placements by site code and project id. */
  placements: Map<string, string>;
  listedBefore: { id: string; siteCode: string; projectTitle: string }[];
  placementIds: Set<string>;
}

async function recordsOf(em: EntityManager, year: number): Promise<OnRecord> {
  const placement = tableOf(em, ServizioCivilePlacement);
  const listed = await em.execute<{ id: string; site_code: string; project_id: string; title: string }[]>(
    `select p.id, p.site_code, p.project_id, j.title from ${placement} p join ${tableOf(em, ServizioCivileProject)} j on j.id = p.project_id
     where p.call_year = ? order by p.id`,
    [year],
  );
  const ids = await em.execute<{ id: string }[]>(`select id from ${placement} where id like ?`, [`${year}-%`]);
  return {
    placements: new Map(listed.map((row) => [`${row.site_code}|${row.project_id}`, row.id])),
    listedBefore: listed.map((row) => ({ id: row.id, siteCode: row.site_code, projectTitle: row.title })),
    placementIds: new Set(ids.map((row) => row.id)),
  };
}

/** The codes of these sites that a newer call places volunteers at. */
async function inNewerCalls(em: EntityManager, year: number, codes: string[]): Promise<Set<string>> {
  const newer = await em.execute<{ site_code: string }[]>(
    `select distinct site_code from ${tableOf(em, ServizioCivilePlacement)} where call_year > ? and site_code = any(array[?]::text[])`,
    [year, codes],
  );
  return new Set(newer.map((row) => row.site_code));
}
