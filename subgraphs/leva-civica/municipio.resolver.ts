import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { figureBasis } from '../shared/figure.js';
import { municipioKeyReference } from '../shared/municipio-key.js';
import { projectsByMunicipio } from './loaders.js';
import { Municipio, MunicipioLevaCivica } from './municipio.js';

@Resolver(() => Municipio)
export class MunicipioResolver {
  @FieldResolver(() => MunicipioLevaCivica, { nullable: true, description: 'Leva Civica in this Municipio.' })
  async levaCivica(@Root() municipio: Municipio, @Ctx() ctx: Context): Promise<MunicipioLevaCivica> {
    const projects = await projectsByMunicipio(ctx).load(municipio.number);
    const placesBasis = figureBasis(projects, (p) => p.places);
    return { places: placesBasis.value, placesBasis, projects };
  }
}

export const municipioReference = municipioKeyReference(Municipio);
