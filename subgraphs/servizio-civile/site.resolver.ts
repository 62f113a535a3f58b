import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Address } from '../shared/address.js';
import type { Context } from '../shared/context.js';
import { loader } from '../shared/loader.js';
import { placementsOfSite } from './loaders.js';
import { Municipio } from './municipio.js';
import { Placement } from './placement.js';
import { Site } from './site.js';

@Resolver(() => Site)
export class SiteResolver {
  @FieldResolver(() => Address, {
    nullable: true,
    description: 'The address of the site as its latest call writes it (it may change from one call to the next).',
  })
  async address(@Root() site: Site, @Ctx() ctx: Context): Promise<Address | null> {
    const placements = await placementsOfSite(ctx).load(site.code);
    return placements[0]?.address ?? null;
  }

  @FieldResolver(() => Municipio, { nullable: true, description: 'The Municipio the site lies in; null when no source says.' })
  municipio(@Root() site: Site): Municipio | null {
    return site.municipioNumber === null ? null : Municipio.of(site.municipioNumber);
  }

  @FieldResolver(() => [Placement], { description: 'The placements of volunteers at this site, newest call first.' })
  placements(@Root() site: Site, @Ctx() ctx: Context): Promise<Placement[]> {
    return placementsOfSite(ctx).load(site.code);
  }
}

/** spazio-comune asks for sites by code (to place them on the map of the Municipi): batched into one query. */
const siteByCode = (ctx: Context) =>
  loader<string, Site | null>(
    ctx,
    'siteByCode',
    async (codes) => new Map((await ctx.em.find(Site, { code: { $in: [...codes] } })).map((s) => [s.code, s])),
    null,
  );

export const siteReference = {
  ServizioCivileSite: {
    __resolveReference: (reference: { code: string }, ctx: Context) => siteByCode(ctx).load(reference.code),
  },
};
