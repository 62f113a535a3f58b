import { stringify } from 'csv-stringify/sync';

/** What a CSV cell holds: absent values are empty cells. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * One CSV record as RFC 4180 writes it (csv-stringify): fields separated by commas, a field quoted when
 * it holds a comma, a quote, CR or LF (its quotes doubled), the record ended by CRLF; a boolean is
 * `true` or `false`, as the graph answers it (csv-stringify's default is 1 or empty).
 */
export function csvRecord(values: readonly CsvValue[]): string {
  // quoted_match: a lone CR or LF is quoted too (csv-stringify quotes only the record delimiter, CRLF).
  return stringify([values], { record_delimiter: 'windows', quoted_match: /[\r\n]/, cast: { boolean: (value) => String(value) } });
}
