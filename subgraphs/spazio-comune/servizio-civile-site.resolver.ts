import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Address } from '../shared/address.js';
import type { Context } from '../shared/context.js';
import { Municipio, MunicipioBasis } from './municipio.js';
import { municipioByNumber, municipioNumberByPosition } from './municipio.loaders.js';
import { ServizioCivileSite } from './servizio-civile-site.js';

const REQUIRES = '@requires(fields: "address { latitude longitude } municipioFromSource { number }")';

/** The number of the Municipio whose official boundary contains the site's coordinates, or null. */
async function numberFromBoundaries(site: ServizioCivileSite, ctx: Context): Promise<number | null> {
  const { latitude, longitude } = site.address ?? {};
  if (latitude == null || longitude == null) return null;
  return municipioNumberByPosition(ctx).load(`${latitude},${longitude}`);
}

@Resolver(() => ServizioCivileSite)
export class ServizioCivileSiteResolver {
  @FieldResolver(() => Municipio, {
    nullable: true,
    description:
      'The Municipio the site is in: from a source, or from the official boundaries when only coordinates are known (see municipioBasis); null when neither says.',
  })
  @Directive(REQUIRES)
  async municipio(@Root() site: ServizioCivileSite, @Ctx() ctx: Context): Promise<Municipio | null> {
    const number = site.municipioFromSource?.number ?? (await numberFromBoundaries(site, ctx));
    return number == null ? null : municipioByNumber(ctx).load(number);
  }

  @FieldResolver(() => MunicipioBasis, { nullable: true, description: 'How the Municipio of the site is known; null when it is not.' })
  @Directive(REQUIRES)
  async municipioBasis(@Root() site: ServizioCivileSite, @Ctx() ctx: Context): Promise<MunicipioBasis | null> {
    if (site.municipioFromSource) return MunicipioBasis.SOURCE;
    return (await numberFromBoundaries(site, ctx)) === null ? null : MunicipioBasis.BOUNDARY;
  }

  @FieldResolver(() => Municipio, {
    nullable: true,
    description:
      'The Municipio whose official boundary (ds379) contains the site’s coordinates; null without coordinates or outside Milan.',
    deprecationReason: 'Use municipio and municipioBasis: one answer, from the sources first and then from the boundaries.',
  })
  @Directive('@requires(fields: "address { latitude longitude }")')
  async municipioFromBoundaries(@Root() site: ServizioCivileSite, @Ctx() ctx: Context): Promise<Municipio | null> {
    const number = await numberFromBoundaries(site, ctx);
    return number === null ? null : municipioByNumber(ctx).load(number);
  }
}

export const servizioCivileSiteReference = {
  ServizioCivileSite: {
    __resolveReference: (reference: { code: string; address?: Address | null; municipioFromSource?: { number: number } | null }) =>
      Object.assign(new ServizioCivileSite(), {
        code: reference.code,
        address: reference.address ?? null,
        municipioFromSource: reference.municipioFromSource ?? null,
      }),
  },
};
