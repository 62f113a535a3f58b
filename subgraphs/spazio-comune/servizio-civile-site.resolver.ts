import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Address } from '../shared/address.js';
import type { Context } from '../shared/context.js';
import { municipioAtPosition, municipioByNumber } from './loaders.js';
import { Municipio } from './municipio.js';
import { ServizioCivileSite } from './servizio-civile-site.js';

@Resolver(() => ServizioCivileSite)
export class ServizioCivileSiteResolver {
  @FieldResolver(() => Municipio, {
    nullable: true,
    description:
      'The Municipio whose official boundary (ds379) contains the site’s coordinates; null without coordinates or outside Milan. Derived, not from a source: see municipio for what the sources say.',
  })
  @Directive('@requires(fields: "address { latitude longitude }")')
  async municipioFromBoundaries(@Root() site: ServizioCivileSite, @Ctx() ctx: Context): Promise<Municipio | null> {
    const { latitude, longitude } = site.address ?? {};
    if (latitude == null || longitude == null) return null;
    const number = await municipioAtPosition(ctx).load(`${latitude},${longitude}`);
    return number === null ? null : municipioByNumber(ctx).load(number);
  }
}

export const servizioCivileSiteReference = {
  ServizioCivileSite: {
    __resolveReference: (reference: { code: string; address?: Address | null }) =>
      Object.assign(new ServizioCivileSite(), { code: reference.code, address: reference.address ?? null }),
  },
};
