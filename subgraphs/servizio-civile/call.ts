import { PrimaryKeyProp } from '@mikro-orm/core';
import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Source } from '../shared/source.js';

@Entity({ tableName: 'call' })
@ObjectType('ServizioCivileCall', { description: 'A call for applications (bando) of Servizio Civile Universale, by year.' })
export class ServizioCivileCall {
  [PrimaryKeyProp]?: 'year';

  @Field(() => Int, { description: 'The year of the call, e.g. 2022.' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Field(() => String, { description: 'The title of the call as the document gives it.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { description: 'The body that runs the programmes of this call, e.g. "COMUNE DI MILANO".' })
  @Property({ type: 'text' })
  organisation!: string;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
