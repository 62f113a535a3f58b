/**
 * The HSDS `search`: one reading of the words for every route, whether the graph searches
 * (PointFilter.search, in SQL) or the records are matched here (the programmes', the organizations,
 * the taxonomies). Its rules are the graph's (subgraphs/spazio-comune/point-search.ts), which the
 * gateway cannot import; test/hsds-search.spec.ts runs both on the same text.
 */

/** Words shorter than this are left out: the graph's trigram index cannot answer them. */
export const MIN_SEARCH_WORD = 3;
/** At most this many words, each at most this long. */
export const MAX_SEARCH_WORDS = 10;
export const MAX_SEARCH_WORD_LENGTH = 40;

/**
 * Folds as the database folds: decomposed (NFD), the combining marks U+0300 to U+036F, the spacing
 * accents typed in their place (´ ` ¨) and the middle dot (·) taken off, A to Z lower-cased
 * (letters that NFD does not decompose, such as Œ, keep their case, as in PostgreSQL's collation C).
 * So "CITTÀ", "Citta´" and "città" are all "citta".
 */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00b4\u0060\u00a8\u00b7]/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());

/** The words of a search, folded, those too short to look up left out; or why the search is refused. */
export function searchWords(text: string | null): { words: string[] } | { refused: string } {
  const words = fold(text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length > MAX_SEARCH_WORDS) return { refused: `search takes at most ${MAX_SEARCH_WORDS} words.` };
  if (words.some((w) => w.length > MAX_SEARCH_WORD_LENGTH)) {
    return { refused: `search takes words of at most ${MAX_SEARCH_WORD_LENGTH} characters.` };
  }
  const kept = words.filter((w) => w.length >= MIN_SEARCH_WORD);
  if (words.length > 0 && kept.length === 0) {
    return { refused: `search needs a word of at least ${MIN_SEARCH_WORD} characters (shorter ones are left out).` };
  }
  return { words: kept };
}

/** Whether a text holds every word (the words folded, as searchWords gives them). */
export const holdsAll = (text: string, words: string[]): boolean => {
  const folded = fold(text);
  return words.every((w) => folded.includes(w));
};
