import { headingLevel, withoutClosingMarks } from '../../shared/markdown/lines.js';
import { type CallLabel, readLabel } from './call-labels.js';
import { isWhollyEmphasised, stripEmphasis } from './call-text.js';

// The call as lines: each classified once (heading, list item, label), then read by the parts.

export interface Line {
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
  label: CallLabel | null;
  /** Set once the line's text is placed (or deliberately dropped); the rest is reported. */
  used: boolean;
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
  line.level = headingLevel(trimmed);
  const text = line.level > 0 ? withoutClosingMarks(trimmed.slice(line.level)).trim() : trimmed;
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

export function readLines(text: string): Line[] {
  return text.split('\n').flatMap((raw, index) => lineAt(raw, index + 1));
}

/** One line of the text, numbered: a line may be two glued together (see splitGlued). */
export function lineAt(raw: string, number: number): Line[] {
  return splitGlued(raw).map((part) => classify(part, number));
}

/** Paragraphs joined by a blank line, lines of a paragraph by a line break: the seed's convention. */
export function joinText(lines: Line[], first = ''): string | null {
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

export function nextNonBlank(lines: Line[], from: number): number {
  let index = from;
  while (index < lines.length && lines[index]?.blank) index++;
  return index;
}

/** A label's value: on its line, or the next paragraph when the line ends with the label. */
export function labelValue(lines: Line[], index: number): { value: string | null; end: number } {
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
