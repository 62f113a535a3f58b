import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Source } from '../shared/source.js';
import { OperatorRole } from './enums.js';
import { Point } from './point.js';
import { SpazioComune } from './spazio-comune.js';

/** An operator's role and hours. No personal data is kept: operators are known by id only. */
@Entity({ tableName: 'operator' })
@ObjectType('Operator', { description: 'An operator of a network: role and weekly hours (no personal data).' })
export class Operator {
  @Field(() => ID, { description: 'Stable identifier of the operator (not a name).' })
  @PrimaryKey({ type: 'text' })
  id!: string;

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
