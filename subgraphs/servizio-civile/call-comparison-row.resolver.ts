import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { figureBasis } from '../shared/figure-basis.js';
import { ServizioCivileCall } from './call.js';
import { ServizioCivileCallComparisonRow } from './call-comparison-row.js';
import { ServizioCivilePlacement } from './placement.js';
import type { ServizioCivileSite } from './site.js';
import { checkCallYear } from './validation.js';

@Resolver(() => ServizioCivileCallComparisonRow)
export class ServizioCivileCallComparisonRowResolver {
  // The sites of two calls: at most twice a call's placements (100).
  @Directive('@listSize(assumedSize: 200)')
  @Query(() => [ServizioCivileCallComparisonRow], {
    nullable: true,
    description:
      'Every site present in either of two calls with its volunteers in each and the difference, by site code; null when either call is unknown.',
  })
  async servizioCivileCallComparison(
    @Arg('fromYear', () => Int, { description: 'The year of the earlier call.' }) fromYear: number,
    @Arg('toYear', () => Int, { description: 'The year of the later call.' }) toYear: number,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivileCallComparisonRow[] | null> {
    checkCallYear(fromYear, 'fromYear');
    checkCallYear(toYear, 'toYear');
    const years = [...new Set([fromYear, toYear])];
    if ((await ctx.em.count(ServizioCivileCall, { year: { $in: years } })) < years.length) return null;
    const placements = await ctx.em.find(ServizioCivilePlacement, { call: { $in: years } }, { populate: ['site'] });
    const bySite = new Map<string, { site: ServizioCivileSite; from: ServizioCivilePlacement[]; to: ServizioCivilePlacement[] }>();
    for (const placement of placements) {
      const site = placement.site.unwrap();
      const entry = bySite.get(site.code) ?? { site, from: [], to: [] };
      const year = placement.call.unwrap().year;
      if (year === fromYear) entry.from.push(placement);
      if (year === toYear) entry.to.push(placement);
      bySite.set(site.code, entry);
    }
    return [...bySite.values()]
      .map(({ site, from, to }) => {
        const fromVolunteersBasis = figureBasis(from, (p) => p.volunteers);
        const toVolunteersBasis = figureBasis(to, (p) => p.volunteers);
        const fromVolunteers = fromVolunteersBasis.value;
        const toVolunteers = toVolunteersBasis.value;
        return { site, fromVolunteers, toVolunteers, delta: toVolunteers - fromVolunteers, fromVolunteersBasis, toVolunteersBasis };
      })
      .sort((a, b) => a.site.code.localeCompare(b.site.code));
  }
}
