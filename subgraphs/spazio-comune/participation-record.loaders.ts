import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { ParticipationRecord } from './participation-record.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/** The recorded participation of every requested indicator, in one query. */
export const participationRecordsByIndicator = (ctx: Context) =>
  loader<string, ParticipationRecord[]>(
    ctx,
    'participationRecordsByIndicator',
    async (codes) =>
      groupBy(
        await ctx.em.find(ParticipationRecord, { indicator: { $in: [...codes] } }),
        (r) => Reference.unwrapReference(r.indicator).code,
      ),
    [],
  );
