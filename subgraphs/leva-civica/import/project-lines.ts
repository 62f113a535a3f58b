import { type Label, splitAtColon } from '../../shared/markdown/labels.js';
import { headingLevel, unifyLineEnds } from '../../shared/markdown/lines.js';
import { comparable, inlineText } from './project-text.js';

// The document as lines, with the structure found in it: labels, tables, paragraphs.

export type LabelKey = 'name' | 'site' | 'description' | 'typicalDay';

/** A label matches its line up to the first colon, or the whole line. */
const LABELS: [LabelKey, RegExp][] = [
  ['name', /^nome (?:del )?progetto$/],
  ['site', /^sed[ei] (?:(?:di|del) )?(?:attuazione (?:del )?)?progetto$/],
  ['description', /^descrizione(?: del progetto)?$/],
  ['typicalDay', /^la giornata tipo\b/],
];

function labelOf(text: string): Label<LabelKey> | null {
  const { name, value } = splitAtColon(text) ?? { name: text.trim(), value: '' };
  for (const [key, pattern] of LABELS) {
    if (pattern.test(comparable(name))) return { key, name, value };
  }
  return null;
}

export interface Line {
  /** 0-based index; warnings say index + 1. */
  index: number;
  raw: string;
  text: string;
  blank: boolean;
  /** A markdown heading, or a line that is bold from end to end. */
  heading: boolean;
  label: Label<LabelKey> | null;
}

export interface Table {
  first: number;
  last: number;
  rows: string[][];
}

export interface Doc {
  lines: Line[];
  tables: Table[];
  /** Lines some field has read; every other non-blank line becomes a warning. */
  consumed: Set<number>;
  warnings: Set<string>;
}

export function readLines(text: string, warnings: Set<string>): Line[] {
  return unifyLineEnds(text)
    .normalize('NFC')
    .split('\n')
    .map((raw, index) => {
      const text = inlineText(raw, warnings);
      // Marks alone («##») read as a blank line here, not as a heading that ends the section before it.
      const heading = (headingLevel(raw) > 0 && !/^\s*#+$/.test(raw)) || /^\s*(\*\*|__)[^*_].*\1\s*$/.test(raw);
      return { index, raw, text, blank: text === '', heading, label: labelOf(text) };
    });
}

/** Lines that end the section before them: headings, labels and tables. */
function isBoundary(doc: Doc, line: Line): boolean {
  return line.heading || line.label !== null || doc.tables.some((t) => t.first === line.index);
}

/** The lines after a label, up to the next heading, label or table; its same-line value first. */
export function sectionAfter(doc: Doc, labelLine: Line): Line[] {
  const section: Line[] = [];
  const value = labelLine.label?.value ?? '';
  if (value !== '') section.push({ ...labelLine, text: value, heading: false, label: null });
  for (const line of doc.lines.slice(labelLine.index + 1)) {
    if (isBoundary(doc, line)) break;
    section.push(line);
  }
  return section;
}

export interface Paragraph {
  lines: number[];
  text: string;
}

/** A markdown list item: "- ", "* ", "• " or "1. ". */
export const LIST_ITEM = /^\s*(?:[-*+•·▪◦●–]|\d+[.)])\s+/;

/**
 * Paragraphs as markdown has them: lines run together until a blank line; every list item is a
 * paragraph of its own (the hours plan is a list).
 */
export function paragraphs(lines: Line[]): Paragraph[] {
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

export function consume(doc: Doc, paragraph: Paragraph): void {
  for (const index of paragraph.lines) doc.consumed.add(index);
}

export function firstLabel(doc: Doc, key: LabelKey, name: string): Line | undefined {
  const found = doc.lines.filter((line) => line.label?.key === key);
  for (const extra of found.slice(1)) doc.warnings.add(`line ${extra.index + 1}: a second "${extra.label?.name}" (${name}), not read`);
  return found[0];
}
