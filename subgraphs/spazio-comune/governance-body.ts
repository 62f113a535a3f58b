import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';
import { SpazioComune } from './spazio-comune.js';

export enum GovernanceLevel {
  DIRECTIVE = 'DIRECTIVE',
  MANAGEMENT = 'MANAGEMENT',
  PROJECT = 'PROJECT',
}
registerEnumType(GovernanceLevel, {
  name: 'GovernanceLevel',
  description: 'The three levels of governance of SPAZIO COMUNE.',
  valuesConfig: {
    DIRECTIVE: { description: 'Primo livello: DIRETTIVO (Cabina di Regia Integrata).' },
    MANAGEMENT: { description: 'Secondo livello: GESTIONALE (Coordinamenti delle reti municipali).' },
    PROJECT: { description: 'Terzo livello: PROGETTUALE (Gruppi di Progetto).' },
  },
});

@Entity({ tableName: 'governance_body' })
@ObjectType('GovernanceBody', {
  implements: Node,
  description: 'A body of the governance of SPAZIO COMUNE: the Cabina di Regia Integrata, the Coordinamenti, the Gruppi di Progetto.',
})
export class GovernanceBody {
  @Field(() => ID, {
    name: 'key',
    description:
      'The stable key of the body, e.g. "coordinamento-2": what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the body (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('GovernanceBody', this.id);
  }

  @Field(() => GovernanceLevel, { description: 'The level of governance it belongs to.' })
  @Enum({ items: () => GovernanceLevel, nativeEnumName: 'governance_level' })
  level!: GovernanceLevel;

  @Field(() => String, { description: 'The name, as the sheet writes it.' })
  @Property({ type: 'text' })
  name!: string;

  /** The municipal network it serves; null for city-wide bodies. */
  @ManyToOne(() => SpazioComune, { ref: true, nullable: true, index: true })
  network: Ref<SpazioComune> | null = null;

  @Field(() => String, { description: 'What the body does, in the words of the sheet.' })
  @Property({ type: 'text' })
  description!: string;

  /** The body it reports to (the Coordinamenti to the Cabina di Regia Integrata); null when none. */
  @ManyToOne(() => GovernanceBody, { ref: true, nullable: true, index: true })
  reportsTo: Ref<GovernanceBody> | null = null;

  @Field(() => String, {
    nullable: true,
    description:
      'How it reports to that body, in the words of the sheet (e.g. "tramite i loro coordinatori"); null when it reports to none.',
  })
  @Property({ type: 'text', nullable: true })
  reportsThrough: string | null = null;

  // The members of a body: at most 4 in the sheets.
  @Directive('@listSize(assumedSize: 20)')
  @Field(() => [String], { description: 'Who sits in it, as the sheet lists them.' })
  @Property({ type: 'json' })
  members!: string[];

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
