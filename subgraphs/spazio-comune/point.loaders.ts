import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { entitiesFromRows, tableOf } from '../shared/sql.js';
import { municipioNumberOf, Point } from './point.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/**
 * The first `first` points of each Municipio (by kind, name and id), by the source's Municipio or,
 * failing that, the one derived from the boundaries: one statement for every Municipio.
 */
export const pointsByMunicipio = (ctx: Context, first: number) =>
  loader<number, Point[]>(
    ctx,
    `pointsByMunicipio:${first}`,
    async (numbers) => {
      // Per Municipio, the first points by the index on (Municipio, kind, name, id): the rows read do not grow with the data.
      const rows: Record<string, unknown>[] = await ctx.em.execute(
        `select p.* from unnest(array[?]::int[]) as m(number)
         cross join lateral (
           select * from ${tableOf(ctx.em, Point)} p
           where coalesce(p.municipio_number, p.derived_municipio_number) = m.number
           order by p.kind, p.name, p.id
           limit ?
         ) p
         order by p.kind, p.name, p.id`,
        [[...numbers], first],
      );
      const points = entitiesFromRows(ctx.em, Point, rows);
      return groupBy(points, (p) => municipioNumberOf(p) ?? 0);
    },
    [],
  );
