import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { type Opportunity, OpportunityFilter, opportunityMatcher, opportunityType, YouthProgramme } from '../shared/opportunity.js';
import { Municipio } from './municipio.js';
import { LevaCivicaProject } from './project.js';

export const YouthOpportunity = opportunityType(Municipio);

@Resolver()
export class OpportunityQueries {
  @Query(() => [YouthOpportunity], { description: 'Leva Civica opportunities for young people: one per project, by title.' })
  async levaCivicaOpportunities(
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which opportunities to list (callYear does not apply).' })
    filter: OpportunityFilter | null,
    @Ctx() ctx: Context,
  ): Promise<Opportunity<Municipio>[]> {
    const matches = opportunityMatcher(filter);
    const projects = await ctx.em.find(LevaCivicaProject, {}, { populate: ['site'], orderBy: { title: 'asc', id: 'asc' } });
    return projects
      .filter((p) => matches(p.site.unwrap().municipioNumber, p.hours.weeklyAverage))
      .map((p) => {
        const site = p.site.unwrap();
        return {
          programme: YouthProgramme.LEVA_CIVICA,
          title: p.title,
          callYear: null,
          places: p.places,
          weeklyHours: p.hours.weeklyAverage,
          annualHours: p.hours.total,
          site: { name: site.name, address: site.address },
          municipio: site.municipioNumber === null ? null : Municipio.of(site.municipioNumber),
          source: p.source,
        };
      });
  }
}
