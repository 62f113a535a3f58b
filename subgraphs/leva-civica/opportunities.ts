import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { checkFirst, FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { OpportunityFilter, opportunityMatcher } from '../shared/opportunity-filter.js';
import { type Opportunity, opportunityId, opportunityType, YouthProgramme } from '../shared/youth-opportunity.js';
import { Municipio } from './municipio.js';
import { LevaCivicaProject } from './project.js';
import { ServizioCivilePlacement } from './servizio-civile-placement.js';

export const YouthOpportunity = opportunityType(Municipio, ServizioCivilePlacement, LevaCivicaProject);

@Resolver()
export class OpportunityQueries {
  @Query(() => [YouthOpportunity], {
    description: 'Leva Civica opportunities for young people: one per project, by title, at most `first` of them.',
  })
  async levaCivicaOpportunities(
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which opportunities to list (callYear does not apply).' })
    filter: OpportunityFilter | null,
    @FirstArg('opportunities') first: number,
    @Ctx() ctx: Context,
  ): Promise<Opportunity<Municipio, ServizioCivilePlacement, LevaCivicaProject>[]> {
    checkFirst(first);
    const matches = opportunityMatcher(filter);
    const projects = await ctx.em.find(LevaCivicaProject, {}, { populate: ['site'], orderBy: { title: 'asc', id: 'asc' } });
    return projects
      .filter((p) => matches(p.site.unwrap().municipioNumber, p.hours.weeklyAverage))
      .slice(0, first)
      .map((p) => {
        const site = p.site.unwrap();
        return {
          id: opportunityId(YouthProgramme.LEVA_CIVICA, p.id),
          programme: YouthProgramme.LEVA_CIVICA,
          title: p.title,
          callYear: null,
          places: p.places,
          weeklyHours: p.hours.weeklyAverage,
          annualHours: p.hours.total,
          site: { name: site.name, address: site.address },
          municipio: site.municipioNumber === null ? null : Municipio.of(site.municipioNumber),
          servizioCivilePlacement: null,
          levaCivicaProject: p,
          source: p.source,
        };
      });
  }
}
