/** What a CSV cell holds: absent values are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV record as RFC 4180 writes it: fields separated by commas, a field quoted when it holds a
 * comma, a quote, CR or LF (its quotes doubled), the record ended by CRLF. Written here because the
 * csv project's csv-stringify is not a dependency yet; test/catalog.spec.ts reads every download back
 * with csv-parse.
 */
export function csvRecord(values: readonly CsvValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
