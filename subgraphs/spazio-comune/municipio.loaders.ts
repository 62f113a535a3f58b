import type { Context } from '../shared/context.js';
import { entityLoader, loader } from '../shared/loader.js';
import { municipioNumbersAt } from './geography.js';
import { type Boundary, Municipio } from './municipio.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const municipioByNumber = (ctx: Context) => entityLoader(ctx, Municipio, 'number');

/** The official boundaries of the requested Municipi (a lazy column: read only when asked for). */
export const boundaryByMunicipio = (ctx: Context) =>
  loader<number, Boundary>(
    ctx,
    'boundaryByMunicipio',
    async (numbers) => {
      const rows = await ctx.em
        .createQueryBuilder(Municipio)
        .select(['number', 'boundary'])
        .where({ number: { $in: [...numbers] } })
        .execute<{ number: number; boundary: Boundary }[]>('all');
      return new Map(rows.map((row) => [row.number, row.boundary]));
    },
    { type: 'Polygon', coordinates: [] },
  );

/** Positions to Municipi, for every site of a request in one query. */
export const municipioNumberByPosition = (ctx: Context) =>
  loader<string, number | null>(
    ctx,
    'municipioNumberByPosition',
    async (keys) => {
      const positions = keys.map((k) => k.split(',').map(Number) as [number, number]);
      const numbers = await municipioNumbersAt(ctx.em, positions);
      return new Map(keys.map((k, i) => [k, numbers[i] ?? null]));
    },
    null,
  );
