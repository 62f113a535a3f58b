import { Reference } from '@mikro-orm/core';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { loader } from '../shared/loader.js';
import { Indicator } from './indicator.js';
import { Participation } from './participation.js';

/** The recorded participation of every requested indicator, summed in one query. */
const actualOfIndicator = (ctx: Context) =>
  loader<string, number>(
    ctx,
    'actualOfIndicator',
    async (codes) => {
      const totals = new Map<string, number>();
      for (const record of await ctx.em.find(Participation, { indicator: { $in: [...codes] } })) {
        const code = Reference.unwrapReference(record.indicator).code;
        totals.set(code, (totals.get(code) ?? 0) + record.quantity);
      }
      return totals;
    },
    0,
  );

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Int, { description: 'The value reached so far: the sum of the recorded participation (0 while none is recorded).' })
  actual(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<number> {
    return actualOfIndicator(ctx).load(indicator.code);
  }
}
