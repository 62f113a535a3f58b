import { FieldResolver, Resolver, Root } from 'type-graphql';
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
