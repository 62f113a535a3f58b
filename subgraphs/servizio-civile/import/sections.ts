import type { LabelKey } from './call-labels.js';
import { joinText, type Line, nextNonBlank } from './call-lines.js';
import { capitalise } from './call-text.js';
import { type Listed, readListed } from './objectives.js';
import type { ParsedObjective } from './parsed-call.js';
import { readRole } from './role.js';
import { type SiteRow, sitesNamedBy } from './sites-table.js';

// The site sections of a project: where each begins, its title, its parts, and the site it serves.

export type ClosingKey = 'hours' | 'days' | 'obligations' | 'requirements';

export interface Section {
  /** The section title as written, null when the section has none. */
  title: string | null;
  /** How warnings name it. */
  name: string;
  /** Its first and last line numbers, to name it in warnings about text not placed. */
  firstLine: number;
  lastLine: number;
  context: string | null;
  objectives: ParsedObjective[];
  volunteerRole: string | null;
  /** The closing values as written, each with its label (which may say what a bare number is). */
  values: Partial<Record<ClosingKey, { label: string; text: string | null }>>;
}

const CLOSING: ClosingKey[] = ['hours', 'days', 'obligations', 'requirements'];
const isClosing = (key: LabelKey | undefined): key is ClosingKey => CLOSING.includes(key as ClosingKey);

/**
 * Each site section opens with its description («Descrizione dell'area…», or the text under the
 * title) and «Obiettivi del progetto». A context label starts a new section unless the current one
 * has only reached its title; an objectives label starts one when the current section already has
 * its objectives. Those labels are the anchors.
 */
function findAnchors(lines: Line[]): number[] {
  const anchors: number[] = [];
  let seen = new Set<LabelKey>();
  lines.forEach((line, index) => {
    const key = line.label?.key;
    if (!key) return;
    const opens =
      anchors.length === 0
        ? key === 'context' || key === 'objectives'
        : (key === 'context' && seen.size > 0) ||
          (key === 'objectives' && (seen.has('objectives') || seen.has('role') || [...seen].some(isClosing)));
    if (opens) {
      anchors.push(index);
      seen = new Set();
    }
    seen.add(key);
  });
  return anchors;
}

/**
 * A section's title is the first heading (or line naming a site) after the previous section's last
 * label: before it lies the previous section's last value, after it this section's text.
 */
function findTitle(lines: Line[], anchor: number, floor: number, sites: SiteRow[]): number | null {
  let from = anchor - 1;
  while (from >= floor && !lines[from]?.label) from--;
  const candidates: number[] = [];
  for (let index = from + 1; index < anchor; index++) {
    const line = lines[index];
    if (line && !line.blank && (line.headingLike || sitesNamedBy(line.bare, sites) !== null)) candidates.push(index);
  }
  return candidates.find((index) => sitesNamedBy(lines[index]?.bare ?? '', sites) !== null) ?? candidates[0] ?? null;
}

export function readSections(lines: Line[], sites: SiteRow[], warnings: string[]): Section[] {
  const anchors = findAnchors(lines);
  const starts = anchors.map((anchor, k) => {
    const floor = k === 0 ? 0 : (anchors[k - 1] ?? 0) + 1;
    const title = findTitle(lines, anchor, floor, sites);
    return { anchor, title };
  });
  return starts.map(({ anchor, title }, k) => {
    const next = starts[k + 1];
    const end = next ? (next.title ?? next.anchor) : lines.length;
    const titleLine = title === null ? null : lines[title];
    if (titleLine) titleLine.used = true;
    const sectionTitle = titleLine ? titleLine.bare.replace(/\s*:$/, '') : null;
    const name = sectionTitle ? `section «${sectionTitle}»` : `the untitled section at line ${lines[anchor]?.number ?? 0}`;
    const firstLine = lines[title ?? anchor]?.number ?? 0;
    const lastLine = lines[end - 1]?.number ?? firstLine;
    const section: Section = {
      title: sectionTitle,
      name,
      firstLine,
      lastLine,
      context: null,
      objectives: [],
      volunteerRole: null,
      values: {},
    };
    readSectionBody(lines.slice(title === null ? anchor : title + 1, end), section, warnings);
    return section;
  });
}

/** Splits a section by its labels (Attività di Progetto belongs to the role part) and reads each part. */
function readSectionBody(lines: Line[], section: Section, warnings: string[]): void {
  const cuts = lines.flatMap((line, index) => (line.label && line.label.key !== 'activities' ? [index] : []));
  const lead = lines.slice(0, cuts[0] ?? lines.length);
  const keys = cuts.map((index) => lines[index]?.label?.key);
  // Without «Descrizione dell'area…» (the 2022 text's first two sections) the text under the title is the context.
  if (!keys.includes('context')) section.context = joinText(lead);
  let listed: Listed[] = [];
  cuts.forEach((at, k) => {
    const line = lines[at];
    const part = lines.slice(at + 1, cuts[k + 1] ?? lines.length);
    if (!line?.label) return;
    line.used = true;
    const { key, name, value } = line.label;
    if (key === 'context') section.context = joinText(part, value);
    else if (key === 'objectives') {
      const hasRole = keys.includes('role');
      const block = hasRole ? part : part.slice(0, endOfFirstBlock(part));
      listed = readListed(block, value);
      if (!hasRole) Object.assign(section, readRole(part.slice(block.length), listed, section.name, warnings));
    } else if (key === 'role') Object.assign(section, readRole(part, listed, section.name, warnings));
    else if (isClosing(key)) {
      if (section.values[key]) {
        warnings.push(`In ${section.name}, «${name}» is given twice (line ${line.number}); the first is kept.`);
        return;
      }
      // The value stops at the next heading: what follows the last value is no part of it. A value
      // begun on the label's line ends with its paragraph: a later paragraph may be anything.
      let stop = 0;
      while (stop < part.length && !part[stop]?.headingLike && !(value && part[stop]?.blank)) stop++;
      section.values[key] = { label: name, text: joinText(part.slice(0, stop), value) };
    } else {
      warnings.push(`In ${section.name}, the label «${name}» (line ${line.number}) is out of place; ignored.`);
    }
  });
  if (!keys.includes('objectives') && !keys.includes('role')) {
    warnings.push(`${capitalise(section.name)} has no «Obiettivi del progetto»: its placements get no objectives.`);
  }
}

function endOfFirstBlock(lines: Line[]): number {
  let index = nextNonBlank(lines, 0);
  while (index < lines.length && !lines[index]?.blank) index++;
  return index;
}

/**
 * Each site gets the section that names it alone; failing that, the one shared section that names
 * it with others. Two equally good sections for one site are ambiguous: the site gets neither.
 */
export function assignSections(sections: Section[], sites: SiteRow[], warnings: string[]): Map<string, Section> {
  const candidates = new Map<string, { section: Section; shared: boolean }[]>();
  for (const section of sections) {
    if (section.title === null) {
      warnings.push(`${capitalise(section.name)} has no title naming its site; its content is not imported.`);
      continue;
    }
    const named = sitesNamedBy(section.title, sites);
    if (!named) {
      warnings.push(`Section «${section.title}» names no site of the table of sites; its content is not imported.`);
      continue;
    }
    for (const code of named.codes) candidates.set(code, [...(candidates.get(code) ?? []), { section, shared: named.shared }]);
  }
  const assigned = new Map<string, Section>();
  for (const site of sites) {
    const found = candidates.get(site.code) ?? [];
    const alone = found.filter((candidate) => !candidate.shared);
    const pool = alone.length > 0 ? alone : found;
    const only = pool[0];
    if (pool.length === 1 && only) assigned.set(site.code, only.section);
    else if (pool.length > 1) {
      const titles = pool.map((candidate) => `«${candidate.section.title}»`).join(' and ');
      warnings.push(`Site ${site.code} «${site.name}» is named by sections ${titles}; neither is used for it.`);
    } else {
      warnings.push(`Site ${site.code} «${site.name}» has no section of its own; its placement has no context and no objectives.`);
    }
  }
  const used = new Set(assigned.values());
  for (const [, list] of candidates) {
    for (const { section } of list) {
      if (!used.has(section)) {
        warnings.push(`Section «${section.title}» is used for no site (every site it names has a better or an equal section).`);
        used.add(section);
      }
    }
  }
  return assigned;
}
