import { JSONObjectResolver } from 'graphql-scalars';
import { Arg, Ctx, Directive, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { municipioNumberAt } from './geography.js';
import { type Boundary, Municipio } from './municipio.js';
import { boundaryByMunicipio, municipioByNumber } from './municipio.loaders.js';
import { SpazioComune } from './spazio-comune.js';
import { networkByMunicipio } from './spazio-comune.loaders.js';
import { checkMunicipioNumber, checkPosition } from './validation.js';

@Resolver(() => Municipio)
export class MunicipioResolver {
  @Directive('@listSize(assumedSize: 9)')
  @Query(() => [Municipio], { description: 'The nine Municipi of Milan, by number.' })
  municipi(@Ctx() ctx: Context): Promise<Municipio[]> {
    return ctx.em.find(Municipio, {}, { orderBy: { number: 'asc' } });
  }

  @Query(() => Municipio, { nullable: true, description: 'One Municipio by number.' })
  municipio(@Arg('number', () => Int, { description: 'The number of the Municipio, 1 to 9.' }) number: number, @Ctx() ctx: Context) {
    return ctx.em.findOne(Municipio, { number: checkMunicipioNumber(number) });
  }

  @Query(() => Municipio, {
    nullable: true,
    description: 'The Municipio whose official boundary (ds379) contains a position; null outside Milan.',
  })
  async municipioAt(
    @Arg('latitude', () => Float, { description: 'Latitude (WGS 84), -90 to 90.' }) latitude: number,
    @Arg('longitude', () => Float, { description: 'Longitude (WGS 84), -180 to 180.' }) longitude: number,
    @Ctx() ctx: Context,
  ): Promise<Municipio | null> {
    checkPosition(latitude, longitude);
    const number = await municipioNumberAt(ctx.em, latitude, longitude);
    return number === null ? null : municipioByNumber(ctx).load(number);
  }

  @FieldResolver(() => SpazioComune, { nullable: true, description: 'The municipal network SPAZIO COMUNE.N of this Municipio.' })
  spazioComune(@Root() municipio: Municipio, @Ctx() ctx: Context): Promise<SpazioComune | null> {
    return networkByMunicipio(ctx).load(municipio.number);
  }

  // Demand control: an ordinary object costs 1 and weighs about 100 bytes in an answer; a boundary
  // weighs about 100 KB of GeoJSON (6 to 354 KB, 880 KB the nine), so it costs 1000. A page of points
  // that each ask for their Municipio's boundary is priced at what it would carry.
  @Directive('@cost(weight: 1000)')
  @FieldResolver(() => JSONObjectResolver, {
    description:
      'The official boundary (Comune di Milano open data ds379) as published: a GeoJSON Polygon or MultiPolygon geometry, WGS 84 longitude/latitude.',
  })
  boundary(@Root() municipio: Municipio, @Ctx() ctx: Context): Promise<Boundary> {
    return boundaryByMunicipio(ctx).load(municipio.number);
  }
}

/** Other subgraphs refer to a Municipio by its number; the gateway batches those into one _entities call. */
export const municipioReference = {
  Municipio: {
    __resolveReference: (reference: { number: number }, ctx: Context) => municipioByNumber(ctx).load(reference.number),
  },
};
