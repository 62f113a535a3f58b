import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { checkFirst, FirstArg, MAX_PAGE } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { basisOfSums } from '../shared/figure-basis.js';
import { ServizioCivileCall } from './call.js';
import { comparisonPage } from './call-comparison-page.js';
import { ServizioCivileCallComparisonRow } from './call-comparison-row.js';
import { checkCallYear, checkSiteCode } from './validation.js';

@Resolver(() => ServizioCivileCallComparisonRow)
export class ServizioCivileCallComparisonRowResolver {
  @Query(() => [ServizioCivileCallComparisonRow], {
    nullable: true,
    description: `The sites present in either of two calls with their volunteers in each and the difference, by site code, at most \`first\` of them (${MAX_PAGE} unless asked, 1 to ${MAX_PAGE}); the next rows come with after set to the code of the last site. Null when either call is unknown.`,
  })
  async servizioCivileCallComparison(
    @Arg('fromYear', () => Int, { description: 'The year of the earlier call.' }) fromYear: number,
    @Arg('toYear', () => Int, { description: 'The year of the later call.' }) toYear: number,
    @Ctx() ctx: Context,
    @FirstArg('sites', MAX_PAGE) first: number,
    @Arg('after', () => ID, {
      nullable: true,
      description: 'Only the sites whose code comes after this one: the code of the last site of the previous rows.',
    })
    after?: string | null,
  ): Promise<ServizioCivileCallComparisonRow[] | null> {
    checkCallYear(fromYear, 'fromYear');
    checkCallYear(toYear, 'toYear');
    const page = { fromYear, toYear, first: checkFirst(first), after: after == null ? null : checkSiteCode(after, 'after') };
    const years = [...new Set([fromYear, toYear])];
    if ((await ctx.em.count(ServizioCivileCall, { year: { $in: years } })) < years.length) return null;
    return (await comparisonPage(ctx, page)).map(({ site, from, to }) => {
      const fromVolunteersBasis = basisOfSums(from);
      const toVolunteersBasis = basisOfSums(to);
      const fromVolunteers = fromVolunteersBasis.value;
      const toVolunteers = toVolunteersBasis.value;
      return { site, fromVolunteers, toVolunteers, delta: toVolunteers - fromVolunteers, fromVolunteersBasis, toVolunteersBasis };
    });
  }
}
