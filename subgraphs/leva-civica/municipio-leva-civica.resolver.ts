import { FieldResolver, Resolver, Root } from 'type-graphql';
import { FirstArg, firstOf } from '../shared/connection.js';
import { MunicipioLevaCivica } from './municipio-leva-civica.js';
import { LevaCivicaProject } from './project.js';

@Resolver(() => MunicipioLevaCivica)
export class MunicipioLevaCivicaResolver {
  @FieldResolver(() => [LevaCivicaProject], { description: 'The projects at sites in this Municipio, by title, at most `first` of them.' })
  projects(@Root() levaCivica: MunicipioLevaCivica, @FirstArg('projects') first: number): LevaCivicaProject[] {
    return firstOf(levaCivica.allProjects, first);
  }
}
