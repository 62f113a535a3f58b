import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { type Connection, checkFirst, connectionType, FirstArg, keysetPage } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { ServizioCivileCall } from './call.js';
import { placementById } from './loaders.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileSite } from './site.js';
import { checkCallYear, checkSiteCode } from './validation.js';

const ServizioCivileSiteConnection = connectionType(ServizioCivileSite, 'ServizioCivileSite', 'site');
const ServizioCivilePlacementConnection = connectionType(ServizioCivilePlacement, 'ServizioCivilePlacement', 'placement');

@Resolver()
export class ServizioCivileQueries {
  @Query(() => [ServizioCivileCall], {
    description: 'The calls of Servizio Civile Universale on record, newest first, at most `first` of them.',
  })
  servizioCivileCalls(@FirstArg('calls') first: number, @Ctx() ctx: Context): Promise<ServizioCivileCall[]> {
    return ctx.em.find(ServizioCivileCall, {}, { orderBy: { year: 'desc' }, limit: checkFirst(first) });
  }

  @Query(() => ServizioCivileCall, { nullable: true, description: 'One call by its year; null when there is no call for that year.' })
  servizioCivileCall(
    @Arg('year', () => Int, { description: 'The year of the call, e.g. 2022.' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivileCall | null> {
    return ctx.em.findOne(ServizioCivileCall, { year: checkCallYear(year) });
  }

  @Query(() => ServizioCivileSite, { nullable: true, description: 'One site by its national code; null when no site has that code.' })
  servizioCivileSite(
    @Arg('code', () => ID, { description: 'The national code of the site (codice sede), e.g. "202928".' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivileSite | null> {
    return ctx.em.findOne(ServizioCivileSite, { code: checkSiteCode(code) });
  }

  @Query(() => ServizioCivilePlacement, {
    nullable: true,
    description: 'One placement by id (the page of a Servizio Civile opportunity); null when there is none.',
  })
  servizioCivilePlacement(
    @Arg('id', () => ID, { description: 'The id of the placement, e.g. "2022-202928".' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivilePlacement | null> {
    return placementById(ctx).load(id);
  }

  @Query(() => ServizioCivileSiteConnection, { description: 'The sites on record in pages (Relay cursor connection), by national code.' })
  servizioCivileSites(
    @Arg('first', () => Int, { description: 'How many sites per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<ServizioCivileSite>> {
    return keysetPage(ctx.em, ServizioCivileSite, { list: 'sites', key: 'code', where: {}, first, after });
  }

  @Query(() => ServizioCivilePlacementConnection, {
    description: 'The placements on record in pages (Relay cursor connection), by id; callYear narrows them to one call.',
  })
  servizioCivilePlacements(
    @Arg('first', () => Int, { description: 'How many placements per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Arg('callYear', () => Int, { nullable: true, description: 'Only the placements of this call.' }) callYear: number | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<ServizioCivilePlacement>> {
    const where = callYear == null ? {} : { call: checkCallYear(callYear, 'callYear') };
    return keysetPage(ctx.em, ServizioCivilePlacement, { list: 'placements', key: 'id', where, first, after });
  }
}
