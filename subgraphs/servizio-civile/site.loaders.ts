import type { Context } from '../shared/context.js';
import { loader } from '../shared/loader.js';
import { ServizioCivileSite } from './site.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/** spazio-comune asks for sites by code (to place them on the map of the Municipi): batched into one query. */
export const siteByCode = (ctx: Context) =>
  loader<string, ServizioCivileSite | null>(
    ctx,
    'siteByCode',
    async (codes) => new Map((await ctx.em.find(ServizioCivileSite, { code: { $in: [...codes] } })).map((s) => [s.code, s])),
    null,
  );
