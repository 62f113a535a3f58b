import { consume, type Doc, type Line, type Paragraph, paragraphs, sectionAfter } from './project-lines.js';

// Prose sections (the description, the typical day) and the paragraphs of the whole document.

/** The lines of a labelled section, its label line included. */
export function sectionLines(doc: Doc, labelLine: Line | undefined): Set<number> {
  return new Set(labelLine ? [labelLine.index, ...sectionAfter(doc, labelLine).map((line) => line.index)] : []);
}

/** The paragraphs of a labelled section (those not taken by the hours plan), joined by blank lines. */
export function readProse(doc: Doc, labelLine: Line | undefined, hoursRead: Set<Paragraph>, all: Paragraph[], name: string): string | null {
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
export function documentParagraphs(doc: Doc): Paragraph[] {
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
