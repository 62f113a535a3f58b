import { badUserInput } from '../shared/errors.js';

/**
 * The title search and numbered pages of a call's projects (ServizioCivileCall.projects(search, skip),
 * projectCount(search)), for the HSDS API: it lists the projects page by page and searches them by
 * title in the database, so that neither reads every project of a call (a national call has 3,000).
 * The fold is spazio-comune's (point-search.ts) and the gateway's (gateway/hsds/search.ts), written
 * again because no subgraph imports another; test/hsds-programmes.spec.ts checks they agree on accents.
 */

/** The most projects `skip` passes over (an offset reads every row it passes), as points(skip:) in spazio-comune. */
export const MAX_PROJECT_SKIP = 10_000;

/** The marks the fold takes off once a text is decomposed (NFD), as point-search.ts. */
const MARKS = String.raw`U&'[\0300-\036F\00B4\0060\00A8\00B7]'`;

/** A text expression folded: NFD, the marks off, A to Z lower-cased in collation "C" (the same on every server). */
export const folded = (text: string): string => `lower(regexp_replace(normalize(${text}, NFD), ${MARKS}, '', 'g') collate "C")`;

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00b4\u0060\u00a8\u00b7]/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());

const MIN_SEARCH_WORD = 3;
const MAX_SEARCH_WORDS = 10;
const MAX_SEARCH_WORD_LENGTH = 40;

/** The checked skip (0 when absent); beyond MAX_PROJECT_SKIP, BAD_USER_INPUT on skip. */
export function checkSkip(skip: number | null | undefined): number {
  const value = skip ?? 0;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PROJECT_SKIP)
    throw badUserInput(`skip must be from 0 to ${MAX_PROJECT_SKIP}.`, 'skip');
  return value;
}

/**
 * The SQL that keeps the projects whose folded title holds every word of `search`, and
 * its parameters: '' and none for no search. The same bounds as PointFilter.search: at most 10 words
 * of at most 40 characters, words under 3 left out (the trigram index cannot look them up), a search
 * of such words alone refused.
 */
export function titleSearch(search: string | null | undefined, title = 'x.title'): { sql: string; params: string[] } {
  const words = fold(search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS) throw badUserInput(`search takes at most ${MAX_SEARCH_WORDS} words.`, 'search');
  if (words.some((w) => w.length > MAX_SEARCH_WORD_LENGTH))
    throw badUserInput(`search takes words of at most ${MAX_SEARCH_WORD_LENGTH} characters.`, 'search');
  const kept = words.filter((w) => w.length >= MIN_SEARCH_WORD);
  if (words.length > 0 && kept.length === 0)
    throw badUserInput(`search needs a word of at least ${MIN_SEARCH_WORD} characters (shorter ones are left out).`, 'search');
  // like, with its own wildcards and escape character taken literally.
  const params = kept.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return { sql: kept.map(() => ` and ${folded(title)} like ?`).join(''), params };
}
