import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { figureBasis } from '../shared/figure-basis.js';
import { municipioKeyReference } from '../shared/municipio-key.js';
import { Municipio } from './municipio.js';
import { MunicipioLevaCivica } from './municipio-leva-civica.js';
import { projectsByMunicipio } from './project.loaders.js';

@Resolver(() => Municipio)
export class MunicipioResolver {
  @FieldResolver(() => MunicipioLevaCivica, { nullable: true, description: 'Leva Civica in this Municipio.' })
  async levaCivica(@Root() municipio: Municipio, @Ctx() ctx: Context): Promise<MunicipioLevaCivica> {
    const projects = await projectsByMunicipio(ctx).load(municipio.number);
    const placesBasis = figureBasis(projects, (p) => p.places);
    return Object.assign(new MunicipioLevaCivica(), { places: placesBasis.value, placesBasis, allProjects: projects });
  }
}

export const municipioReference = municipioKeyReference(Municipio);
