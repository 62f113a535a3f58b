import type { Context } from '../shared/context.js';
import { tableOf } from '../shared/sql.js';
import { countLoader, firstRowsLoader } from './first-rows.js';
import { ServizioCivileProgramme } from './programme.js';
import { ServizioCivileProject } from './project.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

const projectsOfCall = (ctx: Context) =>
  `${tableOf(ctx.em, ServizioCivileProject)} x join ${tableOf(ctx.em, ServizioCivileProgramme)} g on g.id = x.programme_id where g.call_year = k.key`;

/** The first `first` projects of each call by id, after the project `after` (the first of all when null). */
export const projectsByCall = (ctx: Context, first: number, after: string | null) =>
  firstRowsLoader<ServizioCivileProject, number>(ctx, 'projectsByCall', ServizioCivileProject, {
    keyType: 'int',
    rows: `${projectsOfCall(ctx)} and x.id > ?`,
    params: [after ?? ''],
    orderBy: 'x.id',
    first,
  });

export const projectCountByCall = (ctx: Context) =>
  countLoader<number>(ctx, 'projectCountByCall', { keyType: 'int', rows: projectsOfCall(ctx) });
