import { PrimaryKeyProp } from '@mikro-orm/core';
import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Source } from '../shared/source.js';

@Entity({ tableName: 'wemi_category' })
@ObjectType('WemiCategory', { description: 'One of the thirteen categories that group the services of the WeMi platform.' })
export class WemiCategory {
  [PrimaryKeyProp]?: 'position';

  @Field(() => Int, { description: 'Its place in the list, as the document gives it (1 to 13).' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  position!: number;

  @Field(() => String, { description: 'The name, as the document writes it (e.g. "servizi educativi").' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
