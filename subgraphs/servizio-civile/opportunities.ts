import { Reference } from '@mikro-orm/core';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { checkFirst, FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { OpportunityFilter, opportunityMatcher } from '../shared/opportunity-filter.js';
import { type Opportunity, opportunityId, opportunityType, YouthProgramme } from '../shared/youth-opportunity.js';
import { LevaCivicaProject } from './leva-civica-project.js';
import { latestCallYear } from './loaders.js';
import { Municipio } from './municipio.js';
import { ServizioCivilePlacement } from './placement.js';
import { checkCallYear } from './validation.js';

export const YouthOpportunity = opportunityType(Municipio, ServizioCivilePlacement, LevaCivicaProject);

@Resolver()
export class OpportunityQueries {
  @Query(() => [YouthOpportunity], {
    description:
      'Servizio Civile opportunities for young people: one per placement of the call (places = volunteers), in the order of the call, at most `first` of them.',
  })
  async servizioCivileOpportunities(
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which opportunities to list.' })
    filter: OpportunityFilter | null,
    @FirstArg('opportunities') first: number,
    @Ctx() ctx: Context,
  ): Promise<Opportunity<Municipio, ServizioCivilePlacement, LevaCivicaProject>[]> {
    checkFirst(first);
    const matches = opportunityMatcher(filter);
    const year = filter?.callYear != null ? checkCallYear(filter.callYear, 'filter') : await latestCallYear(ctx);
    if (year === null) return [];
    const placements = await ctx.em.find(
      ServizioCivilePlacement,
      { call: year },
      { populate: ['project', 'site'], orderBy: { position: 'asc' } },
    );
    return placements
      .filter((p) => matches(p.site.unwrap().municipioNumber, p.project.unwrap().weeklyHours))
      .slice(0, first)
      .map((p) => {
        const project = p.project.unwrap();
        const site = p.site.unwrap();
        return {
          id: opportunityId(YouthProgramme.SERVIZIO_CIVILE, p.id),
          programme: YouthProgramme.SERVIZIO_CIVILE,
          title: project.title,
          callYear: Reference.unwrapReference(p.call).year,
          places: p.volunteers,
          weeklyHours: project.weeklyHours,
          annualHours: project.annualHours,
          site: { name: site.name, address: p.address },
          municipio: site.municipioNumber === null ? null : Municipio.of(site.municipioNumber),
          servizioCivilePlacement: p,
          levaCivicaProject: null,
          source: p.source,
        };
      });
  }
}
