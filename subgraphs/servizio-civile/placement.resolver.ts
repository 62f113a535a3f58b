import { Reference } from '@mikro-orm/core';
import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Placement } from './placement.js';
import { Project } from './project.js';
import { Site } from './site.js';

@Resolver(() => Placement)
export class PlacementResolver {
  @FieldResolver(() => Int, { description: 'The year of the call of this placement.' })
  callYear(@Root() placement: Placement): number {
    return Reference.unwrapReference(placement.call).year;
  }

  // Reference loads are batched by MikroORM's dataloader: one query for the sites of many placements.
  @FieldResolver(() => Site, { description: 'The site (sede di attuazione).' })
  site(@Root() placement: Placement): Promise<Site> {
    return placement.site.loadOrFail();
  }

  @FieldResolver(() => Project, { description: 'The project the volunteers serve in.' })
  project(@Root() placement: Placement): Promise<Project> {
    return placement.project.loadOrFail();
  }
}
