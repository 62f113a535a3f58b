import { PrimaryKeyProp, type Ref } from '@mikro-orm/core';
import { Embedded, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Municipio } from './municipio.js';
import { Node } from './node.js';

@Entity({ tableName: 'network' })
@ObjectType('SpazioComune', {
  implements: Node,
  description: 'A municipal network SPAZIO COMUNE.N: the CSRC and Spazi WeMi of one Municipio.',
})
export class SpazioComune {
  [PrimaryKeyProp]?: 'code';

  @Field(() => ID, { description: 'The name the technical sheets give the network, "SPAZIO COMUNE.N".' })
  @PrimaryKey({ type: 'text' })
  code!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the network (Query.node resolves it); `code` stays its key.' })
  get id(): string {
    return globalId('SpazioComune', this.code);
  }

  @ManyToOne(() => Municipio, { ref: true, index: true })
  municipio!: Ref<Municipio>;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether the network runs the activity of the family-assistant register and BAF applications (required in SPAZIO COMUNE.1); null when not on record.',
  })
  @Property({ type: 'boolean', nullable: true })
  familyAssistantRegister: boolean | null = null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
