import { Reference } from '@mikro-orm/core';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { placementsOfProject } from './loaders.js';
import { Placement } from './placement.js';
import { Programme } from './programme.js';
import { Project } from './project.js';

@Resolver(() => Project)
export class ProjectResolver {
  @FieldResolver(() => [Placement], { description: 'The sites of the project with their volunteers, in the order of the call.' })
  placements(@Root() project: Project, @Ctx() ctx: Context): Promise<Placement[]> {
    return placementsOfProject(ctx).load(project.id);
  }

  @FieldResolver(() => Programme, { description: 'The programme the project belongs to.' })
  programme(@Root() project: Project): Promise<Programme> {
    return project.programme.loadOrFail();
  }
}

@Resolver(() => Programme)
export class ProgrammeResolver {
  @FieldResolver(() => Int, { description: 'The year of the call in which the programme was presented.' })
  callYear(@Root() programme: Programme): number {
    return Reference.unwrapReference(programme.call).year;
  }
}
