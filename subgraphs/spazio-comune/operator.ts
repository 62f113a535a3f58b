import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';
import { Point } from './point.js';
import { SpazioComune } from './spazio-comune.js';

export enum OperatorRole {
  FRONT_OFFICE = 'FRONT_OFFICE',
  COORDINATOR = 'COORDINATOR',
  CSRC_REFERENT = 'CSRC_REFERENT',
  COMMUNITY_SOCIAL_WORKER = 'COMMUNITY_SOCIAL_WORKER',
  MUNICIPIO_TECHNICIAN = 'MUNICIPIO_TECHNICIAN',
}
registerEnumType(OperatorRole, {
  name: 'OperatorRole',
  description: 'The role of an operator in a municipal network, as the technical sheets name them.',
  valuesConfig: {
    FRONT_OFFICE: { description: 'Operator of a Spazio WeMi dedicated to front office.' },
    COORDINATOR: { description: 'Coordinator of the network (coordinatore degli spazi WeMi e della rete).' },
    CSRC_REFERENT: { description: 'Referent of the CSRC (referente degli CSRC).' },
    COMMUNITY_SOCIAL_WORKER: { description: 'Community social worker (Assistente sociale di Comunità).' },
    MUNICIPIO_TECHNICIAN: { description: 'Technician of the Municipio (tecnico del Municipio).' },
  },
});

/** An operator's role and hours. No personal data is kept: operators are known by id only. */
@Entity({ tableName: 'operator' })
// complianceChecks: a page of OPERATORE_20_ORE, by id as code units; and the roles of a network probed, not counted.
@Index({
  name: 'operator_front_office_id_index',
  expression: `create index "operator_front_office_id_index" on "spazio_comune"."operator" ("id" collate "C") where "role" = 'FRONT_OFFICE'`,
})
@Index({ properties: ['network', 'role', 'source.demo'] })
@ObjectType('Operator', { implements: Node, description: 'An operator of a network: role and weekly hours (no personal data).' })
export class Operator {
  @Field(() => ID, {
    name: 'key',
    description: 'The stable key of the operator: what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the operator (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('Operator', this.id);
  }

  @ManyToOne(() => SpazioComune, { ref: true, index: true })
  network!: Ref<SpazioComune>;

  @ManyToOne(() => Point, { ref: true, nullable: true, index: true })
  point: Ref<Point> | null = null;

  @Field(() => OperatorRole, { description: 'The role, as the technical sheets name it.' })
  @Enum({ items: () => OperatorRole, nativeEnumName: 'operator_role' })
  role!: OperatorRole;

  @Field(() => Float, { description: 'Hours of work a week.' })
  @Property({ type: 'double' })
  weeklyHours!: number;

  @Field(() => Float, { nullable: true, description: 'Of those, hours of front office a week, where recorded.' })
  @Property({ type: 'double', nullable: true })
  frontOfficeHours: number | null = null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
