import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { FirstArg, MAX_PAGE } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { MunicipioServizioCivile } from './municipio-servizio-civile.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementCountOfMunicipio, placementsByMunicipio } from './placement.loaders.js';
import { ServizioCivileSite } from './site.js';
import { siteCountByMunicipio, sitesByMunicipio } from './site.loaders.js';

/**
 * A Municipio holds a few sites of a call of the Comune, and about 150 of a national call. What a
 * Municipio lists unless asked for more: CityOverview lists the sites of all nine, and at scale 100
 * (load 12) took 220 ms with 100 each, 113 ms with 20 (the time goes in hydrating the sites).
 */
const MUNICIPIO_LIST = 20;

@Resolver(() => MunicipioServizioCivile)
export class MunicipioServizioCivileResolver {
  @FieldResolver(() => [ServizioCivileSite], {
    description: `The sites in this Municipio with placements in the call, by code, at most \`first\` of them (${MUNICIPIO_LIST} unless asked, 1 to ${MAX_PAGE}); siteCount tells how many there are.`,
  })
  sites(
    @Root() servizioCivile: MunicipioServizioCivile,
    @FirstArg('sites', MUNICIPIO_LIST) first: number,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivileSite[]> {
    return sitesByMunicipio(ctx, servizioCivile.callYear, first).load(servizioCivile.municipioNumber);
  }

  @FieldResolver(() => Int, {
    description: 'How many sites in this Municipio have placements in the call (sites lists the first of them).',
  })
  siteCount(@Root() servizioCivile: MunicipioServizioCivile, @Ctx() ctx: Context): Promise<number> {
    return siteCountByMunicipio(ctx, servizioCivile.callYear).load(servizioCivile.municipioNumber);
  }

  @FieldResolver(() => [ServizioCivilePlacement], {
    description: `The placements of the call at sites in this Municipio, by site code then in the order of the call, at most \`first\` of them (${MUNICIPIO_LIST} unless asked, 1 to ${MAX_PAGE}); placementCount tells how many there are.`,
  })
  placements(
    @Root() servizioCivile: MunicipioServizioCivile,
    @FirstArg('placements', MUNICIPIO_LIST) first: number,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivilePlacement[]> {
    return placementsByMunicipio(ctx, servizioCivile.callYear, first).load(servizioCivile.municipioNumber);
  }

  @FieldResolver(() => Int, {
    description: 'How many placements the call has at sites in this Municipio (placements lists the first of them).',
  })
  placementCount(@Root() servizioCivile: MunicipioServizioCivile, @Ctx() ctx: Context): Promise<number> {
    return placementCountOfMunicipio(ctx, servizioCivile.callYear, servizioCivile.municipioNumber);
  }
}
