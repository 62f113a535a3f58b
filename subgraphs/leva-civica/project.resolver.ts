import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Municipio } from './municipio.js';
import { Project } from './project.js';
import { Site } from './site.js';

@Resolver(() => Project)
export class ProjectResolver {
  // Batched by MikroORM's dataloader: one query for the sites of every project in the list.
  @FieldResolver(() => Site, { description: 'The site of the project.' })
  site(@Root() project: Project): Promise<Site> {
    return project.site.loadOrFail();
  }
}

@Resolver(() => Site)
export class SiteResolver {
  @FieldResolver(() => Municipio, { nullable: true, description: 'The Municipio the site lies in; null when no source says.' })
  municipio(@Root() site: Site): Municipio | null {
    return site.municipioNumber === null ? null : Municipio.of(site.municipioNumber);
  }
}
