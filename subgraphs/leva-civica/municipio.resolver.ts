import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { municipioKeyReference } from '../shared/municipio-key.js';
import { Municipio } from './municipio.js';
import { MunicipioLevaCivica } from './municipio-leva-civica.js';
import { placesBasisByMunicipio } from './project.loaders.js';

@Resolver(() => Municipio)
export class MunicipioResolver {
  @FieldResolver(() => MunicipioLevaCivica, { nullable: true, description: 'Leva Civica in this Municipio.' })
  async levaCivica(@Root() municipio: Municipio, @Ctx() ctx: Context): Promise<MunicipioLevaCivica> {
    const placesBasis = await placesBasisByMunicipio(ctx).load(municipio.number);
    return Object.assign(new MunicipioLevaCivica(), { places: placesBasis.value, placesBasis, municipioNumber: municipio.number });
  }
}

export const municipioReference = municipioKeyReference(Municipio);
