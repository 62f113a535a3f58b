import { Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { lastChangeAt } from '../shared/audit-entry-connection.js';
import type { Context } from '../shared/context.js';
import { FigureBasis } from '../shared/figure-basis.js';
import { DateTime } from '../shared/scalars.js';
import { Indicator } from './indicator.js';
import { actualBasisByIndicator } from './indicator.loaders.js';

/** The kinds of record whose changes move the indicators' figures, as the audit trail names them. */
const INDICATOR_CHANGES = ['ParticipationRecord', 'Indicator'] as const;

@Resolver(() => Indicator)
export class IndicatorResolver {
  // The result indicators of the sheets: 2 today.
  @Directive('@listSize(assumedSize: 50)')
  @Query(() => [Indicator], { description: 'The result indicators of the technical sheets, with targets and actual values.' })
  indicators(@Ctx() ctx: Context): Promise<Indicator[]> {
    return ctx.em.find(Indicator, {}, { orderBy: { code: 'asc' } });
  }

  @Directive('@cost(weight: 1)')
  @Query(() => DateTime, {
    nullable: true,
    description:
      'When an indicator or its actual value last changed (participation recorded, an indicator corrected by a data migration): the last such entry appended to the audit trail; null when none has been since the seed. The catalogue’s dct:modified.',
  })
  indicatorsChangedAt(@Ctx() ctx: Context): Promise<Date | null> {
    return lastChangeAt(ctx.em, INDICATOR_CHANGES);
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
