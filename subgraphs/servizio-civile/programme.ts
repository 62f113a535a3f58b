import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { ServizioCivileCall } from './call.js';
import { Node } from './node.js';

@Entity({ tableName: 'programme' })
// An entity so that spazio-comune's Query.node can hand a programme's key to this subgraph.
@Directive('@key(fields: "key")')
@ObjectType('ServizioCivileProgramme', {
  implements: Node,
  description: 'A programme of Servizio Civile: a group of projects presented in one call.',
})
export class ServizioCivileProgramme {
  @Field(() => ID, {
    name: 'key',
    description:
      'The stable key of the programme, e.g. "scu-2022-percorsi-educativi-lombardia": what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the programme (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('ServizioCivileProgramme', this.id);
  }

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
