import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { Call } from './call.js';
import { Site } from './site.js';
import { checkCallYear, checkSiteCode } from './validation.js';

@Resolver()
export class ServizioCivileQueries {
  @Query(() => [Call], { description: 'Every call of Servizio Civile Universale on record, newest first.' })
  servizioCivileCalls(@Ctx() ctx: Context): Promise<Call[]> {
    return ctx.em.find(Call, {}, { orderBy: { year: 'desc' } });
  }

  @Query(() => Call, { nullable: true, description: 'One call by its year; null when there is no call for that year.' })
  servizioCivileCall(
    @Arg('year', () => Int, { description: 'The year of the call, e.g. 2022.' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<Call | null> {
    return ctx.em.findOne(Call, { year: checkCallYear(year) });
  }

  @Query(() => Site, { nullable: true, description: 'One site by its national code; null when no site has that code.' })
  servizioCivileSite(
    @Arg('code', () => ID, { description: 'The national code of the site (codice sede), e.g. "202928".' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<Site | null> {
    return ctx.em.findOne(Site, { code: checkSiteCode(code) });
  }

  @Query(() => [Site], { description: 'Every site on record, by national code.' })
  servizioCivileSites(@Ctx() ctx: Context): Promise<Site[]> {
    return ctx.em.find(Site, {}, { orderBy: { code: 'asc' } });
  }
}
