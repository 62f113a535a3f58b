import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementsByProject } from './placement.loaders.js';
import { ServizioCivileProgramme } from './programme.js';
import { ServizioCivileProject } from './project.js';

@Resolver(() => ServizioCivileProject)
export class ServizioCivileProjectResolver {
  // One per site of the project: 7 in the 2022 call. 10 (the call's 100 over its 20 projects, twice)
  // keeps the HSDS programmes, which read every call's projects and placements, under HUB_MAX_COST.
  @Directive('@listSize(assumedSize: 10)')
  @FieldResolver(() => [ServizioCivilePlacement], {
    description: 'The sites of the project with their volunteers, in the order of the call.',
  })
  placements(@Root() project: ServizioCivileProject, @Ctx() ctx: Context): Promise<ServizioCivilePlacement[]> {
    return placementsByProject(ctx).load(project.id);
  }

  @FieldResolver(() => ServizioCivileProgramme, { description: 'The programme the project belongs to.' })
  programme(@Root() project: ServizioCivileProject): Promise<ServizioCivileProgramme> {
    return project.programme.loadOrFail();
  }
}
