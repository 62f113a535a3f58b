import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { municipioKeyReference } from '../shared/municipio-key.js';
import { projectsByMunicipio } from './loaders.js';
import { Municipio, MunicipioLevaCivica } from './municipio.js';

@Resolver(() => Municipio)
export class MunicipioResolver {
  @FieldResolver(() => MunicipioLevaCivica, { nullable: true, description: 'Leva Civica in this Municipio.' })
  async levaCivica(@Root() municipio: Municipio, @Ctx() ctx: Context): Promise<MunicipioLevaCivica> {
    const projects = await projectsByMunicipio(ctx).load(municipio.number);
    return { places: projects.reduce((sum, p) => sum + p.places, 0), projects };
  }
}

export const municipioReference = municipioKeyReference(Municipio);
