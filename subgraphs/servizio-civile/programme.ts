import type { Ref } from '@mikro-orm/core';
import { Embedded, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Source } from '../shared/source.js';
import { ServizioCivileCall } from './call.js';

@Entity({ tableName: 'programme' })
@ObjectType('ServizioCivileProgramme', { description: 'A programme of Servizio Civile: a group of projects presented in one call.' })
export class ServizioCivileProgramme {
  @Field(() => ID, { description: 'Stable identifier of the programme.' })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => ServizioCivileCall, { ref: true, index: true })
  call!: Ref<ServizioCivileCall>;

  @Field(() => String, { description: 'The title of the programme, as the document writes it.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The sector and area of intervention (settore), as the document writes it.' })
  @Property({ type: 'text' })
  sector!: string;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
