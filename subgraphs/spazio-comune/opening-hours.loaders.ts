import type { Context } from '../shared/context.js';
import { childrenLoader, groupBy, loader } from '../shared/loader.js';
import { OpeningHours } from './opening-hours.js';
import type { Interval } from './schedule.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const openingHoursByPoint = (ctx: Context) =>
  childrenLoader<OpeningHours, string>(ctx, OpeningHours, 'point', { day: 'asc', opens: 'asc', id: 'asc' });

/**
 * The weekly intervals of each point as plain values, for sums and "open now": the rows are read
 * without making entities of them (hydrating and tracking every interval of every point was most
 * of the CPU that CityOverview cost spazio-comune).
 */
export const intervalsByPoint = (ctx: Context) =>
  loader<string, Interval[]>(
    ctx,
    'intervalsByPoint',
    async (ids) => {
      const rows = await ctx.em
        .createQueryBuilder(OpeningHours)
        .select(['point', 'day', 'opens', 'closes', 'activity'])
        .where({ point: { $in: [...ids] } })
        .orderBy({ day: 'asc', opens: 'asc', id: 'asc' })
        .execute<(Interval & { point: string })[]>('all');
      return groupBy(rows, (row) => row.point);
    },
    [],
  );
