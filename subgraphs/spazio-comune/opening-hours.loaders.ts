import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { chargeRecords } from '../shared/record-budget.js';
import { type SourceColumns, sourceOfRow } from '../shared/source.js';
import { tableOf } from '../shared/sql.js';
import { type Activity, OpeningHours, type Weekday } from './opening-hours.js';
import type { Interval } from './schedule.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

interface Row extends SourceColumns {
  id: string;
  point_id: string;
  day: Weekday;
  opens: string;
  closes: string;
  activity: Activity;
}

/** An interval as the graph answers it, from its row. */
const hoursOf = (row: Row): OpeningHours =>
  Object.assign(new OpeningHours(), {
    id: row.id,
    day: row.day,
    opens: row.opens,
    closes: row.closes,
    activity: row.activity,
    source: sourceOfRow(row),
  });

/**
 * The weekly intervals of each point, by day, opening time and id, read as plain rows and made into
 * OpeningHours values that the ORM does not manage (they are only read: the writes load their own).
 * Hydrating and tracking them as entities was most of what the intervals cost a request (PointsNearby
 * lists 100 points with 450 intervals at scale 100). The rows count against the request's record
 * budget (HUB_MAX_RECORDS) as entities would.
 */
export const openingHoursByPoint = (ctx: Context) =>
  loader<string, OpeningHours[]>(
    ctx,
    'openingHoursByPoint',
    async (ids) => {
      const rows: Row[] = await ctx.em.execute(
        `select id, point_id, day, opens, closes, activity, source_document, source_section, source_url, source_demo
         from ${tableOf(ctx.em, OpeningHours)} where point_id = any(array[?]::text[]) order by day, opens, id`,
        [[...ids]],
      );
      chargeRecords(ctx.em, rows.length);
      return new Map([...groupBy(rows, (row) => row.point_id)].map(([id, list]) => [id, list.map(hoursOf)]));
    },
    [],
  );

/** The weekly intervals of each point, for sums and "open now": the same rows, so one statement serves both. */
export const intervalsByPoint = (ctx: Context): { load(pointId: string): Promise<Interval[]> } => openingHoursByPoint(ctx);
