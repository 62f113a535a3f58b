import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { Indicator } from './indicator.js';
import { actualOfIndicator } from './loaders.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Int, { description: 'The value reached so far: the sum of the recorded participation (0 while none is recorded).' })
  actual(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<number> {
    return actualOfIndicator(ctx).load(indicator.code);
  }
}
