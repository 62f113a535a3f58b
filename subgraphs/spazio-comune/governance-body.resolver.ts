import { Ctx, Directive, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { GovernanceBody } from './governance-body.js';

@Resolver(() => GovernanceBody)
export class GovernanceBodyResolver {
  // The governance bodies of the sheets: 11 today.
  @Directive('@listSize(assumedSize: 50)')
  @Query(() => [GovernanceBody], { description: 'The governance bodies of SPAZIO COMUNE, by level.' })
  governanceBodies(@Ctx() ctx: Context): Promise<GovernanceBody[]> {
    return ctx.em.find(GovernanceBody, {}, { orderBy: { level: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => GovernanceBody, {
    nullable: true,
    description: 'The body it reports to: the Coordinamenti to the Cabina di Regia Integrata; null when none.',
  })
  reportsTo(@Root() body: GovernanceBody): Promise<GovernanceBody> | null {
    return body.reportsTo ? body.reportsTo.loadOrFail() : null;
  }
}
