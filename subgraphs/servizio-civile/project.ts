import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { Node } from './node.js';
import { ServizioCivileProgramme } from './programme.js';
import { PROJECT_SEARCH_TITLE } from './project-search.js';

// Its folded title, for the title search, is kept by a trigger (project-search.ts).
@Entity({ tableName: 'project', triggers: [PROJECT_SEARCH_TITLE.trigger] })
// An entity so that spazio-comune's Query.node can hand a project's key to this subgraph.
@Directive('@key(fields: "key")')
@ObjectType('ServizioCivileProject', {
  implements: Node,
  description: 'A project of a programme: the service that volunteers give at its sites.',
})
export class ServizioCivileProject {
  @Field(() => ID, {
    name: 'key',
    description:
      'The stable key of the project, e.g. "scu-2022-avanti-un-altro": what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the project (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('ServizioCivileProject', this.id);
  }

  @ManyToOne(() => ServizioCivileProgramme, { ref: true, index: true })
  programme!: Ref<ServizioCivileProgramme>;

  @Field(() => String, { description: 'The title of the project, as the document writes it.' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { description: 'Hours of service in the whole period (monte ore annuo).' })
  @Property({ type: 'integer' })
  annualHours!: number;

  @Field(() => Float, { description: 'Average hours of service a week (a whole number in the calls so far).' })
  @Property({ type: 'integer' })
  weeklyHours!: number;

  @Field(() => Int, { description: 'Days of service a week.' })
  @Property({ type: 'integer' })
  daysPerWeek!: number;

  @Field(() => Int, { description: 'Length of the service in months.' })
  @Property({ type: 'integer' })
  months!: number;

  @Field(() => String, { description: 'Particular obligations of volunteers during the service, as the document writes them.' })
  @Property({ type: 'text' })
  obligations!: string;

  @Field(() => String, {
    description: 'Requirements for candidates beyond those of law 6 March 2001, n. 64, as the document writes them.',
  })
  @Property({ type: 'text' })
  requirements!: string;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;

  /**
   * The title folded, as the title search compares it (project-search.ts): written by the database's
   * trigger on every insert and change of the title. Not in the ORM's own selects (lazy), though a
   * loader's `select x.*` reads it along; never in an answer (hidden, no field). In collation "C", as
   * the fold compares.
   */
  @Property({ type: 'text', nullable: true, lazy: true, hidden: true, collation: 'C' })
  searchTitle?: string | null;
}
