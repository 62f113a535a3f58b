import type { Context } from '../shared/context.js';
import { childrenLoader } from '../shared/loader.js';
import { SpecialSchedule } from './special-schedule.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const specialSchedulesByPoint = (ctx: Context) =>
  childrenLoader<SpecialSchedule, string>(ctx, SpecialSchedule, 'point', { validFrom: 'asc', id: 'asc' });
