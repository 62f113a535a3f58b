import { Arg, Ctx, Directive, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { basisOfSums } from '../shared/figure-basis.js';
import { ServizioCivileCall } from './call.js';
import { ServizioCivileCallComparisonRow } from './call-comparison-row.js';
import { volunteersBySiteByCall } from './placement.loaders.js';
import type { ServizioCivileSite } from './site.js';
import { siteByCode } from './site.loaders.js';
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
    // The volunteers of both calls per site summed in SQL, then the sites of the rows: two statements, whatever the calls hold.
    const [from, to] = await Promise.all([volunteersBySiteByCall(ctx).load(fromYear), volunteersBySiteByCall(ctx).load(toYear)]);
    const codes = [...new Set([...from.keys(), ...to.keys()])];
    const sites = await Promise.all(codes.map((code) => siteByCode(ctx).load(code)));
    return codes
      .map((code, i) => {
        const fromVolunteersBasis = from.get(code) ?? basisOfSums([]);
        const toVolunteersBasis = to.get(code) ?? basisOfSums([]);
        const fromVolunteers = fromVolunteersBasis.value;
        const toVolunteers = toVolunteersBasis.value;
        const site = sites[i] as ServizioCivileSite;
        return { site, fromVolunteers, toVolunteers, delta: toVolunteers - fromVolunteers, fromVolunteersBasis, toVolunteersBasis };
      })
      .sort((a, b) => a.site.code.localeCompare(b.site.code));
  }
}
