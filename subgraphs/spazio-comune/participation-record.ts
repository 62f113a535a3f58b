import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Indicator } from './indicator.js';
import { Node } from './node.js';
import { PARTICIPATION_TOTAL_TRIGGERS } from './participation-total.js';
import { Point } from './point.js';
import { SpazioComune } from './spazio-comune.js';

/** Recorded participation: what an indicator's actual value is summed from. */
@Entity({
  tableName: 'participation',
  // An indicator's actual value is read from the totals these triggers keep (participation-total.ts).
  triggers: PARTICIPATION_TOTAL_TRIGGERS,
})
// What an indicator's records are, real and demo apart, from this index alone (the totals' backfill reads it).
@Index({ properties: ['indicator', 'source.demo', 'quantity'] })
@ObjectType('ParticipationRecord', {
  implements: Node,
  description: 'Participation recorded for an indicator at a network or point on a day.',
})
export class ParticipationRecord {
  @Field(() => ID, {
    name: 'key',
    description: 'The stable key of the record: what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the record (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('ParticipationRecord', this.id);
  }

  // No index of its own: the composite index on (indicator, demo, quantity) starts with it.
  @ManyToOne(() => Indicator, { ref: true })
  indicator!: Ref<Indicator>;

  @ManyToOne(() => SpazioComune, { ref: true, nullable: true, index: true })
  network: Ref<SpazioComune> | null = null;

  @ManyToOne(() => Point, { ref: true, nullable: true, index: true })
  point: Ref<Point> | null = null;

  @Field(() => String, { description: 'The day the participation was recorded (YYYY-MM-DD).', deprecationReason: 'Use date.' })
  @Property({ type: 'date' })
  recordedOn!: string;

  @Field(() => Int, { description: 'How many participants the record counts.', deprecationReason: 'Use count.' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
