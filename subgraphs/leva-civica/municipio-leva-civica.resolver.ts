import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FirstArg, firstOf } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { MunicipioLevaCivica } from './municipio-leva-civica.js';
import { LevaCivicaProject } from './project.js';
import { projectsByMunicipio } from './project.loaders.js';

@Resolver(() => MunicipioLevaCivica)
export class MunicipioLevaCivicaResolver {
  @FieldResolver(() => [LevaCivicaProject], { description: 'The projects at sites in this Municipio, by title, at most `first` of them.' })
  async projects(
    @Root() levaCivica: MunicipioLevaCivica,
    @FirstArg('projects') first: number,
    @Ctx() ctx: Context,
  ): Promise<LevaCivicaProject[]> {
    return firstOf(await projectsByMunicipio(ctx).load(levaCivica.municipioNumber), first);
  }
}
