import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { Project } from './project.js';

@Resolver()
export class LevaCivicaQueries {
  @Query(() => [Project], { description: 'Every Leva Civica project on record, by title.' })
  levaCivicaProjects(@Ctx() ctx: Context): Promise<Project[]> {
    return ctx.em.find(Project, {}, { orderBy: { title: 'asc', id: 'asc' } });
  }

  @Query(() => Project, { nullable: true, description: 'One Leva Civica project by id; null when there is none.' })
  levaCivicaProject(
    @Arg('id', () => ID, { description: 'The id of the project.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<Project | null> {
    return ctx.em.findOne(Project, { id });
  }
}
