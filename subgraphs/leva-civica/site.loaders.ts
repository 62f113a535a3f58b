import type { Context } from '../shared/context.js';
import { loader } from '../shared/loader.js';
import { LevaCivicaSite } from './site.js';

/** Sites by key, for the gateway's entity lookups (Query.node): the ids of one request in one statement. */
export const siteById = (ctx: Context) =>
  loader<string, LevaCivicaSite | null>(
    ctx,
    'siteById',
    async (ids) => new Map((await ctx.em.find(LevaCivicaSite, { id: { $in: [...ids] } })).map((s) => [s.id, s])),
    null,
  );
