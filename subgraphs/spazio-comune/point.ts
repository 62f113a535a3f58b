import { type Ref, Reference } from '@mikro-orm/core';
import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Address } from '../shared/address.js';
import { DateTime, LocalDate } from '../shared/scalars.js';
import { Source } from '../shared/source.js';
import { Municipio } from './municipio.js';
import { NETWORK_HOURS_TRIGGERS_ON_POINT } from './network-hours-total.js';
import { Node } from './node.js';
import { POINT_SEARCH_TEXT, pointHsdsIds } from './point-search.js';

export enum PointKind {
  CSRC = 'CSRC',
  WEMI = 'WEMI',
}
registerEnumType(PointKind, {
  name: 'PointKind',
  description: 'The kind of a point of a SPAZIO COMUNE network.',
  valuesConfig: {
    CSRC: { description: 'Centro Socio Ricreativo Culturale.' },
    WEMI: { description: 'Spazio WeMi (welfare di comunità).' },
  },
});

// A network's hours are read from the totals these triggers keep (network-hours-total.ts); the search text, from one more (point-search.ts).
@Entity({ tableName: 'point', triggers: [...NETWORK_HOURS_TRIGGERS_ON_POINT, POINT_SEARCH_TEXT.trigger] })
@Index({ properties: ['address.latitude', 'address.longitude'] })
// pointsNearby: the nearest points first, from a GiST index on the position (nearby.ts).
@Index({
  name: 'point_position_index',
  expression:
    'create index "point_position_index" on "spazio_comune"."point" using gist ((point("address_longitude", "address_latitude")))',
})
@Index({ properties: ['updatedAt', 'id'] })
// A network's first points (pointsByMunicipio): each Municipio's, in the order of the list, read from the index alone.
@Index({
  name: 'point_municipio_order_index',
  expression:
    'create index "point_municipio_order_index" on "spazio_comune"."point" ((coalesce("municipio_number", "derived_municipio_number")), "kind", "name", "id")',
})
// complianceChecks: a page of the rules per Spazio WeMi, by id as code units (the "C" collation, as the list's cursor compares).
@Index({
  name: 'point_wemi_id_index',
  expression: `create index "point_wemi_id_index" on "spazio_comune"."point" ("id" collate "C") include ("source_demo") where "kind" = 'WEMI'`,
})
// PointFilter.search, answered from a trigram index on the text the trigger keeps (pg_trgm, created by the migration that made it).
@Index({
  name: 'point_search_index',
  expression: (table) =>
    `create index "point_search_index" on ${table} using gin ("search_text" "spazio_comune"."gin_trgm_ops") with (fastupdate = off)`,
})
// PointFilter.hsdsIds: the HSDS ids of a point's records (hsds_id and pgcrypto, created by the migration that made it).
@Index({
  name: 'point_hsds_index',
  expression: (table) => `create index "point_hsds_index" on ${table} using gin ((${pointHsdsIds()})) with (fastupdate = off)`,
})
@ObjectType('Point', {
  implements: Node,
  description: 'A point of a SPAZIO COMUNE network: a Centro Socio Ricreativo Culturale or a Spazio WeMi.',
})
export class Point {
  @Field(() => ID, {
    description: 'Stable, globally unique identifier of the point, e.g. "wemi-piazzetta" (Query.node resolves it; treat it as opaque).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => PointKind, { description: 'CSRC or Spazio WeMi.' })
  @Enum({ items: () => PointKind, nativeEnumName: 'point_kind' })
  kind!: PointKind;

  @Field(() => String, {
    nullable: true,
    description:
      'The name as the source writes it; null where the source gives none (four CSRC of the public list are known by their street alone: compose a label from kind and address.street).',
  })
  @Property({ type: 'text', nullable: true })
  name: string | null = null;

  @Field(() => String, { nullable: true, description: 'The short name the source uses, where it differs from the name.' })
  @Property({ type: 'text', nullable: true })
  shortName: string | null = null;

  @Field(() => Address, { description: 'The address as the source writes it; coordinates only where a source gives them.' })
  @Embedded(() => Address, { prefix: 'address_' })
  address!: Address;

  /** The Municipio, where a source says it; null when unknown. */
  @ManyToOne(() => Municipio, { ref: true, nullable: true, index: true })
  municipio: Ref<Municipio> | null = null;

  /**
   * The Municipio whose official boundary contains the point's coordinates, for points that have
   * coordinates but no Municipio from a source. Set by the seeder, kept apart from the source's own.
   */
  @ManyToOne(() => Municipio, { ref: true, nullable: true, index: true, fieldName: 'derived_municipio_number' })
  derivedMunicipio: Ref<Municipio> | null = null;

  @Field(() => String, { nullable: true, description: 'The body that runs the point (gestore), where known.' })
  @Property({ type: 'text', nullable: true })
  manager: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'The day the point opened (YYYY-MM-DD), where known.' })
  @Property({ type: 'date', nullable: true })
  openedOn: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Opening times as the source describes them in words, when it gives no timetable.',
  })
  @Property({ type: 'text', nullable: true })
  hoursAsWritten: string | null = null;

  @Field(() => String, { nullable: true, description: 'What the source says about the record and its gaps, in its words.' })
  @Property({ type: 'text', nullable: true })
  notes: string | null = null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;

  @Field(() => Int, {
    description: 'How many times the point was written: 1 as first published, + 1 for each change. Send it back as expectedVersion.',
  })
  @Property({ type: 'integer', default: 1 })
  version = 1;

  @Field(() => DateTime, { description: 'When the point or its hours, special schedules or operators last changed.' })
  @Property({ type: 'datetime', length: 3, defaultRaw: 'now()' })
  updatedAt: Date = new Date();

  /**
   * The folded text PointFilter.search looks in (point-search.ts), written by the database's trigger
   * on every insert and on every update of what it is made of. Not in the ORM's own selects (lazy),
   * though a loader's `select x.*` reads it along; never in an answer (hidden, no field).
   * In collation "C", as the fold compares: the trigram index answers a `like` of the same collation only.
   */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true, collation: 'C' })
  searchText?: string | null;
}

/** The Municipio number of a point: the source's, else the one derived from the boundaries. */
export function municipioNumberOf(point: Point): number | null {
  const ref = point.municipio ?? point.derivedMunicipio;
  return ref ? Reference.unwrapReference(ref).number : null;
}
