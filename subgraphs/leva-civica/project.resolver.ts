import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { lastChangeAt } from '../shared/audit-entry-connection.js';
import { checkFirst, FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { globalId, keyOf, nodeNotFound } from '../shared/global-id.js';
import { DateTime } from '../shared/scalars.js';
import { LevaCivicaProject } from './project.js';
import { projectById } from './project.loaders.js';
import { LevaCivicaSite } from './site.js';

@Resolver(() => LevaCivicaProject)
export class LevaCivicaProjectResolver {
  @Query(() => [LevaCivicaProject], { description: 'The Leva Civica projects on record, by title, at most `first` of them.' })
  levaCivicaProjects(@FirstArg('projects') first: number, @Ctx() ctx: Context): Promise<LevaCivicaProject[]> {
    return ctx.em.find(LevaCivicaProject, {}, { orderBy: { title: 'asc', id: 'asc' }, limit: checkFirst(first) });
  }

  @Directive('@cost(weight: 1)')
  @Query(() => DateTime, {
    nullable: true,
    description:
      'When a Leva Civica project or site last changed (an import or a data migration): the entry last appended to the audit trail; null when none has been since the seed. The catalogue’s dct:modified.',
  })
  levaCivicaChangedAt(@Ctx() ctx: Context): Promise<Date | null> {
    return lastChangeAt(ctx.em);
  }

  @Query(() => LevaCivicaProject, { nullable: true, description: 'One Leva Civica project by id; null when there is none.' })
  levaCivicaProject(
    @Arg('id', () => ID, {
      description:
        'The id of the project; its key (e.g. "lc-la-coesione-sociale"), the id it had before global ids, is still taken (deprecated).',
    })
    id: string,
    @Ctx() ctx: Context,
  ): Promise<LevaCivicaProject | null> {
    return projectById(ctx).load(keyOf('LevaCivicaProject', id));
  }

  // Batched by MikroORM's dataloader: one query for the sites of every project in the list.
  @FieldResolver(() => LevaCivicaSite, { description: 'The site of the project.' })
  site(@Root() project: LevaCivicaProject): Promise<LevaCivicaSite> {
    return project.site.loadOrFail();
  }
}

/**
 * The gateway's lookups: by `id` (a youth opportunity's link; the old key is taken too) or by `key`
 * (Query.node in spazio-comune, where an unknown key is NOT_FOUND so that node() is null).
 */
export const levaCivicaProjectReference = {
  LevaCivicaProject: {
    __resolveReference: async (reference: { id: string } | { key: string }, ctx: Context) => {
      const key = 'key' in reference ? reference.key : keyOf('LevaCivicaProject', reference.id);
      const project = await projectById(ctx).load(key);
      if (!project) throw nodeNotFound(globalId('LevaCivicaProject', key));
      return project;
    },
  },
};
