import { PrimaryKeyProp } from '@mikro-orm/core';
import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';

@Entity({ tableName: 'wemi_category' })
@ObjectType('WemiCategory', {
  implements: Node,
  description: 'One of the thirteen categories that group the services of the WeMi platform.',
})
export class WemiCategory {
  [PrimaryKeyProp]?: 'position';

  @Field(() => Int, { description: 'Its place in the list, as the document gives it (1 to 13).' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  position!: number;

  @Field(() => ID, { description: 'The globally unique, opaque id of the category (Query.node resolves it); `position` stays its key.' })
  get id(): string {
    return globalId('WemiCategory', this.position);
  }

  @Field(() => String, { description: 'The name, as the document writes it (e.g. "servizi educativi").' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
