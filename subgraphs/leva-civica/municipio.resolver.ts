import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FirstArg, firstOf } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { figureBasis } from '../shared/figure.js';
import { municipioKeyReference } from '../shared/municipio-key.js';
import { Municipio, MunicipioLevaCivica } from './municipio.js';
import { LevaCivicaProject } from './project.js';
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

@Resolver(() => MunicipioLevaCivica)
export class MunicipioLevaCivicaResolver {
  @FieldResolver(() => [LevaCivicaProject], { description: 'The projects at sites in this Municipio, by title, at most `first` of them.' })
  projects(@Root() levaCivica: MunicipioLevaCivica, @FirstArg('projects') first: number): LevaCivicaProject[] {
    return firstOf(levaCivica.allProjects, first);
  }
}

export const municipioReference = municipioKeyReference(Municipio);
