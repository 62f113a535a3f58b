import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Address } from '../shared/address.js';
import type { Context } from '../shared/context.js';
import { placementsOfSite, siteByCode } from './loaders.js';
import { Municipio } from './municipio.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileSite } from './site.js';

@Resolver(() => ServizioCivileSite)
export class ServizioCivileSiteResolver {
  @FieldResolver(() => Address, {
    nullable: true,
    description: 'The address of the site as its latest call writes it (it may change from one call to the next).',
  })
  async address(@Root() site: ServizioCivileSite, @Ctx() ctx: Context): Promise<Address | null> {
    const placements = await placementsOfSite(ctx).load(site.code);
    return placements[0]?.address ?? null;
  }

  @FieldResolver(() => Municipio, { nullable: true, description: 'The Municipio the site lies in; null when no source says.' })
  municipio(@Root() site: ServizioCivileSite): Municipio | null {
    return site.municipioNumber === null ? null : Municipio.of(site.municipioNumber);
  }

  @FieldResolver(() => [ServizioCivilePlacement], { description: 'The placements of volunteers at this site, newest call first.' })
  placements(@Root() site: ServizioCivileSite, @Ctx() ctx: Context): Promise<ServizioCivilePlacement[]> {
    return placementsOfSite(ctx).load(site.code);
  }
}

export const servizioCivileSiteReference = {
  ServizioCivileSite: {
    __resolveReference: (reference: { code: string }, ctx: Context) => siteByCode(ctx).load(reference.code),
  },
};
