import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';

export enum SheetProvisionKind {
  GENERAL_AIM = 'GENERAL_AIM',
  OBJECTIVE = 'OBJECTIVE',
  ACTIVITY = 'ACTIVITY',
  STAFF = 'STAFF',
  FUNDING = 'FUNDING',
  OBLIGATION = 'OBLIGATION',
  GOVERNANCE = 'GOVERNANCE',
  BODY = 'BODY',
  SYSTEM_ACTION = 'SYSTEM_ACTION',
  ROLE = 'ROLE',
}
registerEnumType(SheetProvisionKind, {
  name: 'SheetProvisionKind',
  description: 'What a provision of the technical sheets sets.',
  valuesConfig: {
    GENERAL_AIM: { description: 'A general aim (Finalità generali).' },
    OBJECTIVE: { description: 'A specific objective (Obiettivi specifici), or one of its sub-objectives.' },
    ACTIVITY: { description: 'An activity to organise (Attività).' },
    STAFF: { description: 'A rule on staff or volunteers (Personale).' },
    FUNDING: { description: 'Money: an allocation, an advance, a cap on added work.' },
    OBLIGATION: { description: 'Who must do or pay what: premises, maintenance, reporting, monitoring, communication.' },
    GOVERNANCE: { description: 'How the governance bodies are made up, chosen and connected.' },
    BODY: { description: 'A body the sheets call for beyond the three levels of governance (the soggetto co-gestore).' },
    SYSTEM_ACTION: { description: 'An action of system (Azioni di sistema) of the co-managing body.' },
    ROLE: { description: 'A staff role the sheets require, with the experience asked of it.' },
  },
});

export enum Party {
  COMUNE_DI_MILANO = 'COMUNE_DI_MILANO',
  ETS = 'ETS',
}
registerEnumType(Party, {
  name: 'Party',
  description: 'A party of the co-design: the Comune or the partner bodies of the third sector.',
  valuesConfig: {
    COMUNE_DI_MILANO: { description: 'Il Comune di Milano.' },
    ETS: { description: 'Gli Enti del Terzo Settore partner (ETS).' },
  },
});

/**
 * One provision of the technical sheets of SPAZIO COMUNE (an objective, an activity, a rule on staff,
 * money, an obligation, a governance rule, a role), in the words of the sheet. What is structured in
 * it (a party, an amount, a percentage, a list) is also typed; the text is never reworded.
 */
@Entity({ tableName: 'sheet_provision' })
@ObjectType('SheetProvision', {
  implements: Node,
  description:
    'One provision of the technical sheets (Allegato 1 Avviso): its text word for word, what is structured in it typed, and its source section.',
})
export class SheetProvision {
  @Field(() => ID, {
    name: 'key',
    description:
      'The stable key of the provision, e.g. "st1-obiettivo-1": what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the provision (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('SheetProvision', this.id);
  }

  @Field(() => Int, { description: 'The sheet: 1 Centri Socio Ricreativi Culturali, 2 Spazi WeMi, 3 Azioni di sistema.' })
  @Property({ type: 'integer' })
  sheet!: number;

  @Field(() => SheetProvisionKind, { description: 'What the provision sets.' })
  @Enum({ items: () => SheetProvisionKind, nativeEnumName: 'sheet_provision_kind' })
  kind!: SheetProvisionKind;

  @Field(() => Int, { description: 'Its place in the sheet, in the order of the document (parts included).' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { nullable: true, description: 'The letter or number the sheet gives it ("a.", "c)", "1)"); null when none.' })
  @Property({ type: 'text', nullable: true })
  label: string | null = null;

  @Field(() => String, { description: 'The text, word for word as the sheet writes it (apostrophes and dashes included).' })
  @Property({ type: 'text' })
  text!: string;

  /** The provision this one is a part of (a sub-objective, a task of a role); null at the top. */
  @ManyToOne(() => SheetProvision, { ref: true, nullable: true, index: true })
  parent: Ref<SheetProvision> | null = null;

  @Field(() => Party, { nullable: true, description: 'Who the provision binds or who pays, where it names one party.' })
  @Enum({ items: () => Party, nativeEnumName: 'party', nullable: true })
  party: Party | null = null;

  @Field(() => Float, { nullable: true, description: 'An amount in euro the provision sets (e.g. 3500000 for "3.5 mln di euro").' })
  @Property({ type: 'double', nullable: true })
  amountEuro: number | null = null;

  @Field(() => Float, { nullable: true, description: 'A percentage the provision sets (e.g. 20 for an advance "pari al 20%").' })
  @Property({ type: 'double', nullable: true })
  percent: number | null = null;

  // The items of a provision: at most 6 in the sheets.
  @Directive('@listSize(assumedSize: 20)')
  @Field(() => [String], { description: 'The items the text lists, each in the words of the sheet; empty when it lists none.' })
  @Property({ type: 'json' })
  items: string[] = [];

  @Field(() => Source, { description: 'Where this record came from: the document and the section of the sheet.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
