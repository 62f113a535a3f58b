import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { globalId, nodeNotFound } from '../shared/global-id.js';
import { Municipio } from './municipio.js';
import { LevaCivicaSite } from './site.js';
import { siteById } from './site.loaders.js';

@Resolver(() => LevaCivicaSite)
export class LevaCivicaSiteResolver {
  @FieldResolver(() => Municipio, { nullable: true, description: 'The Municipio the site lies in; null when no source says.' })
  municipio(@Root() site: LevaCivicaSite): Municipio | null {
    return site.municipioNumber === null ? null : Municipio.of(site.municipioNumber);
  }
}

/** Query.node (spazio-comune) hands a site's key here; an unknown key is NOT_FOUND, so node() is null. */
export const levaCivicaSiteReference = {
  LevaCivicaSite: {
    __resolveReference: async (reference: { key: string }, ctx: Context) => {
      const site = await siteById(ctx).load(reference.key);
      if (!site) throw nodeNotFound(globalId('LevaCivicaSite', reference.key));
      return site;
    },
  },
};
