import { existsSync, readFileSync } from 'node:fs';
import { root } from './hub.js';

/**
 * The seed documents and public lists, as copies kept in the repository (test/fixtures): a fresh
 * clone has no ../shared. Where ../shared is there, a test checks that the copies still match it.
 */
export const fixture = (path: string) => readFileSync(`${root}/test/fixtures/${path}`, 'utf8');

export const sharedOriginal = (path: string): string | null => {
  const file = `${root}/../shared/${path}`;
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
};

/**
 * The words of a markdown document in order, without its markup: list bullets, heading marks,
 * emphasis and the <b>/<sup> tags go; the line and page breaks of the PDF conversion become one
 * space. Every character of the words themselves (apostrophes, dashes, quotes) is kept as written.
 */
export function documentWords(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) =>
      line
        .trim()
        .replace(/^(#+\s*|-\s+)/, '')
        .replace(/<\/?(b|sup)>/g, '')
        .replaceAll('*', ''),
    )
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a text is in the document word for word (its own spaces collapsed the same way). */
export function inDocument(words: string, text: string): boolean {
  return words.includes(text.replace(/\s+/g, ' ').trim());
}

/** The fields of a CSV line (double quotes around fields that hold commas, "" for a quote). */
export function csvFields(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}
