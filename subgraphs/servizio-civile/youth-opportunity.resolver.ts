import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { type Opportunity, opportunityRecordId, YouthProgramme, youthOpportunities } from '../shared/youth-opportunity.js';
import { OpportunityFilter } from '../shared/youth-opportunity-filter.js';
import { latestCallYear } from './call.loaders.js';
import type { LevaCivicaProject } from './leva-civica-project.js';
import { Municipio } from './municipio.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementById } from './placement.loaders.js';
import { checkCallYear } from './validation.js';
import { YouthOpportunity } from './youth-opportunity.js';
import { opportunityFacts } from './youth-opportunity-rows.js';

type ServizioCivileOpportunity = Opportunity<Municipio, ServizioCivilePlacement, LevaCivicaProject>;

@Resolver(() => YouthOpportunity)
export class YouthOpportunityResolver {
  @Query(() => [YouthOpportunity], {
    description:
      'Servizio Civile opportunities for young people: one per placement of the call (places = volunteers), in the order of the call, at most `first` of them.',
  })
  servizioCivileOpportunities(
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which opportunities to list.' })
    filter: OpportunityFilter | null,
    @FirstArg('opportunities') first: number,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivileOpportunity[]> {
    return youthOpportunities(
      { programme: YouthProgramme.SERVIZIO_CIVILE, municipio: Municipio, filter, first },
      async () => {
        const year = filter?.callYear != null ? checkCallYear(filter.callYear, 'filter') : await latestCallYear(ctx);
        if (year === null) return [];
        // Filtered and cut in SQL (the shared matcher checks the same again): a national call has 70,000 placements.
        return opportunityFacts(ctx, { ...filter, year, first });
      },
      (facts) => facts,
    );
  }

  @FieldResolver(() => ServizioCivilePlacement, {
    nullable: true,
    description: 'The Servizio Civile placement this opportunity is (its call, site, project and activities); null for Leva Civica.',
  })
  servizioCivilePlacement(@Root() opportunity: ServizioCivileOpportunity, @Ctx() ctx: Context): Promise<ServizioCivilePlacement | null> {
    return placementById(ctx).load(opportunityRecordId(opportunity.id));
  }
}
