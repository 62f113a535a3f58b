import { decodeEntities } from '../../shared/markdown/entities.js';
import { withoutHeadingMarks } from '../../shared/markdown/lines.js';

// Inline text: what a line says once markdown and HTML markup is taken away.

/** Decodes HTML character references; an unknown named one stays as written, with a warning. */
export function decodeHtml(text: string, warnings: Set<string>): string {
  return decodeEntities(text, (entity) => warnings.add(`unknown HTML entity ${entity} left as written`));
}

/** Markdown inline markup: links keep their text, emphasis and backslash escapes go. */
export function stripMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])/g, '$1$2')
    .replace(/(^|[^_\w])_(?=\S)([^_]+?)(?<=\S)_(?![_\w])/g, '$1$2')
    .replace(/\*\*|__/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** Only things shaped like tags: "< 29 anni" is text. */
export const TAG = /<\/?[a-z][^>]*>/gi;

/**
 * The words of one line: no heading marks, tags, entities or emphasis. A <br> stays a line break
 * ("\n"): the site puts organisation, unit and street on lines of their own.
 */
export function inlineText(line: string, warnings: Set<string>): string {
  const withoutHeading = withoutHeadingMarks(line);
  const withBreaks = withoutHeading.replace(/\s*<br\s*\/?>\s*/gi, '\n').replace(TAG, '');
  return stripMarkdown(decodeHtml(withBreaks, warnings)).trim();
}

/** Lower case, single spaces, typographic apostrophes as plain ones: for comparing labels. */
export function comparable(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
}
