/**
 * A tolerant parser for the published text of a Servizio Civile call (bando), in the markdown a
 * PDF or Word conversion gives (see shared/seeds/servizio-civile-bando-2022.md).
 *
 * What it reads, in document order:
 *   title (with the year) · organisation · «Programma» and its title · «Settore» ·
 *   «Sedi di attuazione del progetto» · project title · table of sites (code – name, address, volunteers) ·
 *   one section per site (or per group of sites): title · context · «Obiettivi del progetto» ·
 *   «Ruolo ed attività…» with objectives, actions and «Attività di Progetto» · hours · days ·
 *   obligations · requirements.
 *
 * Labels are recognised by their words, never by their markup: heading level, bold, italic or none.
 * Headings (objectives, actions, site sections) are recognised by markup: a markdown heading of any
 * level, or a line wholly in bold/italic. Text is copied as written, with only the markdown markup
 * removed (heading marks, emphasis); list markers of running text are kept.
 *
 * Nothing is guessed: what cannot be placed is reported in `warnings`, and a document without the
 * facts a call cannot do without is refused with a `NotACallError`.
 *
 * The text is read as it comes (`CallReader`), a project at a time: each «Programma» or «Sedi di
 * attuazione…» label begins a new piece of the body, which is read, made into records and let go,
 * so what the reader holds is one project's lines, whatever the size of the call.
 *
 * Each part in the file named for what it reads: `call-text.ts` (clean-up), `call-lines.ts` and
 * `call-labels.ts` (on the shared markdown reader, `shared/markdown/`), `header.ts`, `projects.ts`
 * (programmes and projects), `sites-table.ts`, `sections.ts`, `role.ts`, `objectives.ts`,
 * `figures.ts`; the result's types in `parsed-call.ts`. This file puts them together.
 */

import { detached } from '../../shared/detached.js';
import { type Line, lineAt } from './call-lines.js';
import { asRunningText, excerpt, TextCleaner } from './call-text.js';
import { projectFigures } from './figures.js';
import { type Header, readHeader } from './header.js';
import { NotACallError, type ParsedCall, type ParsedPlacement, type ParsedProject, type ParsedSource } from './parsed-call.js';
import { type ProjectBlock, readBody } from './projects.js';
import { sharedActivitiesOf } from './role.js';
import { assignSections, type Section } from './sections.js';

export {
  NotACallError,
  type ParsedAction,
  type ParsedAddress,
  type ParsedCall,
  type ParsedObjective,
  type ParsedPlacement,
  type ParsedProject,
  type ParsedSource,
} from './parsed-call.js';

/** Text nobody placed: reported in runs, with the section it stands in. */
function reportUnplaced(lines: Line[], blocks: ProjectBlock[], warnings: string[]): void {
  const sectionOf = (line: Line) => {
    for (const block of blocks) {
      for (const section of block.sections) {
        if (section.firstLine <= line.number && line.number <= section.lastLine) return section.name;
      }
    }
    return null;
  };
  let run: Line[] = [];
  const flush = () => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const where = sectionOf(first);
      const span = first.number === last.number ? `line ${first.number}` : `lines ${first.number}–${last.number}`;
      warnings.push(`Text not placed${where ? ` in ${where}` : ''} (${span}): «${excerpt(first.content)}».`);
    }
    run = [];
  };
  for (const line of lines) {
    if (line.blank) continue;
    if (line.used) flush();
    else run.push(line);
  }
  flush();
}

/** What a refusal lists of what the document lacks, then how many more. */
const MAX_MISSING = 100;

/** One project of the call as read, with what it names for the first time: its programme, its sites. */
export interface ParsedCallProject {
  /** Its programme, when no project before it was in that programme. */
  programme: ParsedCall['programmes'][number] | null;
  project: ParsedProject;
  /** The sites of its table that no table before it named. */
  sites: ParsedCall['sites'];
  placements: ParsedPlacement[];
}

/**
 * Reads the text of a call as it comes, in parts cut anywhere: `write` answers the projects whose
 * text is complete, `end` the last. The call itself (title, year, organisation) is `call` once its
 * head is read. What the document lacks is gathered in `missing` (it is then no call: throw
 * `NotACallError` after `end`), what the reader could not place in `warnings`; `warnings` is the
 * caller's to empty as it goes.
 */
export class CallReader {
  readonly missing: string[] = [];
  readonly warnings: string[] = [];
  call: ParsedCall['call'] | null = null;
  /** Projects read so far. */
  projects = 0;

  private moreMissing = 0;
  private keptMissing = 0;
  private pending = '';
  private readonly cleaner = new TextCleaner();
  private lineNumber = 0;
  private segment: Line[] = [];
  private header: Header | null = null;
  private programme: ProjectBlock['programme'] = null;
  private readonly programmes = new Set<string>();
  /** The name each site code was first given: a national call has 60,000 (a search of a list per row took minutes). */
  private readonly siteNames = new Map<string, string>();
  private placements = 0;
  private city: string | null = null;
  private document = '';

  write(text: string): ParsedCallProject[] {
    this.pending += text;
    const cut = this.pending.lastIndexOf('\n');
    if (cut < 0) return [];
    const complete = this.pending.slice(0, cut);
    this.pending = this.pending.slice(cut + 1);
    return this.lines(complete);
  }

  end(): ParsedCallProject[] {
    const read = [...this.lines(this.pending), ...this.finish()];
    this.pending = '';
    if (!this.header) this.readHead([]);
    if (this.projects === 0 && this.header?.title !== null) this.missing.push('no table of sites (code – name, address, volunteers)');
    return read;
  }

  /** The warning of the characters the clean-up removed from the whole text (call-text.ts), once it is read; it comes first. */
  removedCharacters(): string | null {
    return this.cleaner.warning();
  }

  /** Whole lines of the text (the line end that ends the last is not in it). */
  private lines(text: string): ParsedCallProject[] {
    // A CR before the line end the text was cut at is half of that CRLF.
    const clean = this.cleaner.clean(text.endsWith('\r') ? text.slice(0, -1) : text);
    const read: ParsedCallProject[] = [];
    for (const raw of clean.split('\n')) {
      for (const line of lineAt(raw, ++this.lineNumber)) {
        const key = line.label?.key;
        // Each «Programma» and «Sedi…» begins a piece of the body; the head ends at the first after its title.
        if ((key === 'programme' || key === 'sites') && this.segment.some((l) => !l.blank)) read.push(...this.finish());
        this.segment.push(line);
      }
    }
    return read;
  }

  /** What the document lacks: the first MAX_MISSING, then how many more. */
  lacks(): string[] {
    return this.moreMissing > 0 ? [...this.missing, `and ${this.moreMissing} more`] : this.missing;
  }

  /** Reads the lines gathered since the last piece, and lets them go. */
  private finish(): ParsedCallProject[] {
    const lines = this.segment;
    this.segment = [];
    if (lines.length === 0) return [];
    const from = this.header ? 0 : this.readHead(lines);
    const body = readBody(lines, from, this.missing, this.warnings, this.programme);
    this.programme = body.programme;
    const read = body.blocks.map((block) => this.project(block));
    reportUnplaced(lines, body.blocks, this.warnings);
    // A document wrong in every table lacks as much as it has rows: the first are kept, detached from their lines.
    const kept = Math.min(this.missing.length, MAX_MISSING);
    for (let i = this.keptMissing; i < kept; i++) this.missing[i] = detached(this.missing[i] as string);
    if (this.missing.length > MAX_MISSING) this.moreMissing += this.missing.splice(MAX_MISSING).length;
    this.keptMissing = kept;
    return read;
  }

  private readHead(lines: Line[]): number {
    const read = readHeader(lines, this.missing);
    // Kept to the end of the text: detached from the lines they were read from (shared/detached.ts).
    const header = {
      ...read.header,
      title: read.header.title === null ? null : detached(read.header.title),
      organisation: read.header.organisation === null ? null : detached(read.header.organisation),
    };
    const end = read.end;
    this.header = header;
    if (header.title === null || header.year === null || header.organisation === null) return end;
    const { title, year, organisation } = header;
    const city = /^comune\s+di\s+(.+)$/iu.exec(organisation)?.[1];
    this.city = city ? detached(city) : null;
    if (!this.city)
      this.warnings.push(`The organisation «${organisation}» is no Comune and the addresses name no city; cities are left null.`);
    // The seed names the document by its title and its organisation, as running text writes it.
    this.document = detached(`${title} (${asRunningText(organisation)})`);
    this.call = { year, title, organisation, source: this.source(title) };
    return end;
  }

  private source(section: string | null): ParsedSource {
    return { document: this.document, section, url: null };
  }

  private project(block: ProjectBlock): ParsedCallProject {
    this.projects++;
    const programme = block.programme as NonNullable<ProjectBlock['programme']>;
    const projectTitle = block.title ?? '';
    let newProgramme: ParsedCallProject['programme'] = null;
    if (programme && !this.programmes.has(programme.title)) {
      this.programmes.add(detached(programme.title));
      if (programme.sector === null) this.warnings.push(`Programme «${programme.title}» has no «Settore»; left null.`);
      newProgramme = { title: programme.title, sector: programme.sector, source: this.source(programme.label) };
    }
    // Figures of a project without table would only repeat that the table is missing.
    const figures = block.rows.length > 0 ? projectFigures(projectTitle, block.sections, this.missing, this.warnings) : null;
    const project: ParsedProject = {
      programmeTitle: programme?.title ?? '',
      title: projectTitle,
      annualHours: null,
      weeklyHours: null,
      daysPerWeek: null,
      months: null,
      obligations: null,
      requirements: null,
      ...figures,
      source: this.source(block.label),
    };
    const sites: ParsedCall['sites'] = [];
    const placements: ParsedPlacement[] = [];
    const assigned = assignSections(block.sections, block.rows, this.warnings);
    // What the placements of one section share, made once: a section may serve hundreds of sites.
    const shared = new Map<Section | undefined, { sharedActivities: string[]; source: ParsedSource }>();
    const sharedBy = (section: Section | undefined) => {
      let made = shared.get(section);
      if (!made) {
        made = {
          sharedActivities: sharedActivitiesOf(section?.volunteerRole ?? null),
          source: this.source(section ? `${block.label}; sezione ${section.title}` : block.label),
        };
        shared.set(section, made);
      }
      return made;
    };
    const cityName = this.city ? asRunningText(this.city.trim()) : null;
    for (const row of block.rows) {
      const known = this.siteNames.get(row.code);
      if (known === undefined) {
        sites.push({ code: row.code, name: row.name, source: this.source(block.label) });
        this.siteNames.set(detached(row.code), detached(row.name));
      } else if (known !== row.name) {
        this.warnings.push(`Site ${row.code} is «${known}» in one table and «${row.name}» in another; the first name is kept.`);
      }
      const section = assigned.get(row.code);
      const { sharedActivities, source: sectionSource } = sharedBy(section);
      placements.push({
        siteCode: row.code,
        projectTitle,
        position: ++this.placements,
        volunteers: row.volunteers,
        address: { street: row.street, postalCode: null, city: cityName, latitude: null, longitude: null },
        context: section?.context ?? null,
        objectives: section?.objectives ?? [],
        volunteerRole: section?.volunteerRole ?? null,
        sharedActivities,
        obligations: section?.values.obligations?.text ?? null,
        requirements: section?.values.requirements?.text ?? null,
        source: sectionSource,
      });
    }
    return { programme: newProgramme, project, sites, placements };
  }
}

/** Parses the markdown text of a published call, whole. Throws NotACallError when it is no call. */
export function parseCallDocument(text: string): ParsedCall {
  const reader = new CallReader();
  const read = [...reader.write(text), ...reader.end()];
  if (reader.missing.length > 0 || !reader.call) throw new NotACallError(reader.lacks());
  const removed = reader.removedCharacters();
  return {
    call: reader.call,
    programmes: read.flatMap((p) => (p.programme ? [p.programme] : [])),
    projects: read.map((p) => p.project),
    sites: read.flatMap((p) => p.sites),
    placements: read.flatMap((p) => p.placements),
    warnings: removed ? [removed, ...reader.warnings] : reader.warnings,
  };
}
