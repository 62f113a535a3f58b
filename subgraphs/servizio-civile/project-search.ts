import { keptColumn } from '../shared/kept-column.js';
import { folded, searchWords } from '../shared/search.js';

/**
 * The title search and numbered pages of a call's projects (ServizioCivileCall.projects(search, skip),
 * projectCount(search)), for the HSDS API: it lists the projects page by page and searches them by
 * title in the database, so that neither reads every project of a call (a national call has 3,000).
 * The fold and the bounds of the words are every subgraph's (subgraphs/shared/search.ts).
 */

/**
 * The SQL that keeps the projects (`project`: the table's alias) whose folded title holds every
 * word of `search`, and its parameters: '' and none for no search. The same bounds as
 * PointFilter.search: at most 10 words of at most 40 characters, words under 3 left out, a search of
 * such words alone refused. It reads the title folded once a write (`search_title`, below), not the
 * fold of every title of a call at every search: a word most titles hold is counted in a national
 * call's 3,000 projects at each page.
 */
export function titleSearch(search: string | null | undefined, project = 'x'): { sql: string; params: string[] } {
  const params = searchWords(search, 'search').map((word) => `%${word}%`);
  return { sql: params.map(() => ` and ${project}."search_title" like ?`).join(''), params };
}

/** A project's `search_title`, its title folded, kept by the database (created by Migration20261204094414). */
export const PROJECT_SEARCH_TITLE = keptColumn({
  schema: 'servizio_civile',
  table: 'project',
  column: 'search_title',
  from: ['title'],
  value: (column) => folded(column('title')),
});
