import { Reference } from '@mikro-orm/core';
import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { placementById } from './loaders.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileProject } from './project.js';
import { ServizioCivileSite } from './site.js';

@Resolver(() => ServizioCivilePlacement)
export class ServizioCivilePlacementResolver {
  @FieldResolver(() => Int, { description: 'The year of the call of this placement.' })
  callYear(@Root() placement: ServizioCivilePlacement): number {
    return Reference.unwrapReference(placement.call).year;
  }

  // Reference loads are batched by MikroORM's dataloader: one query for the sites of many placements.
  @FieldResolver(() => ServizioCivileSite, { description: 'The site (sede di attuazione).' })
  site(@Root() placement: ServizioCivilePlacement): Promise<ServizioCivileSite> {
    return placement.site.loadOrFail();
  }

  @FieldResolver(() => ServizioCivileProject, { description: 'The project the volunteers serve in.' })
  project(@Root() placement: ServizioCivilePlacement): Promise<ServizioCivileProject> {
    return placement.project.loadOrFail();
  }
}

export const servizioCivilePlacementReference = {
  ServizioCivilePlacement: {
    __resolveReference: (reference: { id: string }, ctx: Context) => placementById(ctx).load(reference.id),
  },
};
