import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { projectById } from './loaders.js';
import { LevaCivicaProject } from './project.js';
import { LevaCivicaSite } from './site.js';

@Resolver(() => LevaCivicaProject)
export class LevaCivicaProjectResolver {
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
