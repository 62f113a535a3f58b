import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { Address } from '../shared/address.js';
import type { Context } from '../shared/context.js';
import { loader } from '../shared/loader.js';
import { municipioNumbersAt } from './geography.js';
import { municipioByNumber } from './loaders.js';
import { Municipio } from './municipio.js';

/**
 * A Servizio Civile site as spazio-comune sees it: its key and coordinates (from servizio-civile),
 * to which it adds the Municipio its official boundaries contain. The gateway fetches the
 * coordinates first (@requires), so no SQL crosses subgraphs.
 */
@ObjectType('ServizioCivileSite', { description: 'A site where Servizio Civile volunteers serve (owned by servizio-civile).' })
@Directive('@key(fields: "code")')
export class SiteLocation {
  @Field(() => ID, { description: 'The national code of the site.' })
  code!: string;

  @Field(() => Address, { nullable: true, description: 'The address of the site (from servizio-civile).' })
  @Directive('@external')
  address!: Address | null;
}

/** Positions to Municipi, for every site of a request in one query. */
const municipioAtPosition = (ctx: Context) =>
  loader<string, number | null>(
    ctx,
    'municipioAtPosition',
    async (keys) => {
      const positions = keys.map((k) => k.split(',').map(Number) as [number, number]);
      const numbers = await municipioNumbersAt(ctx.em, positions);
      return new Map(keys.map((k, i) => [k, numbers[i] ?? null]));
    },
    null,
  );

@Resolver(() => SiteLocation)
export class SiteLocationResolver {
  @FieldResolver(() => Municipio, {
    nullable: true,
    description:
      'The Municipio whose official boundary (ds379) contains the site’s coordinates; null without coordinates or outside Milan. Derived, not from a source: see municipio for what the sources say.',
  })
  @Directive('@requires(fields: "address { latitude longitude }")')
  async municipioFromBoundaries(@Root() site: SiteLocation, @Ctx() ctx: Context): Promise<Municipio | null> {
    const { latitude, longitude } = site.address ?? {};
    if (latitude == null || longitude == null) return null;
    const number = await municipioAtPosition(ctx).load(`${latitude},${longitude}`);
    return number === null ? null : municipioByNumber(ctx).load(number);
  }
}

export const siteLocationReference = {
  ServizioCivileSite: {
    __resolveReference: (reference: { code: string; address?: Address | null }) =>
      Object.assign(new SiteLocation(), { code: reference.code, address: reference.address ?? null }),
  },
};
