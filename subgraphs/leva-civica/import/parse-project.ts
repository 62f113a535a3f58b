/**
 * Reads a published Leva Civica project (the markdown the Comune publishes, e.g.
 * "Leva Civica nel Comune di Milano" / "La coesione sociale") into the fields of the project, its
 * site (sede progetto) and its hours plan, without touching the database.
 *
 * The document, as published:
 *
 *   # Leva Civica nel Comune di Milano            ← programme title (source.document, with the project title)
 *   ## Nome Progetto                              ← label; the project title is its value
 *   ### La coesione sociale
 *   si prevede l'impiego di 1 giovane             ← places
 *   #### Sede progetto:                           ← organisation, [unit,] street: one per line
 *   #### Descrizione                              ← description paragraphs
 *   Contesto … ⇥ Obiettivi … ⇥ Attività …         ← a table: context + needs, objectives, activities
 *   #### La giornata tipo … come segue:           ← typical day, then the hours plan in prose
 *
 * Real documents vary: heading levels, bold or plain labels, a label and its value on one line or
 * two, CRLF, the table as tab-separated HTML cells, a markdown pipe table or an HTML <table>. All of
 * these are read. Nothing is guessed: a value the text does not give, or gives in a shape this
 * parser does not know, is null (or an empty list) and a warning says so; every line of the
 * document that no field took is reported as a warning too, so the importer can show what it left.
 *
 * Not read, because they are not text of the document: ids (the importer matches by the project
 * title and the site name), the site's Municipio, coordinates and URL. The city of the site is read
 * only when the address line names it ("Largo Treves, 1 - 20124 Milano").
 */

export interface ParsedSource {
  /** "<programme title> - <project title>", e.g. "Leva Civica nel Comune di Milano - La coesione sociale". */
  document: string;
  section: string | null;
  url: string | null;
}

export interface ParsedLevaCivicaSite {
  /** Organisation and unit joined by " - ", the natural key of the site. */
  name: string;
  organisation: string;
  unit: string | null;
  address: { street: string | null; postalCode: string | null; city: string | null; latitude: number | null; longitude: number | null };
  /** Never in the document: always null here. */
  municipioNumber: number | null;
  source: ParsedSource;
}

/** The hours plan; a figure the text does not state is null, with a warning. */
export interface ParsedLevaCivicaHours {
  total: number | null;
  service: number | null;
  specificTraining: number | null;
  certification: number | null;
  weeklyAverage: number | null;
  monthlyAverage: number | null;
  daysPerWeekMin: number | null;
  daysPerWeekMax: number | null;
  months: number | null;
}

export interface ParsedLevaCivicaProjectFields {
  /** The natural key of the project. */
  title: string;
  places: number;
  description: string | null;
  context: string | null;
  needs: string[];
  objectives: string[];
  activities: string[];
  typicalDay: string | null;
  hours: ParsedLevaCivicaHours;
  source: ParsedSource;
}

/** The seed JSON's shape without ids: the project, and its site beside it (null when the document gives none). */
export interface ParsedLevaCivicaProject {
  project: ParsedLevaCivicaProjectFields;
  site: ParsedLevaCivicaSite | null;
  warnings: string[];
}

/** The text is not a Leva Civica project: it lacks what every project document has. */
export class NotAProjectError extends Error {
  constructor(readonly missing: string[]) {
    super(`Not a Leva Civica project: no ${missing.join(', no ')} found`);
    this.name = 'NotAProjectError';
  }
}

// ---------------------------------------------------------------------------------------------
// Inline text: what a line says once markdown and HTML markup is taken away
// ---------------------------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  agrave: 'à',
  aacute: 'á',
  egrave: 'è',
  eacute: 'é',
  igrave: 'ì',
  iacute: 'í',
  ograve: 'ò',
  oacute: 'ó',
  ugrave: 'ù',
  uacute: 'ú',
  Agrave: 'À',
  Egrave: 'È',
  Eacute: 'É',
  Igrave: 'Ì',
  Ograve: 'Ò',
  Ugrave: 'Ù',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
  euro: '€',
  deg: '°',
};

/** Decodes HTML character references; an unknown named one stays as written, with a warning. */
function decodeEntities(text: string, warnings: Set<string>): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const decoded = NAMED_ENTITIES[name];
    if (decoded === undefined) warnings.add(`unknown HTML entity ${whole} left as written`);
    return decoded ?? whole;
  });
}

/** Markdown inline markup: links keep their text, emphasis and backslash escapes go. */
function stripMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, '$1$2')
    .replace(/(^|[^_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])/g, '$1$2')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** Only things shaped like tags: "< 29 anni" is text. */
const TAG = /<\/?[a-z][^>]*>/gi;

/**
 * The words of one line: no heading marks, tags, entities or emphasis. A <br> stays a line break
 * ("\n"): the site puts organisation, unit and street on lines of their own.
 */
function inlineText(line: string, warnings: Set<string>): string {
  const withoutHeading = line.replace(/^\s{0,3}#{1,6}(\s+|$)/, '').replace(/\s+#+\s*$/, '');
  const withBreaks = withoutHeading.replace(/\s*<br\s*\/?>\s*/gi, '\n').replace(TAG, '');
  return stripMarkdown(decodeEntities(withBreaks, warnings)).trim();
}

/** Lower case, single spaces, typographic apostrophes as plain ones: for comparing labels. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// The document as lines, with the structure found in it
// ---------------------------------------------------------------------------------------------

type LabelKey = 'name' | 'site' | 'description' | 'typicalDay';

interface Label {
  key: LabelKey;
  /** The label as the document writes it, without markup or colon, e.g. "Sede progetto". */
  text: string;
  /** What follows the label on its own line, if anything. */
  value: string;
}

/** A label matches its line up to the first colon, or the whole line. */
const LABELS: [LabelKey, RegExp][] = [
  ['name', /^nome (?:del )?progetto$/],
  ['site', /^sed[ei] (?:(?:di|del) )?(?:attuazione (?:del )?)?progetto$/],
  ['description', /^descrizione(?: del progetto)?$/],
  ['typicalDay', /^la giornata tipo\b/],
];

function labelOf(text: string): Label | null {
  const colon = text.indexOf(':');
  const candidate = (colon >= 0 ? text.slice(0, colon) : text).trim();
  for (const [key, pattern] of LABELS) {
    if (pattern.test(comparable(candidate))) {
      return { key, text: candidate, value: colon >= 0 ? text.slice(colon + 1).trim() : '' };
    }
  }
  return null;
}

interface Line {
  /** 0-based index; warnings say index + 1. */
  index: number;
  raw: string;
  text: string;
  blank: boolean;
  /** A markdown heading, or a line that is bold from end to end. */
  heading: boolean;
  label: Label | null;
}

interface Table {
  first: number;
  last: number;
  rows: string[][];
}

interface Doc {
  lines: Line[];
  tables: Table[];
  /** Lines some field has read; every other non-blank line becomes a warning. */
  consumed: Set<number>;
  warnings: Set<string>;
}

function readLines(text: string, warnings: Set<string>): Line[] {
  const normalised = text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n');
  return normalised.split('\n').map((raw, index) => {
    const text = inlineText(raw, warnings);
    const heading = /^\s{0,3}#{1,6}\s/.test(raw) || /^\s*(\*\*|__)[^*_].*\1\s*$/.test(raw);
    return { index, raw, text, blank: text === '', heading, label: labelOf(text) };
  });
}

/** Lines that end the section before them: headings, labels and tables. */
function isBoundary(doc: Doc, line: Line): boolean {
  return line.heading || line.label !== null || doc.tables.some((t) => t.first === line.index);
}

/** The lines after a label, up to the next heading, label or table; its same-line value first. */
function sectionAfter(doc: Doc, labelLine: Line): Line[] {
  const section: Line[] = [];
  const value = labelLine.label?.value ?? '';
  if (value !== '') section.push({ ...labelLine, text: value, heading: false, label: null });
  for (const line of doc.lines.slice(labelLine.index + 1)) {
    if (isBoundary(doc, line)) break;
    section.push(line);
  }
  return section;
}

interface Paragraph {
  lines: number[];
  text: string;
}

/** A markdown list item: "- ", "* ", "• " or "1. ". */
const LIST_ITEM = /^\s*(?:[-*+•·▪◦●–]|\d+[.)])\s+/;

/**
 * Paragraphs as markdown has them: lines run together until a blank line; every list item is a
 * paragraph of its own (the hours plan is a list).
 */
function paragraphs(lines: Line[]): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const line of lines) {
    if (line.blank) {
      current = null;
      continue;
    }
    if (current === null || LIST_ITEM.test(line.raw)) {
      current = { lines: [line.index], text: line.text };
      result.push(current);
    } else {
      current.lines.push(line.index);
      current.text = `${current.text} ${line.text}`;
    }
  }
  return result;
}

function consume(doc: Doc, paragraph: Paragraph): void {
  for (const index of paragraph.lines) doc.consumed.add(index);
}

// ---------------------------------------------------------------------------------------------
// Tables: tab-separated rows, markdown pipe tables, HTML <table>
// ---------------------------------------------------------------------------------------------

/** The three columns, recognised by how their header starts. */
type Column = 'context' | 'objectives' | 'activities';

function columnOf(header: string): Column | null {
  const text = comparable(header);
  // "Obiettivi … in risposta ai bisogni" names the needs too: objectives and activities first.
  if (text.startsWith('obiettiv')) return 'objectives';
  if (text.startsWith('attivit')) return 'activities';
  if (text.startsWith('contesto') || text.startsWith('bisogni')) return 'context';
  return null;
}

/** The delimiter row of a pipe table (GFM: one hyphen or more, optional colons). */
const PIPE_SEPARATOR = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

function pipeCells(raw: string): string[] {
  const cells = raw.trim().split(/(?<!\\)\|/);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.at(-1)?.trim() === '') cells.pop();
  return cells.map((cell) => cell.replace(/\\\|/g, '|'));
}

function htmlTable(lines: Line[], start: number): Table | null {
  const end = lines.findIndex((line) => line.index >= start && /<\/table>/i.test(line.raw));
  if (end < 0) return null;
  const html = lines
    .slice(start, end + 1)
    .map((line) => line.raw)
    .join('\n');
  const rows = [...html.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/gi)].map((cell) => cell[1] ?? ''),
  );
  return { first: start, last: end, rows };
}

function pipeTable(lines: Line[], start: number): Table {
  let last = start;
  while (lines[last + 1]?.raw.trim().startsWith('|')) last++;
  const rows = lines
    .slice(start, last + 1)
    .filter((line) => !PIPE_SEPARATOR.test(line.raw))
    .map((line) => pipeCells(line.raw));
  return { first: start, last, rows };
}

/** A header line of tab-separated cells, then row lines with tabs (blank lines between allowed). */
function tabTable(lines: Line[], start: number): Table {
  const rows = [(lines[start]?.raw ?? '').split('\t')];
  let last = start;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) continue;
    if (!line.raw.includes('\t')) break;
    rows.push(line.raw.split('\t'));
    last = i;
  }
  return { first: start, last, rows };
}

/** Every table whose header names at least one of the three columns. */
function findTables(lines: Line[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as Line).raw;
    let table: Table | null = null;
    if (/<table\b/i.test(raw)) table = htmlTable(lines, i);
    else if (raw.trim().startsWith('|')) table = pipeTable(lines, i);
    else if (raw.includes('\t')) table = tabTable(lines, i);
    if (table === null) continue;
    const header = table.rows[0] ?? [];
    if (header.some((cell) => columnOf(stripMarkdown(cell.replace(TAG, ''))) !== null)) {
      tables.push(table);
      i = table.last;
    }
  }
  return tables;
}

interface CellContent {
  paragraphs: string[];
  items: string[];
}

/** Marks where an <li> began, so its text can be told from the paragraphs around it. */
const ITEM_MARK = '\u0001';

/**
 * What a table cell says: its list items (<li>, or lines starting with a bullet) and the rest as
 * paragraphs. Whitespace collapses as HTML renders it; the "• " the publisher types into each <li>
 * is a bullet, not text.
 */
function cellContent(html: string, warnings: Set<string>): CellContent {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, `\n${ITEM_MARK}`)
    .replace(/<\/?(?:li|p|ul|ol|div|h[1-6])\b[^>]*>/gi, '\n')
    .replace(TAG, '');
  const content: CellContent = { paragraphs: [], items: [] };
  for (const part of decodeEntities(text, warnings).split('\n')) {
    const isItem = part.startsWith(ITEM_MARK) || LIST_ITEM.test(part);
    const words = stripMarkdown(part.replace(ITEM_MARK, '').replace(LIST_ITEM, '')).replace(/\s+/g, ' ').trim();
    if (words === '') continue;
    (isItem ? content.items : content.paragraphs).push(words);
  }
  return content;
}

interface TableFields {
  context: string | null;
  needs: string[];
  objectives: string[];
  activities: string[];
}

/** The cells of one column, from every body row. */
function columnContent(table: Table, column: Column, warnings: Set<string>): CellContent {
  const header = (table.rows[0] ?? []).map((cell) => columnOf(stripMarkdown(cell.replace(TAG, ''))));
  const at = header.indexOf(column);
  const content: CellContent = { paragraphs: [], items: [] };
  if (at < 0) return content;
  for (const row of table.rows.slice(1)) {
    const cell = cellContent(row[at] ?? '', warnings);
    content.paragraphs.push(...cell.paragraphs);
    content.items.push(...cell.items);
  }
  return content;
}

/** A list column: its items; a cell with no list at all is read line by line. */
function listColumn(table: Table, column: Column, name: string, warnings: Set<string>): string[] {
  const { paragraphs, items } = columnContent(table, column, warnings);
  if (items.length === 0) return paragraphs;
  for (const text of paragraphs) warnings.add(`${name}: text outside the list not read: "${text}"`);
  return items;
}

function readTable(doc: Doc): TableFields {
  const fields: TableFields = { context: null, needs: [], objectives: [], activities: [] };
  const [table, ...others] = doc.tables;
  for (const other of others) doc.warnings.add(`line ${other.first + 1}: a second table, not read`);
  if (!table) {
    doc.warnings.add('no table of context, objectives and activities: context, needs, objectives and activities not read');
    return fields;
  }
  for (let i = table.first; i <= table.last; i++) doc.consumed.add(i);
  const header = (table.rows[0] ?? []).map((cell) => stripMarkdown(cell.replace(TAG, '')).trim());
  for (const cell of header) {
    if (columnOf(cell) === null && cell !== '') doc.warnings.add(`table column "${cell}" not known, not read`);
  }
  const context = columnContent(table, 'context', doc.warnings);
  fields.context = context.paragraphs.length > 0 ? context.paragraphs.join('\n\n') : null;
  fields.needs = context.items;
  fields.objectives = listColumn(table, 'objectives', 'objectives', doc.warnings);
  fields.activities = listColumn(table, 'activities', 'activities', doc.warnings);
  if (fields.context === null) doc.warnings.add('context not found in the table');
  if (fields.needs.length === 0) doc.warnings.add('needs not found in the table');
  if (fields.objectives.length === 0) doc.warnings.add('objectives not found in the table');
  if (fields.activities.length === 0) doc.warnings.add('activities not found in the table');
  return fields;
}

// ---------------------------------------------------------------------------------------------
// Title, places, site
// ---------------------------------------------------------------------------------------------

/** The project title: the label's value on its line, or the next non-blank line. */
function readTitle(doc: Doc, nameLine: Line): string | null {
  doc.consumed.add(nameLine.index);
  const value = nameLine.label?.value ?? '';
  if (value !== '') return value;
  const next = doc.lines.slice(nameLine.index + 1).find((line) => !line.blank);
  // A name label followed straight by the places sentence has no name.
  if (!next || next.label !== null || /^si prevede\b/i.test(next.text)) return null;
  doc.consumed.add(next.index);
  return next.text;
}

const PLACES = /si prevede l['’]impiego di\s+(?:n\.?\s*)?(\d+|[a-z]+)\s+giovan[ei]\b/i;

const NUMBER_WORDS: Record<string, number> = {
  un: 1,
  uno: 1,
  una: 1,
  due: 2,
  tre: 3,
  quattro: 4,
  cinque: 5,
  sei: 6,
  sette: 7,
  otto: 8,
  nove: 9,
  dieci: 10,
};

/** "si prevede l'impiego di N giovani", in the first paragraph after the project name that says it. */
function readPlaces(doc: Doc, all: Paragraph[], from: number): number | null {
  for (const paragraph of all) {
    const match = (paragraph.lines[0] as number) >= from ? PLACES.exec(paragraph.text) : null;
    if (!match) continue;
    const word = (match[1] as string).toLowerCase();
    const places = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
    if (places === undefined) {
      doc.warnings.add(`line ${(paragraph.lines[0] as number) + 1}: places "${word}" is not a number`);
      return null;
    }
    consume(doc, paragraph);
    return places;
  }
  return null;
}

/** The first word of a street in Milan, for telling the address line from a unit. */
const STREET_START =
  /^(?:via|viale|v\.le|piazza|p\.za|piazzale|p\.le|largo|corso|c\.so|vicolo|strada|alzaia|ripa|bastioni|galleria|passaggio|foro|vico|borgo|cascina)\b/i;

/** A street word, or a civic number after a comma ("Largo Treves, 1"); "Municipio 9" is no address. */
function looksLikeAddress(text: string): boolean {
  return STREET_START.test(text) || /,\s*\d+/.test(text);
}

/** "Largo Treves, 1 - 20124 Milano (MI)": the street, and the postal code and city when written. */
function readAddress(text: string): ParsedLevaCivicaSite['address'] {
  const address = { street: text, postalCode: null as string | null, city: null as string | null, latitude: null, longitude: null };
  const withCode = /^(.+?)(?:\s*[,–-]\s*|\s+)(\d{5})\s+(\p{L}[\p{L}' ]*?)(?:\s*\(\p{Lu}{2}\))?$/u.exec(text);
  if (withCode) return { ...address, street: withCode[1] as string, postalCode: withCode[2] as string, city: withCode[3] as string };
  const withCity = /^(.+?)\s*[,–-]\s*(Milano)(?:\s*\(MI\))?$/iu.exec(text);
  if (withCity) return { ...address, street: withCity[1] as string, city: withCity[2] as string };
  return address;
}

/**
 * The sede progetto: one piece per line (or <br>): organisation, then the unit if there is one,
 * then the street. Any other shape is reported, not guessed at.
 */
function readSite(doc: Doc, siteLine: Line, document: string): ParsedLevaCivicaSite | null {
  doc.consumed.add(siteLine.index);
  const section = sectionAfter(doc, siteLine).filter((line) => !line.blank);
  const pieces = section.flatMap((line) => line.text.split('\n').map((piece) => piece.trim()));
  const parts = pieces.filter((piece) => piece !== '');
  const street = parts.length >= 2 && looksLikeAddress(parts.at(-1) as string) ? (parts.pop() as string) : null;
  // One line that is an address has no organisation; more than organisation and unit is a shape we do not know.
  if (parts.length === 0 || parts.length > 2 || (parts.length === 1 && looksLikeAddress(parts[0] as string))) {
    doc.warnings.add(
      `site (line ${siteLine.index + 1}): expected organisation, unit and address on separate lines, found ${pieces.length} line(s); site not read`,
    );
    return null;
  }
  for (const line of section) doc.consumed.add(line.index);
  if (street === null) doc.warnings.add(`site (line ${siteLine.index + 1}): no address line`);
  const [organisation, unit = null] = parts as [string, string?];
  return {
    name: unit === null ? organisation : `${organisation} - ${unit}`,
    organisation,
    unit,
    address: street === null ? { street: null, postalCode: null, city: null, latitude: null, longitude: null } : readAddress(street),
    municipioNumber: null,
    source: { document, section: siteLine.label?.text ?? null, url: null },
  };
}

// ---------------------------------------------------------------------------------------------
// Hours plan
// ---------------------------------------------------------------------------------------------

/** "1.400" is one thousand four hundred in Italian. */
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)`;

function toNumber(text: string): number {
  return Number(text.replace(/\./g, ''));
}

/** Each figure of the hours plan and the sentence that states it. */
const HOURS_PATTERNS: [keyof ParsedLevaCivicaHours, RegExp][] = [
  ['months', new RegExp(String.raw`nell['’]arco di\s+${NUMBER}\s+mesi`, 'i')],
  ['total', new RegExp(String.raw`svolger[àa]\s+(?:un totale di\s+)?${NUMBER}\s+ore`, 'i')],
  ['service', new RegExp(String.raw`${NUMBER}\s+ore\s+di\s+attivit[àa]\s+di\s+servizio`, 'i')],
  ['specificTraining', new RegExp(String.raw`${NUMBER}\s+ore\s+di\s+formazione\s+specifica`, 'i')],
  ['certification', new RegExp(String.raw`${NUMBER}\s+ore\s+di\s+[^;\n]*?(?:attestato|certificazione)`, 'i')],
  [
    'weeklyAverage',
    new RegExp(String.raw`circa\s+${NUMBER}\s+ore\s+(?:di\s+servizio\s+)?(?:distribuite|settimanali|a\s+settimana|alla\s+settimana)`, 'i'),
  ],
  ['monthlyAverage', new RegExp(String.raw`media\s+mensile\s+di\s+(?:circa\s+)?${NUMBER}\s+ore`, 'i')],
];

/** "su 5 o 6 giorni a settimana", "da 5 a 6 giorni", "su 5 giorni". */
const DAYS_RANGE = /(?:su|da)\s+(\d+)\s+(?:o|a|-|–)\s+(\d+)\s+giorni/i;
const DAYS_SINGLE = /\bsu\s+(\d+)\s+giorni/i;

const HOURS_NAMES: Record<keyof ParsedLevaCivicaHours, string> = {
  total: 'total hours',
  service: 'hours of service',
  specificTraining: 'hours of specific training',
  certification: 'hours towards the regional certificate',
  weeklyAverage: 'weekly average hours',
  monthlyAverage: 'monthly average hours',
  daysPerWeekMin: 'days per week',
  daysPerWeekMax: 'days per week',
  months: 'months',
};

/** Sets a figure from a paragraph; the same figure stated twice differently is reported. */
function setFigure(doc: Doc, hours: ParsedLevaCivicaHours, key: keyof ParsedLevaCivicaHours, value: number, paragraph: Paragraph): void {
  const known = hours[key];
  if (known !== null && known !== value) {
    doc.warnings.add(`line ${(paragraph.lines[0] as number) + 1}: ${HOURS_NAMES[key]} stated again as ${value}, kept ${known}`);
    return;
  }
  hours[key] = value;
}

/** Reads the hours plan from every paragraph of the document; the paragraphs read are returned. */
function readHours(doc: Doc, all: Paragraph[]): { hours: ParsedLevaCivicaHours; read: Set<Paragraph> } {
  const hours: ParsedLevaCivicaHours = {
    total: null,
    service: null,
    specificTraining: null,
    certification: null,
    weeklyAverage: null,
    monthlyAverage: null,
    daysPerWeekMin: null,
    daysPerWeekMax: null,
    months: null,
  };
  const read = new Set<Paragraph>();
  for (const paragraph of all) {
    for (const [key, pattern] of HOURS_PATTERNS) {
      const match = pattern.exec(paragraph.text);
      if (!match) continue;
      setFigure(doc, hours, key, toNumber(match[1] as string), paragraph);
      read.add(paragraph);
    }
    const range = DAYS_RANGE.exec(paragraph.text);
    const single = range ? null : DAYS_SINGLE.exec(paragraph.text);
    if (range || single) {
      setFigure(doc, hours, 'daysPerWeekMin', Number((range ?? single)?.[1]), paragraph);
      setFigure(doc, hours, 'daysPerWeekMax', Number(range ? range[2] : single?.[1]), paragraph);
      read.add(paragraph);
    }
  }
  for (const paragraph of read) consume(doc, paragraph);
  checkHours(doc, hours);
  return { hours, read };
}

/** Missing figures, and figures that do not add up, are reported; the values stay as written. */
function checkHours(doc: Doc, hours: ParsedLevaCivicaHours): void {
  for (const key of Object.keys(hours) as (keyof ParsedLevaCivicaHours)[]) {
    if (hours[key] === null && key !== 'daysPerWeekMax') doc.warnings.add(`hours plan: ${HOURS_NAMES[key]} not found`);
  }
  const { total, service, specificTraining, certification, daysPerWeekMin, daysPerWeekMax } = hours;
  if (total !== null && service !== null && specificTraining !== null && certification !== null) {
    const sum = service + specificTraining + certification;
    if (sum !== total)
      doc.warnings.add(`hours plan: ${service} + ${specificTraining} + ${certification} = ${sum}, not the ${total} total stated`);
  }
  if (daysPerWeekMin !== null && daysPerWeekMax !== null && daysPerWeekMin > daysPerWeekMax) {
    doc.warnings.add(`hours plan: days per week from ${daysPerWeekMin} to ${daysPerWeekMax}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Prose sections
// ---------------------------------------------------------------------------------------------

/** The lines of a labelled section, its label line included. */
function sectionLines(doc: Doc, labelLine: Line | undefined): Set<number> {
  return new Set(labelLine ? [labelLine.index, ...sectionAfter(doc, labelLine).map((line) => line.index)] : []);
}

/** The paragraphs of a labelled section (those not taken by the hours plan), joined by blank lines. */
function readProse(doc: Doc, labelLine: Line | undefined, hoursRead: Set<Paragraph>, all: Paragraph[], name: string): string | null {
  if (!labelLine) {
    doc.warnings.add(`${name} not found`);
    return null;
  }
  doc.consumed.add(labelLine.index);
  const inSection = sectionLines(doc, labelLine);
  const own: Paragraph[] = [];
  // The prose ends where the hours plan begins; what follows it is the hours plan's or unread.
  for (const paragraph of all) {
    if (!inSection.has(paragraph.lines[0] as number)) continue;
    if (hoursRead.has(paragraph)) break;
    own.push(paragraph);
  }
  for (const paragraph of own) consume(doc, paragraph);
  if (own.length === 0) doc.warnings.add(`${name} (line ${labelLine.index + 1}) is empty`);
  return own.length > 0 ? own.map((p) => p.text).join('\n\n') : null;
}

/** Paragraphs outside tables and structure lines; the label's same-line value starts one. */
function documentParagraphs(doc: Doc): Paragraph[] {
  const lines = doc.lines.map((line) => {
    if (doc.tables.some((t) => line.index >= t.first && line.index <= t.last)) return { ...line, blank: true };
    if (line.label) return { ...line, text: line.label.value, blank: line.label.value === '' };
    return line.heading ? { ...line, blank: true } : line;
  });
  // A heading or label always ends the paragraph before it.
  const result: Paragraph[] = [];
  let run: Line[] = [];
  for (const line of lines) {
    const original = doc.lines[line.index] as Line;
    if (original.heading || original.label) {
      result.push(...paragraphs(run));
      run = [];
    }
    run.push(line);
  }
  result.push(...paragraphs(run));
  return result;
}

// ---------------------------------------------------------------------------------------------
// The parser
// ---------------------------------------------------------------------------------------------

function firstLabel(doc: Doc, key: LabelKey, name: string): Line | undefined {
  const found = doc.lines.filter((line) => line.label?.key === key);
  for (const extra of found.slice(1)) doc.warnings.add(`line ${extra.index + 1}: a second "${extra.label?.text}" (${name}), not read`);
  return found[0];
}

/** The programme title: the first line, when it comes before the project name and is no label. */
function readProgramme(doc: Doc, nameLine: Line): string | null {
  const first = doc.lines.find((line) => !line.blank);
  if (!first || first.index >= nameLine.index || first.label !== null) return null;
  doc.consumed.add(first.index);
  if (!/leva civica/i.test(first.text)) doc.warnings.add(`the document title "${first.text}" does not name Leva Civica`);
  return first.text;
}

export function parseLevaCivicaProject(text: string): ParsedLevaCivicaProject {
  const warnings = new Set<string>();
  const lines = readLines(text, warnings);
  const doc: Doc = { lines, tables: findTables(lines), consumed: new Set(), warnings };

  const all = documentParagraphs(doc);
  const nameLine = firstLabel(doc, 'name', 'project name');
  const title = nameLine ? readTitle(doc, nameLine) : null;
  const places = readPlaces(doc, all, nameLine?.index ?? 0);
  const missing = [...(title === null ? ['project name'] : []), ...(places === null ? ['places'] : [])];
  if (title === null || places === null || !nameLine) throw new NotAProjectError(missing);

  const programme = readProgramme(doc, nameLine);
  if (programme === null) warnings.add('no document title before the project name: source.document is the project title alone');
  const document = programme === null ? title : `${programme} - ${title}`;

  const siteLine = firstLabel(doc, 'site', 'site');
  const descriptionLine = firstLabel(doc, 'description', 'description');
  const typicalDayLine = firstLabel(doc, 'typicalDay', 'typical day');

  // The hours plan is prose too: it is looked for everywhere but in the site and the description,
  // whose words ("su 5 giorni") must not be taken for it.
  const elsewhere = new Set([...sectionLines(doc, siteLine), ...sectionLines(doc, descriptionLine)]);
  const { hours, read } = readHours(
    doc,
    all.filter((paragraph) => !elsewhere.has(paragraph.lines[0] as number)),
  );
  if (!siteLine) warnings.add('site (Sede progetto) not found');
  const site = siteLine ? readSite(doc, siteLine, document) : null;
  const description = readProse(doc, descriptionLine, read, all, 'description');
  const table = readTable(doc);
  const typicalDay = readProse(doc, typicalDayLine, read, all, 'typical day');

  for (const line of lines) {
    if (!line.blank && !doc.consumed.has(line.index)) warnings.add(`line ${line.index + 1} not read: "${line.text}"`);
  }

  return {
    project: {
      title,
      places,
      description,
      ...table,
      typicalDay,
      hours,
      source: { document, section: `${nameLine.label?.text}: ${title}`, url: null },
    },
    site,
    warnings: [...warnings],
  };
}
