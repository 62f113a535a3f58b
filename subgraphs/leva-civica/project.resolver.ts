import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { checkFirst, FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { LevaCivicaProject } from './project.js';
import { projectById } from './project.loaders.js';
import { LevaCivicaSite } from './site.js';

@Resolver(() => LevaCivicaProject)
export class LevaCivicaProjectResolver {
  @Query(() => [LevaCivicaProject], { description: 'The Leva Civica projects on record, by title, at most `first` of them.' })
  levaCivicaProjects(@FirstArg('projects') first: number, @Ctx() ctx: Context): Promise<LevaCivicaProject[]> {
    return ctx.em.find(LevaCivicaProject, {}, { orderBy: { title: 'asc', id: 'asc' }, limit: checkFirst(first) });
  }

  @Query(() => LevaCivicaProject, { nullable: true, description: 'One Leva Civica project by id; null when there is none.' })
  levaCivicaProject(
    @Arg('id', () => ID, { description: 'The id of the project.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<LevaCivicaProject | null> {
    return ctx.em.findOne(LevaCivicaProject, { id });
  }

  // Batched by MikroORM's dataloader: one query for the sites of every project in the list.
  @FieldResolver(() => LevaCivicaSite, { description: 'The site of the project.' })
  site(@Root() project: LevaCivicaProject): Promise<LevaCivicaSite> {
    return project.site.loadOrFail();
  }
}

export const levaCivicaProjectReference = {
  LevaCivicaProject: {
    __resolveReference: (reference: { id: string }, ctx: Context) => projectById(ctx).load(reference.id),
  },
};
