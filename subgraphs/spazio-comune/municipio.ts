import { PrimaryKeyProp } from '@mikro-orm/core';
import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, Int, ObjectType } from 'type-graphql';
import { Source } from '../shared/source.js';

/** A GeoJSON Polygon or MultiPolygon, in WGS 84 longitude/latitude. */
export interface Boundary {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: unknown;
}

@Entity({ tableName: 'municipio' })
@ObjectType('Municipio', { description: 'One of the nine Municipi of Milan, with its official boundary.' })
@Directive('@key(fields: "number")')
export class Municipio {
  [PrimaryKeyProp]?: 'number';

  @Field(() => Int, { description: 'The number of the Municipio, 1 to 9.' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  number!: number;

  @Field(() => String, { description: 'The name, "Municipio N" (the Municipi have numbers, not official names).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Float, { description: 'Area in square kilometres, computed from the official boundary.' })
  @Property({ type: 'double' })
  areaKm2!: number;

  /** The official boundary (ds379), kept for geographic queries. */
  @Property({ type: 'json' })
  boundary!: Boundary;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
