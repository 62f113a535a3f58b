import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { type Opportunity, YouthProgramme, youthOpportunities } from '../shared/youth-opportunity.js';
import { OpportunityFilter } from '../shared/youth-opportunity-filter.js';
import { Municipio } from './municipio.js';
import { LevaCivicaProject } from './project.js';
import type { ServizioCivilePlacement } from './servizio-civile-placement.js';
import { YouthOpportunity } from './youth-opportunity.js';

@Resolver(() => YouthOpportunity)
export class YouthOpportunityResolver {
  @Query(() => [YouthOpportunity], {
    description: 'Leva Civica opportunities for young people: one per project, by title, at most `first` of them.',
  })
  levaCivicaOpportunities(
    @Arg('filter', () => OpportunityFilter, { nullable: true, description: 'Which opportunities to list (callYear does not apply).' })
    filter: OpportunityFilter | null,
    @FirstArg('opportunities') first: number,
    @Ctx() ctx: Context,
  ): Promise<Opportunity<Municipio, ServizioCivilePlacement, LevaCivicaProject>[]> {
    return youthOpportunities<LevaCivicaProject, Municipio, ServizioCivilePlacement, LevaCivicaProject>(
      { programme: YouthProgramme.LEVA_CIVICA, municipio: Municipio, filter, first },
      () => ctx.em.find(LevaCivicaProject, {}, { populate: ['site'], orderBy: { title: 'asc', id: 'asc' } }),
      (p) => {
        const site = p.site.unwrap();
        return {
          recordId: p.id,
          title: p.title,
          callYear: null,
          places: p.places,
          weeklyHours: p.hours.weeklyAverage,
          annualHours: p.hours.total,
          site: { name: site.name, address: site.address },
          municipioNumber: site.municipioNumber,
          servizioCivilePlacement: null,
          levaCivicaProject: p,
          source: p.source,
        };
      },
    );
  }
}
