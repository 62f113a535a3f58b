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
 * Each part in the file named for what it reads: `call-text.ts` (clean-up), `call-lines.ts` and
 * `call-labels.ts` (on the shared markdown reader, `shared/markdown/`), `header.ts`, `projects.ts`
 * (programmes and projects), `sites-table.ts`, `sections.ts`, `role.ts`, `objectives.ts`,
 * `figures.ts`; the result's types in `parsed-call.ts`. This file puts them together.
 */

import { type Line, readLines } from './call-lines.js';
import { asRunningText, cleanText, excerpt } from './call-text.js';
import { projectFigures } from './figures.js';
import { readHeader } from './header.js';
import { NotACallError, type ParsedCall, type ParsedSource } from './parsed-call.js';
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

/** Parses the markdown text of a published call. Throws NotACallError when it is no call. */
export function parseCallDocument(text: string): ParsedCall {
  const warnings: string[] = [];
  const missing: string[] = [];
  const lines = readLines(cleanText(text, warnings));
  const { header, end } = readHeader(lines, missing);
  const blocks = readBody(lines, end, missing, warnings);
  if (blocks.length === 0 && header.title !== null) missing.push('no table of sites (code – name, address, volunteers)');
  const city = /^comune\s+di\s+(.+)$/iu.exec(header.organisation ?? '')?.[1];
  // Figures of a project without table would only repeat that the table is missing.
  const figures = blocks.map((block) =>
    block.rows.length > 0 ? projectFigures(block.title ?? '', block.sections, missing, warnings) : null,
  );
  if (missing.length > 0) throw new NotACallError(missing);
  const { title, year, organisation } = header as { title: string; year: number; organisation: string };
  if (!city) warnings.push(`The organisation «${organisation}» is no Comune and the addresses name no city; cities are left null.`);

  // The seed names the document by its title and its organisation, as running text writes it.
  const document = `${title} (${asRunningText(organisation)})`;
  const source = (section: string | null): ParsedSource => ({ document, section, url: null });
  const result: ParsedCall = {
    call: { year, title, organisation, source: source(title) },
    programmes: [],
    projects: [],
    sites: [],
    placements: [],
    warnings,
  };
  // The sites by code, as the tables first name them: a national call has 60,000 (a search of the list per row took minutes).
  const sitesByCode = new Map<string, ParsedCall['sites'][number]>();
  blocks.forEach((block, k) => {
    const programme = block.programme as NonNullable<ProjectBlock['programme']>;
    const projectTitle = block.title ?? '';
    if (!result.programmes.some((known) => known.title === programme.title)) {
      if (programme.sector === null) warnings.push(`Programme «${programme.title}» has no «Settore»; left null.`);
      result.programmes.push({ title: programme.title, sector: programme.sector, source: source(programme.label) });
    }
    const figuresOfBlock = figures[k] as NonNullable<(typeof figures)[number]>;
    result.projects.push({ programmeTitle: programme.title, title: projectTitle, ...figuresOfBlock, source: source(block.label) });
    const assigned = assignSections(block.sections, block.rows, warnings);
    // What the placements of one section share, made once: a section may serve hundreds of sites.
    const shared = new Map<Section | undefined, { sharedActivities: string[]; source: ParsedSource }>();
    const sharedBy = (section: Section | undefined) => {
      let made = shared.get(section);
      if (!made) {
        made = {
          sharedActivities: sharedActivitiesOf(section?.volunteerRole ?? null),
          source: source(section ? `${block.label}; sezione ${section.title}` : block.label),
        };
        shared.set(section, made);
      }
      return made;
    };
    const cityName = city ? asRunningText(city.trim()) : null;
    for (const row of block.rows) {
      const known = sitesByCode.get(row.code);
      if (!known) {
        const site = { code: row.code, name: row.name, source: source(block.label) };
        result.sites.push(site);
        sitesByCode.set(row.code, site);
      } else if (known.name !== row.name) {
        warnings.push(`Site ${row.code} is «${known.name}» in one table and «${row.name}» in another; the first name is kept.`);
      }
      const section = assigned.get(row.code);
      const { sharedActivities, source: sectionSource } = sharedBy(section);
      result.placements.push({
        siteCode: row.code,
        projectTitle,
        position: result.placements.length + 1,
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
  });
  reportUnplaced(lines, blocks, warnings);
  return result;
}
