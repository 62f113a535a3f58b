import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { municipioNumberOf, Point } from './point.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/**
 * The first `first` points of each Municipio (by kind, name and id), by the source's Municipio or,
 * failing that, the one derived from the boundaries: one statement for every Municipio, and the
 * database keeps only what the page shows, however many points a Municipio has.
 */
export const pointsByMunicipio = (ctx: Context, first: number) =>
  loader<number, Point[]>(
    ctx,
    `pointsByMunicipio:${first}`,
    async (numbers) => {
      const rows: Record<string, unknown>[] = await ctx.em.execute(
        `select * from (
           select p.*, row_number() over (
             partition by coalesce(p.municipio_number, p.derived_municipio_number) order by p.kind, p.name, p.id
           ) as rank_in_municipio
           from ${tableOf(ctx.em, Point)} p
           where p.municipio_number = any(array[?]::int[]) or (p.municipio_number is null and p.derived_municipio_number = any(array[?]::int[]))
         ) ranked
         where rank_in_municipio <= ?
         order by kind, name, id`,
        [[...numbers], [...numbers], first],
      );
      const points = rows.map(({ rank_in_municipio: _rank, ...row }) => ctx.em.map(Point, row));
      return groupBy(points, (p) => municipioNumberOf(p) ?? 0);
    },
    [],
  );
