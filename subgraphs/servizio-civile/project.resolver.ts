import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { placementsOfProject } from './loaders.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileProgramme } from './programme.js';
import { ServizioCivileProject } from './project.js';

@Resolver(() => ServizioCivileProject)
export class ServizioCivileProjectResolver {
  @FieldResolver(() => [ServizioCivilePlacement], {
    description: 'The sites of the project with their volunteers, in the order of the call.',
  })
  placements(@Root() project: ServizioCivileProject, @Ctx() ctx: Context): Promise<ServizioCivilePlacement[]> {
    return placementsOfProject(ctx).load(project.id);
  }

  @FieldResolver(() => ServizioCivileProgramme, { description: 'The programme the project belongs to.' })
  programme(@Root() project: ServizioCivileProject): Promise<ServizioCivileProgramme> {
    return project.programme.loadOrFail();
  }
}
