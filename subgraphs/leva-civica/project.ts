import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { LevaCivicaHours } from './hours.js';
import { Node } from './node.js';
import { LevaCivicaSite } from './site.js';

@Entity({ tableName: 'project' })
@ObjectType('LevaCivicaProject', {
  implements: Node,
  description: 'A Leva Civica project: places for young people at one site, with its hours plan.',
})
@Directive('@key(fields: "id")')
// The key spazio-comune's Query.node hands a project by (its `id` there is this subgraph's, external).
@Directive('@key(fields: "key")')
export class LevaCivicaProject {
  @Field(() => ID, {
    name: 'key',
    description:
      'The stable key of the project, e.g. "lc-la-coesione-sociale": what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the project (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('LevaCivicaProject', this.id);
  }

  @Field(() => String, { description: 'The name of the project, as the document writes it.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { description: 'Places for young people ("si prevede l\'impiego di N giovani").' })
  @Property({ type: 'integer' })
  places!: number;

  @ManyToOne(() => LevaCivicaSite, { ref: true, index: true })
  site!: Ref<LevaCivicaSite>;

  @Field(() => String, { description: 'The description of the project.' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, { description: 'The context of the project (Contesto).' })
  @Property({ type: 'text' })
  context!: string;

  @Directive('@listSize(assumedSize: 20)')
  @Field(() => [String], { description: 'The needs the project answers (bisogni), as the document lists them.' })
  @Property({ type: 'json' })
  needs!: string[];

  @Directive('@listSize(assumedSize: 20)')
  @Field(() => [String], { description: 'The objectives of the project in answer to the needs.' })
  @Property({ type: 'json' })
  objectives!: string[];

  @Directive('@listSize(assumedSize: 20)')
  @Field(() => [String], { description: 'The activities planned for the young people.' })
  @Property({ type: 'json' })
  activities!: string[];

  @Field(() => String, { description: 'The typical day of a young person in the project (giornata tipo).' })
  @Property({ type: 'text' })
  typicalDay!: string;

  @Field(() => LevaCivicaHours, { description: 'The hours plan.' })
  @Embedded(() => LevaCivicaHours, { prefix: 'hours_' })
  hours!: LevaCivicaHours;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
