import { FieldResolver, Resolver, Root } from 'type-graphql';
import { GovernanceBody } from './governance-body.js';

@Resolver(() => GovernanceBody)
export class GovernanceBodyResolver {
  @FieldResolver(() => GovernanceBody, {
    nullable: true,
    description: 'The body it reports to: the Coordinamenti to the Cabina di Regia Integrata; null when none.',
  })
  reportsTo(@Root() body: GovernanceBody): Promise<GovernanceBody> | null {
    return body.reportsTo ? body.reportsTo.loadOrFail() : null;
  }
}
