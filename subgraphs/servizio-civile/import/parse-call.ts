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
 */

export interface ParsedSource {
  document: string;
  section: string | null;
  url: string | null;
}
export interface ParsedAction {
  title: string;
  description: string | null;
  activities: string[];
}
export interface ParsedObjective {
  /** The objective as the heading of its actions writes it. */
  title: string;
  /** The objective as «Obiettivi del progetto» lists it, which may word it otherwise; null when not listed. */
  listedTitle: string | null;
  actions: ParsedAction[];
}
export interface ParsedAddress {
  street: string;
  postalCode: null;
  /** The table's addresses name no city: it is the Comune that runs the call, null when the organisation is no Comune. */
  city: string | null;
  latitude: null;
  longitude: null;
}
export interface ParsedProject {
  programmeTitle: string;
  title: string;
  /**
   * The four figures are read from every site section. A project needs at least one of annualHours
   * and weeklyHours (without them it offers no service to speak of: NotACallError); any other figure
   * no section states is null, with a warning, because the parser invents no value.
   */
  annualHours: number | null;
  weeklyHours: number | null;
  daysPerWeek: number | null;
  months: number | null;
  /** The text most sections give (see `agree`); null, with a warning, when no section gives one. */
  obligations: string | null;
  requirements: string | null;
  source: ParsedSource;
}
export interface ParsedPlacement {
  siteCode: string;
  projectTitle: string;
  /** The place of the row in the call's tables of sites, 1 = first. */
  position: number;
  volunteers: number;
  address: ParsedAddress;
  context: string | null;
  objectives: ParsedObjective[];
  /** The general text of «Ruolo ed attività previste per i volontari…», as the site's section writes it. */
  volunteerRole: string | null;
  /** The activities that text says volunteers do in common («l'accoglienza, la formazione, …»). */
  sharedActivities: string[];
  /** «Eventuali particolari obblighi…» and «Eventuali requisiti richiesti…» as the site's section writes them. */
  obligations: string | null;
  requirements: string | null;
  source: ParsedSource;
}
export interface ParsedCall {
  call: { year: number; title: string; organisation: string; source: ParsedSource };
  programmes: { title: string; sector: string | null; source: ParsedSource }[];
  projects: ParsedProject[];
  sites: { code: string; name: string; source: ParsedSource }[];
  placements: ParsedPlacement[];
  /** What the parser could not place, in plain English sentences naming the section; never a guess. */
  warnings: string[];
}

/** The text is not a call the parser can read; `missing` says what it lacks, one item per fact. */
export class NotACallError extends Error {
  constructor(readonly missing: string[]) {
    super(`Not a Servizio Civile call: ${missing.join('; ')}.`);
    this.name = 'NotACallError';
  }
}

// ---------------------------------------------------------------------------------------------
// Text clean-up

/**
 * NUL bytes are refused: they mean a binary file or UTF-16 read as UTF-8, and stripping them would
 * hide that. Other control and invisible format characters (bell, soft hyphen, zero-width space,
 * bidi overrides…) are stripped with a warning; page breaks, vertical tabs and Unicode line
 * separators become line breaks. Tabs survive only as table separators (see `contentOf`).
 */
function cleanText(text: string, warnings: string[]): string {
  if (text.includes('\0')) {
    throw new NotACallError(['readable text: it contains NUL bytes (a binary file, or UTF-16 text read as UTF-8?)']);
  }
  const unified = text.replace(/^\uFEFF/, '').replace(/\r\n?|[\v\f\u0085\u2028\u2029]/g, '\n');
  const removed = new Map<string, number>();
  const kept = unified.replace(/[\p{Cc}\p{Cf}]/gu, (char) => {
    if (char === '\n' || char === '\t') return char;
    const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
    removed.set(code, (removed.get(code) ?? 0) + 1);
    return '';
  });
  if (removed.size > 0) {
    const list = [...removed].map(([code, count]) => `${code} ×${count}`).join(', ');
    warnings.push(`Removed control or invisible formatting characters from the text: ${list}.`);
  }
  // Composed and decomposed accents are the same text; one form keeps comparisons exact.
  return kept.normalize('NFC');
}

/** Accent-, case-, space- and punctuation-insensitive key: «SmartCity» = «Smart City», «Città» = «citta». */
function normKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Removes markdown emphasis: `**bold**`, `***both***`, `*italic*`, `_italic_`, and stray bold marks (the 2022 text has some). */
function stripEmphasis(text: string): string {
  return text
    .replace(/\*{2,}|_{2,}/g, '')
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}])/gu, '$1$2')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}])/gu, '$1$2');
}

/** True when the whole text is one emphasis span: `**X**`, `*X*`, `***X***`, `__X__`. */
function isWhollyEmphasised(text: string): boolean {
  const match = /^(\*{1,3}|_{1,3})(\S[\s\S]*?)\1$/.exec(text);
  if (!match) return false;
  const [, marker = '', inner = ''] = match;
  return !inner.includes(marker) && /[\p{L}\p{N}]/u.test(inner);
}

/** Removes one pair of quotation marks around a whole title: the document quotes programme titles. */
function unquote(text: string): string {
  const match = /^(["“«‘'])([\s\S]+)(["”»’'])$/.exec(text.trim());
  if (!match) return text.trim();
  const pairs: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’', "'": "'" };
  return pairs[match[1] ?? ''] === match[3] ? (match[2] ?? '').trim() : text.trim();
}

const SMALL_WORDS = new Set(
  'a ad al ai agli alla alle allo con da dai dagli dal dalla dalle dallo de dei degli del della delle dello di e ed gli i il in la le lo nei negli nel nella nelle nello per su sui sul sulla tra fra'.split(
    ' ',
  ),
);

/** «COMUNE DI MILANO» → «Comune di Milano»: names in capitals as running text writes them. Mixed case is kept. */
function asRunningText(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .split(/(\s+)/)
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join('');
}

function excerpt(text: string, length = 70): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

// ---------------------------------------------------------------------------------------------
// Lines and labels

type LabelKey =
  | 'programme'
  | 'sector'
  | 'sites'
  | 'context'
  | 'objectives'
  | 'role'
  | 'activities'
  | 'hours'
  | 'days'
  | 'obligations'
  | 'requirements';

interface Label {
  key: LabelKey;
  /** The label as written, without markup and colon, e.g. «Sedi di attuazione del progetto». */
  name: string;
  /** Text after the label on the same line ('' when the value is on the next lines). */
  value: string;
}

interface Line {
  /** 1-based line number in the document, for warnings. */
  number: number;
  /** The line as written (after clean-up), for the table of sites. */
  raw: string;
  blank: boolean;
  level: number;
  /** Without heading marks and emphasis, list marker kept: the line as running text. */
  content: string;
  /** Without list marker and numbering too: the line as a title. */
  bare: string;
  bullet: boolean;
  /** The «2» of «2) Aumentare…», objectives are numbered so. */
  numbering: number | null;
  headingLike: boolean;
  label: Label | null;
  /** Set once the line's text is placed (or deliberately dropped); the rest is reported. */
  used: boolean;
}

const NOT_WORD = '(?![\\p{L}\\p{N}])';
const label = (source: string) => new RegExp(`^(?:${source})${NOT_WORD}`, 'iu');

/**
 * The labels of the national call form. `end` marks where a label without colon stops, so that a
 * value written on the same line («… (minimo 5 massimo 6) 5») is still found.
 */
const LABELS: { key: LabelKey; start: RegExp; end?: RegExp }[] = [
  { key: 'programme', start: label('programma') },
  { key: 'sector', start: label('settor[ei]') },
  { key: 'sites', start: label('sedi\\s+(?:di\\s+)?(?:attuazione|realizzazione)') },
  { key: 'context', start: label("descrizione\\s+dell(?:['’]\\s*|a\\s+)area|descrizione\\s+del\\s+contesto") },
  { key: 'objectives', start: label('obiettivi\\s+(?:del\\s+progetto|di\\s+progetto)') },
  { key: 'role', start: label('ruolo\\s+(?:ed?\\s+)?attivit[àa]') },
  { key: 'activities', start: label('attivit[àa]\\s+di\\s+progetto') },
  {
    key: 'hours',
    start: label('numero\\s+(?:di\\s+)?ore\\s+di\\s+servizio|monte\\s+ore'),
    end: /monte\s+ore(?:\s+annu[oi])?(?![\p{L}\p{N}])/iu,
  },
  { key: 'days', start: label('giorni\\s+di\\s+servizio'), end: /\(\s*minimo[^)]*\)/iu },
  { key: 'obligations', start: label('(?:eventuali\\s+)?particolari\\s+obblighi') },
  { key: 'requirements', start: label('(?:eventuali\\s+)?requisiti\\s+richiesti'), end: /n\.\s*64(?![\p{L}\p{N}])/iu },
];

/**
 * A line is a label when it starts with a label's words and looks like one: marked up (heading or
 * emphasis), or ended by a colon, or short and not a sentence. «Obiettivi del progetto sono…» in
 * running text is not a label.
 */
function readLabel(text: string, markedUp: boolean): Label | null {
  for (const { key, start, end } of LABELS) {
    const match = start.exec(text);
    if (!match) continue;
    const colon = text.indexOf(':', match[0].length);
    if (colon >= 0 && colon <= 240) {
      return { key, name: text.slice(0, colon).trim(), value: text.slice(colon + 1).trim() };
    }
    const stop = end?.exec(text);
    if (stop) {
      const at = stop.index + stop[0].length;
      return { key, name: text.slice(0, at).trim(), value: text.slice(at).trim() };
    }
    if (markedUp || (text.length <= 240 && !/[.;!?]$/.test(text))) return { key, name: text.trim(), value: '' };
    return null;
  }
  return null;
}

const BULLET = /^[-*+•·▪◦‣●–—]\s+/;
const NUMBERING = /^(?:\*{1,3}|_{1,3})?(\d{1,2})\s*[).]\s+/;

function classify(raw: string, number: number): Line {
  const trimmed = raw.trim();
  const line: Line = {
    number,
    raw,
    blank: false,
    level: 0,
    content: '',
    bare: '',
    bullet: false,
    numbering: null,
    headingLike: false,
    label: null,
    used: false,
  };
  // Horizontal rules separate nothing the parser needs: they count as blank lines.
  if (trimmed === '' || /^([-*_=])(?:\s*\1){2,}$/.test(trimmed)) return { ...line, blank: true, used: true };
  const heading = /^#{1,6}(?=\s|$)/.exec(trimmed);
  line.level = heading ? heading[0].length : 0;
  const text = heading
    ? trimmed
        .slice(line.level)
        .replace(/\s+#+\s*$/, '')
        .trim()
    : trimmed;
  const bullet = BULLET.exec(text);
  line.bullet = bullet !== null;
  const item = bullet ? text.slice(bullet[0].length) : text;
  const numbering = NUMBERING.exec(item);
  line.numbering = numbering ? Number(numbering[1]) : null;
  line.content = contentOf(text);
  line.bare = contentOf(item).replace(/^\d{1,2}\s*[).]\s+/, '');
  const afterNumber = numbering ? item.slice(numbering[0].length) : item;
  line.headingLike =
    line.level > 0 ||
    (!line.bullet && isWhollyEmphasised(text)) ||
    (line.numbering !== null && (isWhollyEmphasised(item) || isWhollyEmphasised(afterNumber)));
  if (!line.bullet) line.label = readLabel(line.content, line.level > 0 || /^[*_]/.test(text));
  if (line.label) line.headingLike = false;
  return line;
}

/** Running text of a line: markup removed, tabs (table separators elsewhere) as spaces. */
function contentOf(text: string): string {
  return stripEmphasis(text).replace(/\t+/g, ' ').trim();
}

/**
 * Splits lines where two bold spans are glued: the 2022 text has `…: 5******Eventuali…:***` and
 * `**2) Aumentare…****Organizzazione…**`, a label and the next label (or an objective and its
 * first action) that the conversion put on one line.
 */
function splitGlued(raw: string): string[] {
  const parts: string[] = [];
  let rest = raw;
  for (let match = /(\S)(\*{4,}|_{4,})(?=\S)/.exec(rest); match; match = /(\S)(\*{4,}|_{4,})(?=\S)/.exec(rest)) {
    const cut = match.index + 1 + Math.ceil((match[2] ?? '').length / 2);
    parts.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  parts.push(rest);
  return parts;
}

function readLines(text: string): Line[] {
  return text.split('\n').flatMap((raw, index) => splitGlued(raw).map((part) => classify(part, index + 1)));
}

/** Paragraphs joined by a blank line, lines of a paragraph by a line break: the seed's convention. */
function joinText(lines: Line[], first = ''): string | null {
  const paragraphs: string[][] = [first ? [first] : []];
  for (const line of lines) {
    line.used = true;
    const current = paragraphs[paragraphs.length - 1] ?? [];
    if (line.blank) {
      if (current.length > 0) paragraphs.push([]);
    } else current.push(line.content);
  }
  const text = paragraphs
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => paragraph.join('\n'))
    .join('\n\n');
  return text === '' ? null : text;
}

function nextNonBlank(lines: Line[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]?.blank) index++;
  return index;
}

// ---------------------------------------------------------------------------------------------
// Title, organisation, programmes

interface Header {
  title: string | null;
  year: number | null;
  organisation: string | null;
}

const ORGANISATION_WORDS =
  /(?:^|\s)(?:comune|citt[àa]|regione|provincia|ente|unione|consorzio|azienda|associazione|fondazione)(?![\p{L}])/iu;

/** The title is the first line; the organisation a line between it and the first label. */
function readHeader(lines: Line[], missing: string[]): { header: Header; end: number } {
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

/** A label's value: on its line, or the next paragraph when the line ends with the label. */
function labelValue(lines: Line[], index: number): { value: string | null; end: number } {
  const line = lines[index];
  if (!line?.label) return { value: null, end: index + 1 };
  line.used = true;
  if (line.label.value) return { value: line.label.value, end: index + 1 };
  let end = nextNonBlank(lines, index + 1);
  const start = end;
  while (end < lines.length && !lines[end]?.blank && !lines[end]?.label && !lines[end]?.headingLike) end++;
  if (end === start) {
    // The value may be a heading-styled line (the 2022 programme title is «## “…”»).
    const next = lines[start];
    if (!next || next.label || !next.headingLike) return { value: null, end: index + 1 };
    next.used = true;
    return { value: next.bare, end: start + 1 };
  }
  return { value: joinText(lines.slice(start, end)), end };
}

// ---------------------------------------------------------------------------------------------
// Table of sites

interface SiteRow {
  code: string;
  name: string;
  street: string;
  volunteers: number;
  line: number;
}

const SITE_CODE = /^(\d{4,8})(?![\d.,])/;

function rowText(line: Line): string {
  return stripEmphasis(line.raw.trim().replace(/^\|\s*/, '')).trim();
}

function isTableRow(line: Line): boolean {
  return !line.blank && SITE_CODE.test(rowText(line));
}

/** «codice sede progetto	indirizzo	n. volontari», «| Codice | Sede | … |», or a markdown separator row. */
function isTableHeader(line: Line): boolean {
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
function readTableRow(line: Line): SiteRow | string {
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
  if (raw.startsWith('|'))
    return raw
      .replace(/^\|/, '')
      .replace(/\|\s*$/, '')
      .split('|');
  if (raw.includes('\t')) return raw.split(/\t+/);
  if (/\S {2,}\S/.test(raw)) return raw.split(/ {2,}/);
  const tokens = raw.split(/(\s+[–—-]\s+)/);
  if (tokens.length < 7) return tokens.filter((_, index) => index % 2 === 0);
  const count = tokens.length;
  return [tokens[0] ?? '', tokens.slice(2, count - 4).join(''), tokens[count - 3] ?? '', tokens[count - 1] ?? ''];
}

// ---------------------------------------------------------------------------------------------
// Site sections

type ClosingKey = 'hours' | 'days' | 'obligations' | 'requirements';

interface Listed {
  title: string;
  numbering: number | null;
}

interface Section {
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

function readSections(lines: Line[], sites: SiteRow[], warnings: string[]): Section[] {
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
      if (!hasRole) readRole(part.slice(block.length), listed, section, warnings);
    } else if (key === 'role') readRole(part, listed, section, warnings);
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function endOfFirstBlock(lines: Line[]): number {
  let index = nextNonBlank(lines, 0);
  while (index < lines.length && !lines[index]?.blank) index++;
  return index;
}

/** The objectives listed under «Obiettivi del progetto», one a line, numbering and markup removed. */
function readListed(lines: Line[], inline: string): Listed[] {
  const listed: Listed[] = inline ? [{ title: inline.replace(/^\d{1,2}\s*[).]\s+/, ''), numbering: null }] : [];
  for (const line of lines) {
    line.used = true;
    if (!line.blank) listed.push({ title: line.bare, numbering: line.numbering });
  }
  return listed;
}

interface DraftAction {
  title: string;
  description: Line[];
  activities: string[];
  plainActivities: boolean;
}
interface DraftObjective {
  title: string;
  numbering: number | null;
  actions: DraftAction[];
}

/**
 * Is this heading an objective or an action? An objective when it is one of the listed objectives,
 * or when the next line is another heading (its first action), or when it is numbered («2) …»).
 * Otherwise it is an action: a heading followed by its description or its activities.
 */
function isObjectiveHeading(line: Line, next: Line | undefined, listed: Listed[]): boolean {
  // A plain bullet is running text (the 2022 contexts have bold bullets); a numbered one may be an objective.
  if (line.label || (line.bullet && line.numbering === null)) return false;
  const key = normKey(line.bare);
  if (listed.some((objective) => normKey(objective.title) === key)) return true;
  if (!line.headingLike) return false;
  if (next?.headingLike && !next.label) return true;
  return line.numbering !== null;
}

/**
 * The role part: a general text (the volunteer's role, kept as each section writes it), then objectives, each with actions: a heading, a description, «Attività di Progetto» and its list.
 */
function readRole(lines: Line[], listed: Listed[], section: Section, warnings: string[]): void {
  const objectives: DraftObjective[] = [];
  const orphans: DraftAction[] = [];
  const preamble: Line[] = [];
  let action: DraftAction | null = null;
  let mode: 'preamble' | 'objective' | 'description' | 'activities' | 'after' = 'preamble';
  let blankSinceActivity = false;
  lines.forEach((line, index) => {
    if (line.blank) {
      if (mode === 'description') action?.description.push(line);
      if (mode === 'preamble') preamble.push(line);
      blankSinceActivity = true;
      return;
    }
    if (line.label?.key === 'activities') {
      line.used = action !== null;
      mode = action ? 'activities' : 'after';
      if (action && line.label.value) action.activities.push(line.label.value);
      blankSinceActivity = false;
      return;
    }
    const next = lines[nextNonBlank(lines, index + 1)];
    if (isObjectiveHeading(line, next, listed)) {
      line.used = true;
      objectives.push({ title: line.bare, numbering: line.numbering, actions: [] });
      action = null;
      mode = 'objective';
      return;
    }
    if (line.headingLike) {
      line.used = true;
      action = { title: line.bare, description: [], activities: [], plainActivities: false };
      const objective = objectives[objectives.length - 1];
      (objective ? objective.actions : orphans).push(action);
      mode = 'description';
      return;
    }
    if (mode === 'preamble') preamble.push(line);
    else if (mode === 'description') action?.description.push(line);
    else if (mode === 'activities' && action) {
      // A list; or, when the document writes no list markers, the lines of the first paragraph.
      const listItem = line.bullet || line.numbering !== null;
      const plainContinues = action.activities.length === 0 || (action.plainActivities && !blankSinceActivity);
      if (listItem && !action.plainActivities) action.activities.push(activityText(line));
      else if (!listItem && plainContinues) {
        action.plainActivities = true;
        action.activities.push(activityText(line));
      } else mode = 'after';
      blankSinceActivity = false;
    }
  });
  section.volunteerRole = joinText(preamble);
  section.objectives = reconcileObjectives(objectives, orphans, listed, section, warnings);
}

/** The activities the role text says volunteers do in common: «… in modo condiviso … riguardano: a, b, c.» */
function sharedActivitiesOf(role: string | null): string[] {
  const list = /in modo condiviso[^:]*:\s*([^.]+)\./u.exec(role ?? '')?.[1];
  return list ? list.split(/,\s*/u).map((item) => item.trim()) : [];
}

function activityText(line: Line): string {
  line.used = true;
  return line.bare;
}

function finishAction(action: DraftAction): ParsedAction {
  return { title: action.title, description: joinText(action.description), activities: action.activities };
}

/**
 * The described objectives are the section's objectives (their headings are the titles: they own
 * the actions). The listed ones are matched to them by number, else by order, and kept beside them
 * as listedTitle; where the wording differs, a warning says so. A listed objective without
 * description is kept without actions.
 */
function reconcileObjectives(
  described: DraftObjective[],
  orphans: DraftAction[],
  listed: Listed[],
  section: Section,
  warnings: string[],
): ParsedObjective[] {
  if (orphans.length > 0) {
    const only = listed.length === 1 && described.length === 0 ? listed[0] : undefined;
    if (only) {
      // One listed objective and actions without an objective heading: they can only be its actions.
      return [{ title: only.title, listedTitle: only.title, actions: orphans.map(finishAction) }];
    }
    const titles = orphans.map((action) => `«${excerpt(action.title, 50)}»`).join(', ');
    warnings.push(`In ${section.name}, the actions ${titles} come before any objective heading; they are left out.`);
  }
  const objectives: ParsedObjective[] = described.map((objective) => ({
    title: objective.title,
    listedTitle: null,
    actions: objective.actions.map(finishAction),
  }));
  const numbered = described.every((objective) => objective.numbering !== null) && listed.every((item) => item.numbering !== null);
  const unmatched: Listed[] = [];
  listed.forEach((item, index) => {
    const at = numbered ? described.findIndex((objective) => objective.numbering === item.numbering) : index;
    const partner = objectives[at];
    if (!partner) unmatched.push(item);
    else {
      partner.listedTitle = item.title;
      if (normKey(partner.title) !== normKey(item.title)) {
        warnings.push(
          `In ${section.name}, objective ${item.numbering ?? index + 1} is listed as «${item.title}» but its actions are under «${partner.title}»; both are kept (listedTitle, title).`,
        );
      }
    }
  });
  for (const item of unmatched) {
    warnings.push(`In ${section.name}, the listed objective «${item.title}» is not described; it is kept without actions.`);
    objectives.push({ title: item.title, listedTitle: item.title, actions: [] });
  }
  return objectives;
}

// ---------------------------------------------------------------------------------------------
// Matching sections to sites

const SEPARATOR = /(\s+[–—-]\s+|\s*[/;,&+]\s*|\s+(?:e|ed|and)\s+)/iu;

/**
 * The sites a section title names: by code («167298 – …»), by name (normalised: case, accents,
 * spaces and punctuation do not count), or as a list of names («Municipio 2 – Municipio 9»), every
 * part of which must name a site; a title with one unknown part names none.
 */
function sitesNamedBy(title: string, sites: SiteRow[]): { codes: string[]; shared: boolean } | null {
  const code = SITE_CODE.exec(title.trim())?.[1];
  if (code && sites.some((site) => site.code === code)) return { codes: [code], shared: false };
  const byName = (text: string) => sites.filter((site) => normKey(site.name) === normKey(text)).map((site) => site.code);
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

/**
 * Each site gets the section that names it alone; failing that, the one shared section that names
 * it with others. Two equally good sections for one site are ambiguous: the site gets neither.
 */
function assignSections(sections: Section[], sites: SiteRow[], warnings: string[]): Map<string, Section> {
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

// ---------------------------------------------------------------------------------------------
// Project figures

const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;
const toInt = (text: string) => Number.parseInt(text.replace(/\./g, ''), 10);

const WEEKLY = /^\s*(?:settimanali|(?:a|alla|per|ogni|per\s+ogni)\s+settimana)/iu;
const ANNUAL = /^\s*(?:annu[ei]|all['’]anno|complessiv[ei]|in\s+\d+\s+mesi)/iu;

/**
 * «1145 ore in 12 mesi con una media di 25 ore settimanali.» → 1145, 25, 12. An amount of hours is
 * weekly or annual by the words after it, or by being more than a week has (168); a bare number is
 * read by the label, when the label names only one of the two (the national label names both).
 */
function readHours(value: { label: string; text: string | null } | undefined): {
  annual: number | null;
  weekly: number | null;
  months: number | null;
} {
  const text = value?.text ?? '';
  let annual: number | null = null;
  let weekly: number | null = null;
  const monte = new RegExp(String.raw`monte\s+ore(?:\s+annu[oi])?\s*(?:di|pari\s+a|:|=)?\s*${NUMBER}`, 'iu').exec(text);
  if (monte?.[1]) annual = toInt(monte[1]);
  for (const match of text.matchAll(new RegExp(String.raw`${NUMBER}\s*ore(?![\p{L}])`, 'giu'))) {
    const amount = toInt(match[1] ?? '');
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (WEEKLY.test(after)) weekly ??= amount;
    else if (ANNUAL.test(after) || amount > 168) annual ??= amount;
  }
  const bare = new RegExp(String.raw`^\s*${NUMBER}\s*(?:ore)?\s*\.?\s*$`, 'iu').exec(text);
  if (bare?.[1] && value) {
    const saysWeekly = /settimanal/iu.test(value.label);
    const saysAnnual = /monte\s+ore|annu[oi]/iu.test(value.label);
    if (saysWeekly !== saysAnnual && saysWeekly) weekly ??= toInt(bare[1]);
    if (saysWeekly !== saysAnnual && saysAnnual) annual ??= toInt(bare[1]);
  }
  const months = new RegExp(String.raw`${NUMBER}\s*mesi(?![\p{L}])`, 'iu').exec(text);
  return { annual, weekly, months: months?.[1] ? toInt(months[1]) : null };
}

/** «5» → 5; a value with two different numbers («5 o 6») is not one number of days. */
function readDays(text: string | null): number | null | 'unclear' {
  if (!text) return null;
  const numbers = [...new Set([...text.matchAll(/\d+/g)].map((match) => Number(match[0])))];
  if (numbers.length === 0) return 'unclear';
  return numbers.length === 1 ? (numbers[0] ?? null) : 'unclear';
}

/**
 * The data model keeps one value per project, but every site section states it again. The value
 * most sections give wins (ties: the first); each section that gives another value, or none, is
 * named in a warning, so nothing said differently goes unnoticed.
 */
function agree<T extends string | number>(
  what: string,
  statements: { where: string; value: T | null }[],
  projectTitle: string,
  warnings: string[],
): T | null {
  const stated = statements.filter((statement): statement is { where: string; value: T } => statement.value !== null);
  if (stated.length === 0) {
    warnings.push(`No section of project «${projectTitle}» states ${what}; left null.`);
    return null;
  }
  const counts = new Map<T, number>();
  for (const { value } of stated) counts.set(value, (counts.get(value) ?? 0) + 1);
  let chosen = stated[0]?.value as T;
  for (const [value, count] of counts) if (count > (counts.get(chosen) ?? 0)) chosen = value;
  const show = (value: T) => `«${excerpt(String(value), 200)}»`;
  for (const { where, value } of statements) {
    if (value === null) warnings.push(`${capitalise(where)} does not state ${what}; the project's value comes from the other sections.`);
    else if (value !== chosen) {
      warnings.push(
        `${capitalise(where)} states ${show(value)} for ${what}, while ${counts.get(chosen)} of ${statements.length} sections state ${show(chosen)}, which the project keeps.`,
      );
    }
  }
  return chosen;
}

function projectFigures(
  title: string,
  sections: Section[],
  missing: string[],
  warnings: string[],
): Pick<ParsedProject, 'annualHours' | 'weeklyHours' | 'daysPerWeek' | 'months' | 'obligations' | 'requirements'> {
  const each = <T extends string | number>(read: (section: Section) => T | null) =>
    sections.map((section) => ({ where: section.name, value: read(section) }));
  const hoursOf = (section: Section) => readHours(section.values.hours);
  const hasHours = sections.map(hoursOf).some((read) => read.annual !== null || read.weekly !== null);
  if (!hasHours) {
    missing.push(`no hours of service for the project «${title}» (neither «monte ore annuo» nor weekly hours in any section)`);
  }
  const hoursFigure = (what: string, pick: (read: ReturnType<typeof readHours>) => number | null) =>
    hasHours
      ? agree(
          what,
          each((section) => pick(hoursOf(section))),
          title,
          warnings,
        )
      : null;
  const days = each((section) => {
    const read = readDays(section.values.days?.text ?? null);
    if (read !== 'unclear') return read;
    warnings.push(`In ${section.name}, the days of service a week «${section.values.days?.text ?? ''}» are not one number; not read.`);
    return null;
  });
  const text = (key: 'obligations' | 'requirements') => each((section) => section.values[key]?.text ?? null);
  return {
    annualHours: hoursFigure('the annual hours (monte ore)', (read) => read.annual),
    weeklyHours: hoursFigure('the weekly hours', (read) => read.weekly),
    months: hoursFigure('the months of service', (read) => read.months),
    daysPerWeek: agree('the days of service a week', days, title, warnings),
    obligations: agree('«Eventuali particolari obblighi…»', text('obligations'), title, warnings),
    requirements: agree('«Eventuali requisiti richiesti…»', text('requirements'), title, warnings),
  };
}

// ---------------------------------------------------------------------------------------------
// The document

interface ProjectBlock {
  programme: { title: string; sector: string | null; label: string } | null;
  title: string | null;
  label: string;
  rows: SiteRow[];
  sections: Section[];
}

/**
 * Walks the document after the header: «Programma» opens a programme, «Sedi di attuazione…» a
 * project with its title and table; the lines up to the next of those are its site sections.
 */
function readBody(lines: Line[], from: number, missing: string[], warnings: string[]): ProjectBlock[] {
  const blocks: ProjectBlock[] = [];
  let programme: ProjectBlock['programme'] = null;
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
  return blocks;
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
    for (const row of block.rows) {
      const known = result.sites.find((site) => site.code === row.code);
      if (!known) result.sites.push({ code: row.code, name: row.name, source: source(block.label) });
      else if (known.name !== row.name) {
        warnings.push(`Site ${row.code} is «${known.name}» in one table and «${row.name}» in another; the first name is kept.`);
      }
      const section = assigned.get(row.code);
      result.placements.push({
        siteCode: row.code,
        projectTitle,
        position: result.placements.length + 1,
        volunteers: row.volunteers,
        address: { street: row.street, postalCode: null, city: city ? asRunningText(city.trim()) : null, latitude: null, longitude: null },
        context: section?.context ?? null,
        objectives: section?.objectives ?? [],
        volunteerRole: section?.volunteerRole ?? null,
        sharedActivities: sharedActivitiesOf(section?.volunteerRole ?? null),
        obligations: section?.values.obligations?.text ?? null,
        requirements: section?.values.requirements?.text ?? null,
        source: source(section ? `${block.label}; sezione ${section.title}` : block.label),
      });
    }
  });
  reportUnplaced(lines, blocks, warnings);
  return result;
}
