import { Reference } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { type Connection, keysetPage } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { globalId, keyOf, nodeNotFound } from '../shared/global-id.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementById } from './placement.loaders.js';
import { ServizioCivilePlacementConnection } from './placement-connection.js';
import { ServizioCivileProject } from './project.js';
import { ServizioCivileSite } from './site.js';
import { checkCallYear } from './validation.js';

@Resolver(() => ServizioCivilePlacement)
export class ServizioCivilePlacementResolver {
  @Query(() => ServizioCivilePlacement, {
    nullable: true,
    description: 'One placement by id (the page of a Servizio Civile opportunity); null when there is none.',
  })
  servizioCivilePlacement(
    @Arg('id', () => ID, {
      description: 'The id of the placement; its key (e.g. "2022-202928"), the id it had before global ids, is still taken (deprecated).',
    })
    id: string,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivilePlacement | null> {
    return placementById(ctx).load(keyOf('ServizioCivilePlacement', id));
  }

  @Query(() => ServizioCivilePlacementConnection, {
    description:
      'The placements on record in pages (Relay cursor connection), by id; callYear narrows them to one call, projectId to one project.',
  })
  servizioCivilePlacements(
    @Arg('first', () => Int, { description: 'How many placements per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Arg('callYear', () => Int, { nullable: true, description: 'Only the placements of this call.' }) callYear: number | null,
    @Ctx() ctx: Context,
    @Arg('projectId', () => ID, {
      nullable: true,
      description: 'Only the placements of this project: its id; its key, the id it had before global ids, is still taken (deprecated).',
    })
    projectId?: string | null,
  ): Promise<Connection<ServizioCivilePlacement>> {
    const where = {
      ...(callYear == null ? {} : { call: checkCallYear(callYear, 'callYear') }),
      ...(projectId == null ? {} : { project: keyOf('ServizioCivileProject', projectId) }),
    };
    return keysetPage(ctx.em, ServizioCivilePlacement, { list: 'placements', key: 'id', where, first, after });
  }

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

/**
 * The gateway's lookups: by `id` (a youth opportunity's link; the old key is taken too) or by `key`
 * (Query.node in spazio-comune, where an unknown key is NOT_FOUND so that node() is null).
 */
export const servizioCivilePlacementReference = {
  ServizioCivilePlacement: {
    __resolveReference: async (reference: { id: string } | { key: string }, ctx: Context) => {
      const key = 'key' in reference ? reference.key : keyOf('ServizioCivilePlacement', reference.id);
      const placement = await placementById(ctx).load(key);
      if (!placement) throw nodeNotFound(globalId('ServizioCivilePlacement', key));
      return placement;
    },
  },
};
