import { folded, searchWords } from '../shared/search.js';

/**
 * The title search and numbered pages of a call's projects (ServizioCivileCall.projects(search, skip),
 * projectCount(search)), for the HSDS API: it lists the projects page by page and searches them by
 * title in the database, so that neither reads every project of a call (a national call has 3,000).
 * The fold and the bounds of the words are every subgraph's (subgraphs/shared/search.ts).
 */

/**
 * The SQL that keeps the projects whose folded title holds every word of `search`, and
 * its parameters: '' and none for no search. The same bounds as PointFilter.search: at most 10 words
 * of at most 40 characters, words under 3 left out (the trigram index cannot look them up), a search
 * of such words alone refused.
 */
export function titleSearch(search: string | null | undefined, title = 'x.title'): { sql: string; params: string[] } {
  const params = searchWords(search, 'search').map((word) => `%${word}%`);
  return { sql: params.map(() => ` and ${folded(title)} like ?`).join(''), params };
}
