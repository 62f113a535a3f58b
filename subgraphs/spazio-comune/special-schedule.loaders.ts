import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { chargeRecords } from '../shared/record-budget.js';
import { type SourceColumns, sourceOfRow } from '../shared/source.js';
import { tableOf } from '../shared/sql.js';
import type { Activity } from './opening-hours.js';
import { SpecialSchedule } from './special-schedule.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

interface Row extends SourceColumns {
  id: string;
  point_id: string;
  valid_from: string;
  valid_to: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
  activity: Activity | null;
  reason: string;
}

/** A special schedule as the graph answers it, from its row. */
const specialOf = (row: Row): SpecialSchedule =>
  Object.assign(new SpecialSchedule(), {
    id: row.id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    closed: row.closed,
    opens: row.opens,
    closes: row.closes,
    activity: row.activity,
    reason: row.reason,
    source: sourceOfRow(row),
  });

/**
 * The special schedules of each point, by start date and id, as plain rows made into values the ORM
 * does not manage, as the weekly intervals are (opening-hours.loaders.ts): every point of a
 * PointsNearby asks for them to say whether it is open. The rows count against HUB_MAX_RECORDS.
 */
export const specialSchedulesByPoint = (ctx: Context) =>
  loader<string, SpecialSchedule[]>(
    ctx,
    'specialSchedulesByPoint',
    async (ids) => {
      const rows: Row[] = await ctx.em.execute(
        `select id, point_id, valid_from::text as valid_from, valid_to::text as valid_to, closed, opens, closes, activity, reason,
           source_document, source_section, source_url, source_demo
         from ${tableOf(ctx.em, SpecialSchedule)} where point_id = any(array[?]::text[]) order by valid_from, id`,
        [[...ids]],
      );
      chargeRecords(ctx.em, rows.length);
      return new Map([...groupBy(rows, (row) => row.point_id)].map(([id, list]) => [id, list.map(specialOf)]));
    },
    [],
  );
