import { type Line, nextNonBlank } from './call-lines.js';
import { excerpt } from './call-text.js';
import { isTableRow } from './sites-table.js';

// The head of the call: its title (with the year) and the organisation that runs it.

export interface Header {
  title: string | null;
  year: number | null;
  organisation: string | null;
}

const ORGANISATION_WORDS =
  /(?:^|\s)(?:comune|citt[àa]|regione|provincia|ente|unione|consorzio|azienda|associazione|fondazione)(?![\p{L}])/iu;

/** The title is the first line; the organisation a line between it and the first label. */
export function readHeader(lines: Line[], missing: string[]): { header: Header; end: number } {
  const first = nextNonBlank(lines, 0);
  const titleLine = lines[first];
  if (!titleLine) {
    missing.push('no text (the document is empty)', 'no table of sites (code – name, address, volunteers)');
    return { header: { title: null, year: null, organisation: null }, end: lines.length };
  }
  titleLine.used = true;
  const title = titleLine.content;
  const year = yearOf(title);
  if (year === null) missing.push(`no year in the title «${excerpt(title)}»`);
  let end = first + 1;
  while (end < lines.length && !lines[end]?.label) end++;
  const candidates = lines.slice(first + 1, end).filter((line) => !line.blank && !isTableRow(line));
  const chosen = candidates.find((line) => ORGANISATION_WORDS.test(line.bare)) ?? candidates[0];
  if (chosen) chosen.used = true;
  else missing.push('no organisation between the title and the first label (e.g. «COMUNE DI MILANO»)');
  return { header: { title, year, organisation: chosen ? chosen.bare : null }, end };
}

/** «Bando 2022» first; else the first plausible year (2001, the first call, to 2100) in the title. */
function yearOf(title: string): number | null {
  const bando = /bando\s+(?:n\.\s*)?(\d{4})(?!\d)/iu.exec(title);
  const years = [bando?.[1], ...[...title.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].map((match) => match[1])]
    .map(Number)
    .filter((value) => value >= 2001 && value <= 2100);
  return years[0] ?? null;
}
