import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Address } from '../shared/address.js';
import { FirstArg, firstOf } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { placementsOfSite, siteByCode } from './loaders.js';
import { Municipio } from './municipio.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileSite } from './site.js';

/** The placements a site page shows unless asked for more: about the calls of the last twenty years. */
const SITE_PLACEMENTS = 20;

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

  // What the sources say; the public answer (municipio, municipioBasis) adds the boundaries to it.
  @FieldResolver(() => Municipio, { nullable: true, description: 'The Municipio a source gives for the site; null when none does.' })
  @Directive('@inaccessible')
  municipioFromSource(@Root() site: ServizioCivileSite): Municipio | null {
    return site.municipioNumber === null ? null : Municipio.of(site.municipioNumber);
  }

  @FieldResolver(() => [ServizioCivilePlacement], {
    description: 'The placements of volunteers at this site, newest call first, at most `first` of them (one or a few per call).',
  })
  async placements(
    @Root() site: ServizioCivileSite,
    @FirstArg('placements', SITE_PLACEMENTS) first: number,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivilePlacement[]> {
    return firstOf(await placementsOfSite(ctx).load(site.code), first);
  }
}

export const servizioCivileSiteReference = {
  ServizioCivileSite: {
    __resolveReference: (reference: { code: string }, ctx: Context) => siteByCode(ctx).load(reference.code),
  },
};
