import { type Line, labelValue, nextNonBlank } from './call-lines.js';
import { unquote } from './call-text.js';
import { readSections, type Section } from './sections.js';
import { isTableHeader, isTableRow, readTableRow, type SiteRow } from './sites-table.js';

// The body of the call: programmes, and the projects each opens with its table of sites and its site sections.

export interface ProjectBlock {
  programme: { title: string; sector: string | null; label: string } | null;
  title: string | null;
  label: string;
  rows: SiteRow[];
  sections: Section[];
}

/**
 * Walks the document after the header: «Programma» opens a programme, «Sedi di attuazione…» a
 * project with its title and table; the lines up to the next of those are its site sections.
 * `programme` is the one open where `lines` begin (the reader gives the body a project at a time),
 * and the one open where they end is answered with the blocks.
 */
export function readBody(
  lines: Line[],
  from: number,
  missing: string[],
  warnings: string[],
  programme: ProjectBlock['programme'] = null,
): { blocks: ProjectBlock[]; programme: ProjectBlock['programme'] } {
  const blocks: ProjectBlock[] = [];
  let index = from;
  while (index < lines.length) {
    const line = lines[index];
    const key = line?.label?.key;
    if (!line || (key !== 'programme' && key !== 'sector' && key !== 'sites')) {
      index++;
      continue;
    }
    if (key === 'programme') {
      const { value, end } = labelValue(lines, index);
      programme = { title: unquote(value ?? ''), sector: null, label: line.label?.name ?? '' };
      if (!value) missing.push(`no programme title after «${line.label?.name}» (line ${line.number})`);
      index = end;
    } else if (key === 'sector') {
      const { value, end } = labelValue(lines, index);
      if (programme) programme.sector = value;
      else warnings.push(`«${line.label?.name}» (line ${line.number}) comes before any programme; ignored.`);
      index = end;
    } else {
      const block = readProjectBlock(lines, index, programme, missing, warnings);
      blocks.push(block.block);
      index = block.end;
    }
  }
  return { blocks, programme };
}

function readProjectBlock(
  lines: Line[],
  at: number,
  programme: ProjectBlock['programme'],
  missing: string[],
  warnings: string[],
): { block: ProjectBlock; end: number } {
  const labelLine = lines[at];
  const label = labelLine?.label?.name ?? '';
  if (labelLine) labelLine.used = true;
  let index = nextNonBlank(lines, at + 1);
  let title: string | null = labelLine?.label?.value ? unquote(labelLine.label.value) : null;
  const candidate = lines[index];
  if (title === null && candidate && !candidate.label && !isTableRow(candidate) && !isTableHeader(candidate)) {
    candidate.used = true;
    title = unquote(candidate.bare);
    index++;
  }
  if (!programme) missing.push(`no programme («Programma» and its title) before «${label}» (line ${labelLine?.number})`);
  if (title === null) missing.push(`no project title after «${label}» (line ${labelLine?.number})`);
  const rows: SiteRow[] = [];
  for (let next = nextNonBlank(lines, index); next < lines.length; next = nextNonBlank(lines, index)) {
    const line = lines[next];
    // Before the first row, any markdown row is the header, whatever its column names.
    const header = line && (isTableHeader(line) || (rows.length === 0 && line.raw.trim().startsWith('|') && !isTableRow(line)));
    if (!line || !(header || isTableRow(line))) break;
    line.used = true;
    index = next + 1;
    if (header) continue;
    const row = readTableRow(line);
    if (typeof row === 'string') missing.push(row);
    else if (rows.some((other) => other.code === row.code)) {
      warnings.push(`Site ${row.code} appears twice in the table of sites (line ${row.line}); the second row is ignored.`);
    } else rows.push(row);
  }
  if (rows.length === 0) missing.push(`no table of sites (code – name, address, volunteers) after «${label}» (line ${labelLine?.number})`);
  let end = index;
  while (end < lines.length && !['programme', 'sites'].includes(lines[end]?.label?.key ?? '')) end++;
  const region = lines.slice(index, end);
  const sections = rows.length > 0 ? readSections(region, rows, warnings) : [];
  return { block: { programme, title, label, rows, sections }, end };
}
