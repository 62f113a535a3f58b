import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { type Connection, connectionType, keysetPage } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { Call } from './call.js';
import { Placement } from './placement.js';
import { Site } from './site.js';

const SiteConnection = connectionType(Site, 'ServizioCivileSite', 'site');
const PlacementConnection = connectionType(Placement, 'ServizioCivilePlacement', 'placement');

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

  @Query(() => SiteConnection, { description: 'The sites on record in pages (Relay cursor connection), by national code.' })
  servizioCivileSites(
    @Arg('first', () => Int, { description: 'How many sites per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Site>> {
    return keysetPage(ctx.em, Site, { list: 'sites', key: 'code', where: {}, first, after });
  }

  @Query(() => PlacementConnection, {
    description: 'The placements on record in pages (Relay cursor connection), by id; callYear narrows them to one call.',
  })
  servizioCivilePlacements(
    @Arg('first', () => Int, { description: 'How many placements per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Arg('callYear', () => Int, { nullable: true, description: 'Only the placements of this call.' }) callYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<Placement>> {
    const where = callYear == null ? {} : { call: checkCallYear(callYear, 'callYear') };
    return keysetPage(ctx.em, Placement, { list: 'placements', key: 'id', where, first, after });
  }
}
