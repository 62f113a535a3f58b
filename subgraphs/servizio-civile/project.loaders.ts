import type { Context } from '../shared/context.js';
import { entityLoader, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { countLoader, firstRowsLoader } from './first-rows.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileProgramme } from './programme.js';
import { ServizioCivileProject } from './project.js';
import { titleSearch } from './project-search.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

const projectsOfCall = (ctx: Context) =>
  `${tableOf(ctx.em, ServizioCivileProject)} x join ${tableOf(ctx.em, ServizioCivileProgramme)} g on g.id = x.programme_id where g.call_year = k.key`;

/**
 * The first `first` projects of each call by id, after the project `after` (the first of all when
 * null), past `skip` of them, whose title holds the words of `search` (project-search.ts). The offset
 * is taken in a subquery in id order, so the index on the programme and the primary key still give
 * the rows in order and the outer limit stops the scan.
 */
export const projectsByCall = (
  ctx: Context,
  first: number,
  after: string | null,
  skip = 0,
  search: string | null = null,
  only: string[] | null = null,
) => {
  const searched = titleSearch(search);
  // Only these projects (those whose HSDS ids were asked, project-hsds.ts). None is a parameter too (an
  // empty text[]): the loader is kept by its parameters, and `and false` would share the unfiltered one's.
  const matched =
    only === null ? searched : { sql: `${searched.sql} and x.id = any(array[?]::text[])`, params: [...searched.params, only] };
  return firstRowsLoader<ServizioCivileProject, number>(ctx, 'projectsByCall', ServizioCivileProject, {
    keyType: 'int',
    rows:
      skip === 0
        ? `${projectsOfCall(ctx)} and x.id > ?${matched.sql}`
        : `(select x.* from ${projectsOfCall(ctx)} and x.id > ?${matched.sql} order by x.id offset ?) x`,
    params: skip === 0 ? [after ?? '', ...matched.params] : [after ?? '', ...matched.params, skip],
    orderBy: 'x.id',
    first,
  });
};

/** How many projects each call holds, or of them those whose title holds the words of `search`. */
export const projectCountByCall = (ctx: Context, search: string | null = null) => {
  const matched = titleSearch(search);
  return countLoader<number>(ctx, 'projectCountByCall', {
    keyType: 'int',
    rows: `${projectsOfCall(ctx)}${matched.sql}`,
    params: matched.params,
  });
};

/** The volunteers of every placement of each project, summed in one grouped statement (the HSDS description of its service). */
export const volunteersByProject = (ctx: Context) =>
  loader<string, number>(
    ctx,
    'volunteersByProject',
    async (ids) => {
      const rows: { key: string; volunteers: string }[] = await ctx.em.execute(
        `select project_id as key, sum(volunteers) as volunteers from ${tableOf(ctx.em, ServizioCivilePlacement)}
         where project_id = any(array[?]::text[]) group by 1`,
        [[...ids]],
      );
      return new Map(rows.map((row) => [row.key, Number(row.volunteers)]));
    },
    0,
  );

/** Projects by key, for the gateway's entity lookups (Query.node): the ids of one request in one statement. */
export const projectById = (ctx: Context) => entityLoader(ctx, ServizioCivileProject, 'id');
