import { PrimaryKeyProp } from '@mikro-orm/core';
import { Embedded, Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';

export enum IndicatorKind {
  OUTPUT = 'OUTPUT',
  RESULT = 'RESULT',
}
registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: 'Output indicator (realizzazione fisica) or result indicator (risultato).',
  valuesConfig: {
    OUTPUT: { description: 'Indicatore di realizzazione fisica/output.' },
    RESULT: { description: 'Indicatore di risultato.' },
  },
});

@Entity({ tableName: 'indicator' })
@ObjectType('Indicator', {
  implements: Node,
  description: 'A result indicator of the technical sheets (PON METRO PLUS), with its targets.',
})
export class Indicator {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'The code of the indicator, e.g. "EECO01".' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the indicator (Query.node resolves it); `code` stays its key.' })
  get id(): string {
    return globalId('Indicator', this.code);
  }

  @Field(() => IndicatorKind, { description: 'Output or result indicator.' })
  @Enum({ items: () => IndicatorKind, nativeEnumName: 'indicator_kind' })
  kind!: IndicatorKind;

  @Field(() => String, { description: 'The description, as the sheet writes it.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'The unit of measure, as the sheet writes it (e.g. "numero").' })
  @Property({ type: 'text' })
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'The intermediate target for 2024; null where the sheet says "Non richiesto".' })
  @Property({ type: 'integer', nullable: true })
  target2024: number | null = null;

  @Field(() => Int, { nullable: true, description: 'The final target for 2027.' })
  @Property({ type: 'integer', nullable: true })
  target2027: number | null = null;

  @Field(() => String, { nullable: true, description: 'The notes of the sheet on how the indicator is computed.' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
