import { Reference } from '@mikro-orm/core';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { type Opportunity, YouthProgramme, youthOpportunities } from '../shared/youth-opportunity.js';
import { OpportunityFilter } from '../shared/youth-opportunity-filter.js';
import { latestCallYear } from './call.loaders.js';
import type { LevaCivicaProject } from './leva-civica-project.js';
import { Municipio } from './municipio.js';
import { ServizioCivilePlacement } from './placement.js';
import { checkCallYear } from './validation.js';
import { YouthOpportunity } from './youth-opportunity.js';

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
  ): Promise<Opportunity<Municipio, ServizioCivilePlacement, LevaCivicaProject>[]> {
    return youthOpportunities<ServizioCivilePlacement, Municipio, ServizioCivilePlacement, LevaCivicaProject>(
      { programme: YouthProgramme.SERVIZIO_CIVILE, municipio: Municipio, filter, first },
      async () => {
        const year = filter?.callYear != null ? checkCallYear(filter.callYear, 'filter') : await latestCallYear(ctx);
        if (year === null) return [];
        // Filtered and cut in SQL (the shared matcher checks the same again): a national call has 70,000 placements.
        const { municipio, minWeeklyHours: min, maxWeeklyHours: max } = filter ?? {};
        const weeklyHours = { ...(min == null ? {} : { $gte: min }), ...(max == null ? {} : { $lte: max }) };
        return ctx.em.find(
          ServizioCivilePlacement,
          {
            call: year,
            ...(municipio == null ? {} : { site: { municipioNumber: municipio } }),
            ...(min == null && max == null ? {} : { project: { weeklyHours } }),
          },
          { populate: ['project', 'site'], orderBy: { position: 'asc', id: 'asc' }, limit: first },
        );
      },
      (p) => {
        const project = p.project.unwrap();
        const site = p.site.unwrap();
        return {
          recordId: p.id,
          title: project.title,
          callYear: Reference.unwrapReference(p.call).year,
          places: p.volunteers,
          weeklyHours: project.weeklyHours,
          annualHours: project.annualHours,
          site: { name: site.name, address: p.address },
          municipioNumber: site.municipioNumber,
          servizioCivilePlacement: p,
          levaCivicaProject: null,
          source: p.source,
        };
      },
    );
  }
}
