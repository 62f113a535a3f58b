import { JSONObjectResolver } from 'graphql-scalars';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { boundaryOfMunicipio, municipioByNumber, networkOfMunicipio } from './loaders.js';
import { type Boundary, Municipio } from './municipio.js';
import { SpazioComune } from './spazio-comune.js';

@Resolver(() => Municipio)
export class MunicipioResolver {
  @FieldResolver(() => SpazioComune, { nullable: true, description: 'The municipal network SPAZIO COMUNE.N of this Municipio.' })
  spazioComune(@Root() municipio: Municipio, @Ctx() ctx: Context): Promise<SpazioComune | null> {
    return networkOfMunicipio(ctx).load(municipio.number);
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
    return boundaryOfMunicipio(ctx).load(municipio.number);
  }
}

/** Other subgraphs refer to a Municipio by its number; the gateway batches those into one _entities call. */
export const municipioReference = {
  Municipio: {
    __resolveReference: (reference: { number: number }, ctx: Context) => municipioByNumber(ctx).load(reference.number),
  },
};
