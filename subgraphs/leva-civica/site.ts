import type { Opt } from '@mikro-orm/core';
import { Embedded, Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Address } from '../shared/address.js';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';

@Entity({ tableName: 'site' })
// An entity so that spazio-comune's Query.node can hand a site's key to this subgraph.
@Directive('@key(fields: "key")')
@ObjectType('LevaCivicaSite', {
  implements: Node,
  description: 'The place where a Leva Civica project is carried out (sede progetto).',
})
export class LevaCivicaSite {
  @Field(() => ID, {
    name: 'key',
    description:
      'The stable key of the site, e.g. "lc-coesione-sociale": what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the site (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('LevaCivicaSite', this.id);
  }

  @Field(() => String, { description: 'The full name of the site: organisation and unit, as the document writes them.' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { description: 'The organisation, e.g. "Comune di Milano - Direzione Politiche Sociali".' })
  @Property({ type: 'text' })
  organisation!: string;

  @Field(() => String, { nullable: true, description: 'The organisational unit, e.g. "Unità Coesione sociale".' })
  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  @Field(() => Address, { description: 'The address of the site as the document writes it.' })
  @Embedded(() => Address, { prefix: 'address_' })
  address!: Address;

  /** The Municipio the site lies in, where a source says so; null when unknown. */
  @Property({ type: 'integer', nullable: true })
  municipioNumber: number | null = null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
