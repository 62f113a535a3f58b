import { PrimaryKeyProp } from '@mikro-orm/core';
import { Embedded, Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { municipioId } from '../shared/municipio-key.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';

export enum MunicipioBasis {
  SOURCE = 'SOURCE',
  BOUNDARY = 'BOUNDARY',
}
registerEnumType(MunicipioBasis, {
  name: 'MunicipioBasis',
  description: 'How the Municipio of a place (a point, a Servizio Civile site) is known.',
  valuesConfig: {
    SOURCE: { description: 'A source says it.' },
    BOUNDARY: { description: 'Derived from the place’s coordinates and the official boundaries of the Municipi (ds379).' },
  },
});

/** A GeoJSON Polygon or MultiPolygon, in WGS 84 longitude/latitude. */
export interface Boundary {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
}

@Entity({ tableName: 'municipio' })
@ObjectType('Municipio', { implements: Node, description: 'One of the nine Municipi of Milan, with its official boundary.' })
@Directive('@key(fields: "number")')
export class Municipio {
  [PrimaryKeyProp]?: 'number';

  @Field(() => Int, { description: 'The number of the Municipio, 1 to 9.' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  number!: number;

  @Field(() => ID, { description: 'The globally unique, opaque id of the Municipio (Query.node resolves it); `number` stays its key.' })
  @Directive('@shareable')
  get id(): string {
    return municipioId(this.number);
  }

  @Field(() => String, { description: 'The name, "Municipio N" (the Municipi have numbers, not official names).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Float, { description: 'Area in square kilometres, computed from the official boundary.' })
  @Property({ type: 'double' })
  areaKm2!: number;

  /**
   * The official boundary (ds379), as published (GeoJSON, about 100 KB each). Lazy: most reads of a
   * Municipio do not ask for it; Municipio.boundary loads it (municipio.resolver.ts).
   */
  @Property({ type: 'json', lazy: true })
  boundary!: Boundary;

  /**
   * The same boundary as a native PostgreSQL polygon (x = longitude, y = latitude, in 1e-5 degree), indexed with
   * GiST, so that "which Municipio contains this point" is one indexed query. Filled from
   * `boundary` by the seeder; never loaded into the entity.
   */
  @Index({ type: 'gist' })
  @Property({ type: 'string', columnType: 'polygon', nullable: true, lazy: true, hidden: true })
  area?: string | null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
