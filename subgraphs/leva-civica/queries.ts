import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { checkFirst, FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { LevaCivicaProject } from './project.js';

@Resolver()
export class LevaCivicaQueries {
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
}
