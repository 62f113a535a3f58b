import { Arg, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Address } from '../shared/address.js';
import { type Connection, FirstArg, firstOf, keysetPage } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { globalId, nodeNotFound } from '../shared/global-id.js';
import { Municipio } from './municipio.js';
import { ServizioCivilePlacement } from './placement.js';
import { placementsBySite } from './placement.loaders.js';
import { ServizioCivileSite } from './site.js';
import { siteByCode } from './site.loaders.js';
import { ServizioCivileSiteConnection } from './site-connection.js';
import { checkSiteCode } from './validation.js';

/** The placements a site page shows unless asked for more: about the calls of the last twenty years. */
const SITE_PLACEMENTS = 20;

@Resolver(() => ServizioCivileSite)
export class ServizioCivileSiteResolver {
  @Query(() => ServizioCivileSite, { nullable: true, description: 'One site by its national code; null when no site has that code.' })
  servizioCivileSite(
    @Arg('code', () => ID, { description: 'The national code of the site (codice sede), e.g. "202928".' }) code: string,
    @Ctx() ctx: Context,
  ): Promise<ServizioCivileSite | null> {
    return ctx.em.findOne(ServizioCivileSite, { code: checkSiteCode(code) });
  }

  @Query(() => ServizioCivileSiteConnection, { description: 'The sites on record in pages (Relay cursor connection), by national code.' })
  servizioCivileSites(
    @Arg('first', () => Int, { description: 'How many sites per page, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ): Promise<Connection<ServizioCivileSite>> {
    return keysetPage(ctx.em, ServizioCivileSite, { list: 'sites', key: 'code', where: {}, first, after });
  }

  @FieldResolver(() => Address, {
    nullable: true,
    description: 'The address of the site as its latest call writes it (it may change from one call to the next).',
  })
  async address(@Root() site: ServizioCivileSite, @Ctx() ctx: Context): Promise<Address | null> {
    const placements = await placementsBySite(ctx).load(site.code);
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
    return firstOf(await placementsBySite(ctx).load(site.code), first);
  }
}

export const servizioCivileSiteReference = {
  ServizioCivileSite: {
    // An unknown code is NOT_FOUND (Query.node hands codes here), so node() is null, not a half object.
    __resolveReference: async (reference: { code: string }, ctx: Context) => {
      const site = await siteByCode(ctx).load(reference.code);
      if (!site) throw nodeNotFound(globalId('ServizioCivileSite', reference.code));
      return site;
    },
  },
};
