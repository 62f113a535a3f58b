import { isDelimiterRow, pipeCells } from '../../shared/markdown/pipe-table.js';
import { type Doc, LIST_ITEM, type Line, type Table } from './project-lines.js';
import { comparable, decodeHtml, stripMarkdown, TAG } from './project-text.js';

// The table of context, objectives and activities: tab-separated rows, a markdown pipe table or an HTML <table>.

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
    .filter((line) => !isDelimiterRow(line.raw))
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
export function findTables(lines: Line[]): Table[] {
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
  for (const part of decodeHtml(text, warnings).split('\n')) {
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

export function readTable(doc: Doc): TableFields {
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
