import { folded, searchWords } from '../shared/search.js';

/**
 * The title search and numbered pages of a call's projects (ServizioCivileCall.projects(search, skip),
 * projectCount(search)), for the HSDS API: it lists the projects page by page and searches them by
 * title in the database, so that neither reads every project of a call (a national call has 3,000).
 * The fold and the bounds of the words are every subgraph's (subgraphs/shared/search.ts).
 */

/**
 * The SQL that keeps the projects (of the table aliased `project`) whose folded title holds every
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

/** The schema-qualified function of the trigger that keeps `search_title` (created by Migration20261204094414). */
const KEEP_SEARCH_TITLE = '"servizio_civile"."keep_project_search_title"';

/** The function that writes a new or retitled project's `search_title`: its title folded (subgraphs/shared/search.ts). */
export const KEEP_PROJECT_SEARCH_TITLE_FUNCTION = `create or replace function ${KEEP_SEARCH_TITLE}() returns trigger language plpgsql as $keep$
begin
  new."search_title" := ${folded('new."title"')};
  return new;
end
$keep$`;

/** The trigger that calls it before each row written, as raw DDL on the entity (MikroORM creates it and never diffs it). */
export const PROJECT_SEARCH_TITLE_TRIGGER = {
  name: 'project_search_title',
  timing: 'before' as const,
  events: ['insert' as const, 'update' as const],
  forEach: 'row' as const,
  expression: `create trigger "project_search_title" before insert or update of "title", "search_title" on "servizio_civile"."project" for each row execute function ${KEEP_SEARCH_TITLE}()`,
};
