import { PrimaryKeyProp } from '@mikro-orm/core';
import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';

@Entity({ tableName: 'call' })
// An entity so that spazio-comune's Query.node can hand a call's key to this subgraph.
@Directive('@key(fields: "year")')
@ObjectType('ServizioCivileCall', {
  implements: Node,
  description: 'A call for applications (bando) of Servizio Civile Universale, by year.',
})
export class ServizioCivileCall {
  [PrimaryKeyProp]?: 'year';

  @Field(() => Int, { description: 'The year of the call, e.g. 2022.' })
  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Field(() => ID, { description: 'The globally unique, opaque id of the call (Query.node resolves it); `year` stays its key.' })
  @Directive('@shareable')
  get id(): string {
    return globalId('ServizioCivileCall', this.year);
  }

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
