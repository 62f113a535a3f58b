import { badUserInput } from './errors.js';

/**
 * The search of every subgraph, written once: PointFilter.search in spazio-comune and the title search
 * of a call's projects in servizio-civile fold text and bound what a person types the same way. The
 * gateway's fold (gateway/hsds/search.ts) takes off the same marks; test/hsds-search.spec.ts runs both
 * on the same text.
 */

/**
 * The marks the fold takes off once a text is decomposed (NFD): the combining marks U+0300 to U+036F,
 * and the spacing accents typed in their place (´ ` ¨) and the middle dot (·).
 */
const MARKS = String.raw`U&'[\0300-\036F\00B4\0060\00A8\00B7]'`;

/**
 * A text expression folded: NFD, the marks off, lower case for A to Z only (collation "C": the same
 * on every server, whatever its locale; letters that NFD does not decompose, such as Œ, keep their case).
 */
export const folded = (text: string): string => `lower(regexp_replace(normalize(${text}, NFD), ${MARKS}, '', 'g') collate "C")`;

/** The same fold in JavaScript, for the words searched and the constants written into the SQL. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00b4\u0060\u00a8\u00b7]/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());

/** Words shorter than this are left out: a trigram index cannot answer them. */
export const MIN_SEARCH_WORD = 3;
/** At most this many words, each at most this long (what a person types; a longer one is refused). */
export const MAX_SEARCH_WORDS = 10;
export const MAX_SEARCH_WORD_LENGTH = 40;

/**
 * The folded words a search looks for, each escaped for `like`: at most MAX_SEARCH_WORDS of at most
 * MAX_SEARCH_WORD_LENGTH characters, those under MIN_SEARCH_WORD left out, a search of such words
 * alone refused (BAD_USER_INPUT on `argumentName`). None for no search.
 */
export function searchWords(search: string | null | undefined, argumentName: string): string[] {
  const words = fold(search ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS) throw badUserInput(`search takes at most ${MAX_SEARCH_WORDS} words.`, argumentName);
  if (words.some((word) => word.length > MAX_SEARCH_WORD_LENGTH))
    throw badUserInput(`search takes words of at most ${MAX_SEARCH_WORD_LENGTH} characters.`, argumentName);
  const kept = words.filter((word) => word.length >= MIN_SEARCH_WORD);
  if (words.length > 0 && kept.length === 0)
    throw badUserInput(`search needs a word of at least ${MIN_SEARCH_WORD} characters (shorter ones are left out).`, argumentName);
  // Taken literally by like: its own wildcards and escape character escaped.
  return kept.map((word) => word.replace(/[\\%_]/g, '\\$&'));
}
