import type { Context } from '../shared/context.js';
import { entityLoader, loader } from '../shared/loader.js';
import { ServizioCivileCall } from './call.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const callByYear = (ctx: Context) => entityLoader(ctx, ServizioCivileCall, 'year');

/** The year of the newest call on record (null when there is none), looked up once per request. */
export const latestCallYear = (ctx: Context): Promise<number | null> =>
  loader<'latest', number | null>(
    ctx,
    'latestCallYear',
    async () =>
      new Map([['latest' as const, (await ctx.em.find(ServizioCivileCall, {}, { orderBy: { year: 'desc' }, limit: 1 }))[0]?.year ?? null]]),
    null,
  ).load('latest');
