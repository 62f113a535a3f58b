import { pipeCells } from '../../shared/markdown/pipe-table.js';
import type { Line } from './call-lines.js';
import { normKey, stripEmphasis } from './call-text.js';

// The table of sites (code – name, address, volunteers) and the sites a section title names.

export interface SiteRow {
  code: string;
  name: string;
  street: string;
  volunteers: number;
  line: number;
}

export const SITE_CODE = /^(\d{4,8})(?![\d.,])/;

function rowText(line: Line): string {
  return stripEmphasis(line.raw.trim().replace(/^\|\s*/, '')).trim();
}

export function isTableRow(line: Line): boolean {
  return !line.blank && SITE_CODE.test(rowText(line));
}

/** «codice sede progetto	indirizzo	n. volontari», «| Codice | Sede | … |», or a markdown separator row. */
export function isTableHeader(line: Line): boolean {
  const text = rowText(line);
  if (line.blank || isTableRow(line)) return false;
  return (
    /^(?:codice|cod\.)(?![\p{L}])/iu.test(text) ||
    (/indirizzo/iu.test(text) && /volontar/iu.test(text)) ||
    /^[|\s:-]+$/.test(line.raw.trim())
  );
}

/**
 * One row: the site code, its name, the address, the number of volunteers. Cells are split by «|»
 * (markdown tables), tabs, runs of spaces, or else « – »/« - ». The code comes first and the
 * volunteers last; the address is the cell before them and the name is all between code and
 * address (it may itself contain a dash, like «Municipio 2 – Municipio 9»).
 */
export function readTableRow(line: Line): SiteRow | string {
  const raw = line.raw.trim();
  const cells = splitRow(raw).map((cell) => stripEmphasis(cell).trim());
  const code = SITE_CODE.exec(cells[0] ?? '')?.[1] ?? '';
  const where = `the row of site ${code} (line ${line.number}) of the table of sites`;
  const last = cells.length - 1;
  const volunteers = /^(\d{1,3})(?:\s*(?:volontar[io]|posti))?$/iu.exec(cells[last] ?? '');
  if (last < 2 || !volunteers) return `${where} has no number of volunteers as its last column`;
  const street = cells[last - 1] ?? '';
  const nameInFirst = (cells[0] ?? '')
    .slice(code.length)
    .replace(/^\s*[–—:-]?\s*/, '')
    .trim();
  const name = [nameInFirst, ...cells.slice(1, last - 1)].filter((cell) => cell !== '').join(' – ');
  if (!name || !street) return `${where} lacks the name or the address of the site`;
  return { code, name, street, volunteers: Number(volunteers[1]), line: line.number };
}

/**
 * Cells of a row. With dash separators the name may itself hold a dash («Municipio 2 – Municipio 9»):
 * the code is the first cell, the volunteers and the address the last two, and the name is the
 * rest rejoined exactly as written.
 */
function splitRow(raw: string): string[] {
  // The call reader has always split a row at every pipe, escaped or not.
  if (raw.startsWith('|')) return pipeCells(raw, { escapes: false });
  if (raw.includes('\t')) return raw.split(/\t+/);
  if (/\S {2,}\S/.test(raw)) return raw.split(/ {2,}/);
  const tokens = raw.split(/(\s+[–—-]\s+)/);
  if (tokens.length < 7) return tokens.filter((_, index) => index % 2 === 0);
  const count = tokens.length;
  return [tokens[0] ?? '', tokens.slice(2, count - 4).join(''), tokens[count - 3] ?? '', tokens[count - 1] ?? ''];
}

const SEPARATOR = /(\s+[–—-]\s+|\s*[/;,&+]\s*|\s+(?:e|ed|and)\s+)/iu;

/**
 * The codes of a table's sites by normalised name, made once per table: normalising every name for
 * every line a section title might be took seconds for a national call of thousands of sites.
 */
const NAMES = new WeakMap<SiteRow[], Map<string, string[]>>();
function namesOf(sites: SiteRow[]): Map<string, string[]> {
  let names = NAMES.get(sites);
  if (!names) {
    names = new Map();
    for (const site of sites) {
      const key = normKey(site.name);
      names.set(key, [...(names.get(key) ?? []), site.code]);
    }
    NAMES.set(sites, names);
  }
  return names;
}

/**
 * The sites a section title names: by code («167298 – …»), by name (normalised: case, accents,
 * spaces and punctuation do not count), or as a list of names («Municipio 2 – Municipio 9»), every
 * part of which must name a site; a title with one unknown part names none.
 */
export function sitesNamedBy(title: string, sites: SiteRow[]): { codes: string[]; shared: boolean } | null {
  const code = SITE_CODE.exec(title.trim())?.[1];
  if (code && sites.some((site) => site.code === code)) return { codes: [code], shared: false };
  const names = namesOf(sites);
  const byName = (text: string) => names.get(normKey(text)) ?? [];
  const whole = byName(title);
  if (whole.length > 0) return { codes: whole, shared: false };
  const tokens = title.split(SEPARATOR);
  const cells = tokens.length;
  // Cover the parts with consecutive groups, each naming a site (a name may contain a separator).
  const cover = (from: number): string[][] | null => {
    if (from >= cells) return [];
    for (let to = from; to < cells; to += 2) {
      const codes = byName(tokens.slice(from, to + 1).join(''));
      const rest = codes.length > 0 ? cover(to + 2) : null;
      if (rest) return [codes, ...rest];
    }
    return null;
  };
  const groups = cells > 1 ? cover(0) : null;
  if (!groups || groups.length < 2) return null;
  return { codes: [...new Set(groups.flat())], shared: true };
}
