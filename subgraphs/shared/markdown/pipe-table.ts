/** The delimiter row of a pipe table (GFM: one hyphen or more a cell, optional colons for alignment). */
const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

export function isDelimiterRow(line: string): boolean {
  return DELIMITER_ROW.test(line);
}

/**
 * The cells of a pipe-table row, as written (spaces kept): the outer pipes are no cells, and «\|»
 * is a pipe inside a cell (GFM), unless `escapes` is false: then every pipe separates.
 */
export function pipeCells(row: string, { escapes } = { escapes: true }): string[] {
  const cells = row.trim().split(escapes ? /(?<!\\)\|/ : '|');
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.at(-1)?.trim() === '') cells.pop();
  return escapes ? cells.map((cell) => cell.replace(/\\\|/g, '|')) : cells;
}
