import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { municipioNumberOf, Point } from './point.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/** The points of each Municipio, by the source's Municipio or, failing that, the one derived from the boundaries. */
export const pointsByMunicipio = (ctx: Context) =>
  loader<number, Point[]>(
    ctx,
    'pointsByMunicipio',
    async (numbers) =>
      groupBy(
        await ctx.em.find(
          Point,
          { $or: [{ municipio: { $in: [...numbers] } }, { municipio: null, derivedMunicipio: { $in: [...numbers] } }] },
          { orderBy: { kind: 'asc', name: 'asc', id: 'asc' } },
        ),
        (p) => municipioNumberOf(p) ?? 0,
      ),
    [],
  );
