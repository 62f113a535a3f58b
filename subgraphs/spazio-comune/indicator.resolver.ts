import { Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { FigureBasis } from '../shared/figure-basis.js';
import { Indicator } from './indicator.js';
import { actualBasisByIndicator } from './indicator.loaders.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  // The result indicators of the sheets: 2 today.
  @Directive('@listSize(assumedSize: 50)')
  @Query(() => [Indicator], { description: 'The result indicators of the technical sheets, with targets and actual values.' })
  indicators(@Ctx() ctx: Context): Promise<Indicator[]> {
    return ctx.em.find(Indicator, {}, { orderBy: { code: 'asc' } });
  }

  @FieldResolver(() => Int, {
    description:
      'The value reached so far: the sum of the recorded participation (0 while none is recorded). With the demo data set on it includes demo participation: actualBasis tells the real value from the demo part.',
  })
  async actual(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<number> {
    return (await this.actualBasis(indicator, ctx)).value;
  }

  @FieldResolver(() => FigureBasis, {
    description: 'What actual rests on: recorded participation that is real, and that of the demo data set.',
  })
  actualBasis(@Root() indicator: Indicator, @Ctx() ctx: Context): Promise<FigureBasis> {
    return actualBasisByIndicator(ctx).load(indicator.code);
  }
}
