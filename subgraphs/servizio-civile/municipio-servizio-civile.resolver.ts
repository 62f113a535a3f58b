import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { MunicipioServizioCivile } from './municipio-servizio-civile.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementsByMunicipio } from './placement.loaders.js';

@Resolver(() => MunicipioServizioCivile)
export class MunicipioServizioCivileResolver {
  // Placements of the call in one Municipio: at most the call's (100).
  @Directive('@listSize(assumedSize: 100)')
  @FieldResolver(() => [ServizioCivilePlacement], { description: 'The placements of the call at sites in this Municipio.' })
  placements(@Root() servizioCivile: MunicipioServizioCivile, @Ctx() ctx: Context): Promise<ServizioCivilePlacement[]> {
    return placementsByMunicipio(ctx, servizioCivile.callYear).load(servizioCivile.municipioNumber);
  }
}
