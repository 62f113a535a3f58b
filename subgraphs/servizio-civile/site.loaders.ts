import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { ServizioCivilePlacement } from './placement.js';
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

/** The sites of every requested Municipio with placements in one call, by code: one statement, without the placements. */
export const sitesByMunicipio = (ctx: Context, year: number) =>
  loader<number, ServizioCivileSite[]>(
    ctx,
    `sitesByMunicipio:${year}`,
    async (numbers) => {
      const rows: Record<string, unknown>[] = await ctx.em.execute(
        `select s.* from ${tableOf(ctx.em, ServizioCivileSite)} s
         where s.municipio_number = any(array[?]::int[])
           and exists (select 1 from ${tableOf(ctx.em, ServizioCivilePlacement)} p where p.site_code = s.code and p.call_year = ?)
         order by s.code`,
        [[...numbers], year],
      );
      const sites = rows.map((row) => ctx.em.map(ServizioCivileSite, row));
      return groupBy(sites, (site) => site.municipioNumber as number);
    },
    [],
  );
