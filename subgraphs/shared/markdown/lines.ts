/**
 * Lines of a converted document: one kind of line end, and the marks of a markdown (ATX) heading.
 * The document parsers build their own line records on these; CSV and JSON files use the first two.
 */

/** The text without the byte order mark some editors write at its start. */
export function withoutByteOrderMark(text: string): string {
  return text.replace(/^\uFEFF/, '');
}

/** One kind of line end: CRLF and a lone CR become LF; the byte order mark goes. */
export function unifyLineEnds(text: string): string {
  return withoutByteOrderMark(text).replace(/\r\n?/g, '\n');
}

/**
 * As `unifyLineEnds`, and every other break a PDF or Word conversion leaves (page break, vertical
 * tab, NEL, Unicode line and paragraph separators) becomes LF too.
 */
export function unifyLineBreaks(text: string): string {
  return withoutByteOrderMark(text).replace(/\r\n?|[\v\f\u0085\u2028\u2029]/g, '\n');
}

/** The level of a markdown heading («## Title» → 2), 0 for any other line; up to three spaces may lead. */
export function headingLevel(line: string): number {
  return /^\s{0,3}(#{1,6})(?=\s|$)/.exec(line)?.[1]?.length ?? 0;
}

/** Without the optional closing marks of a heading: «Title ##» → «Title». */
export function withoutClosingMarks(text: string): string {
  return text.replace(/\s+#+\s*$/, '');
}

/** A line without its heading marks, opening and closing: «### Sede progetto ###» → «Sede progetto». */
export function withoutHeadingMarks(line: string): string {
  return withoutClosingMarks(line.replace(/^\s{0,3}#{1,6}(\s+|$)/, ''));
}
