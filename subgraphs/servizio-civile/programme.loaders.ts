import type { Context } from '../shared/context.js';
import { entityLoader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { countLoader, firstRowsLoader } from './first-rows.js';
import { ServizioCivileProgramme } from './programme.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

const programmesOfCall = (ctx: Context) => `${tableOf(ctx.em, ServizioCivileProgramme)} x where x.call_year = k.key`;

/** The first `first` programmes of each call, by id. */
export const programmesByCall = (ctx: Context, first: number) =>
  firstRowsLoader<ServizioCivileProgramme, number>(ctx, 'programmesByCall', ServizioCivileProgramme, {
    keyType: 'int',
    rows: programmesOfCall(ctx),
    orderBy: 'x.id',
    first,
  });

export const programmeCountByCall = (ctx: Context) =>
  countLoader<number>(ctx, 'programmeCountByCall', { keyType: 'int', rows: programmesOfCall(ctx) });

/** Programmes by key, for the gateway's entity lookups (Query.node): the ids of one request in one statement. */
export const programmeById = (ctx: Context) => entityLoader(ctx, ServizioCivileProgramme, 'id');
