import type { Context } from '../shared/context.js';
import { entityLoader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { countLoader, firstRowsLoader } from './first-rows.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileSite } from './site.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/** spazio-comune asks for sites by code (to place them on the map of the Municipi): batched into one query. */
export const siteByCode = (ctx: Context) => entityLoader(ctx, ServizioCivileSite, 'code');

/** The sites of a Municipio with placements in one call: `k.key` is the Municipio. */
const sitesOfMunicipio = (ctx: Context) =>
  `${tableOf(ctx.em, ServizioCivileSite)} x where x.municipio_number = k.key
   and exists (select 1 from ${tableOf(ctx.em, ServizioCivilePlacement)} p where p.site_code = x.code and p.call_year = ?)`;

/** The first `first` sites (by code) of every requested Municipio with placements in one call: one statement, without the placements. */
export const sitesByMunicipio = (ctx: Context, year: number, first: number) =>
  firstRowsLoader<ServizioCivileSite, number>(ctx, 'sitesByMunicipio', ServizioCivileSite, {
    keyType: 'int',
    rows: sitesOfMunicipio(ctx),
    params: [year],
    orderBy: 'x.code',
    first,
  });

export const siteCountByMunicipio = (ctx: Context, year: number) =>
  countLoader<number>(ctx, 'siteCountByMunicipio', { keyType: 'int', rows: sitesOfMunicipio(ctx), params: [year] });
