import type { Context } from '../shared/context.js';
import { intervalsByPoint } from './opening-hours.loaders.js';
import type { Schedule } from './schedule.js';
import { specialSchedulesByPoint } from './special-schedule.loaders.js';

/** A point's weekly hours and special schedules: two queries for all the points of a request. */
export async function scheduleOf(ctx: Context, pointId: string): Promise<Schedule> {
  const [weekly, specials] = await Promise.all([intervalsByPoint(ctx).load(pointId), specialSchedulesByPoint(ctx).load(pointId)]);
  return { weekly, specials };
}
