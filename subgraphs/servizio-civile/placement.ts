import type { Opt, Ref } from '@mikro-orm/core';
import { Embedded, Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Address } from '../shared/address.js';
import { globalId } from '../shared/global-id.js';
import { Source } from '../shared/source.js';
import { ServizioCivileCall } from './call.js';
import { CALL_VOLUNTEERS_TRIGGERS_ON_PLACEMENT } from './call-volunteers-total.js';
import { Node } from './node.js';
import { ServizioCivileObjective } from './objective.js';
import { ServizioCivileProject } from './project.js';
import { ServizioCivileSite } from './site.js';

// A Municipio's volunteers are read from the totals these triggers keep (call-volunteers-total.ts).
@Entity({ tableName: 'placement', triggers: CALL_VOLUNTEERS_TRIGGERS_ON_PLACEMENT })
// Whether a site has placements in a call, and the first site codes of a call (CallComparison), from this index alone.
@Index({ properties: ['call', 'site', 'source.demo', 'volunteers'] })
// The first placements of a call, and of a project, in the order of the call, read from an index (a national call has 70,000).
// The call's carries demo and volunteers too: the planner prefers it for a call's total, which it sums alone too.
@Index({
  name: 'placement_call_year_position_index',
  expression:
    'create index "placement_call_year_position_index" on "servizio_civile"."placement" ("call_year", "position") include ("source_demo", "volunteers")',
})
@Index({ properties: ['project', 'position'] })
@ObjectType('ServizioCivilePlacement', {
  implements: Node,
  description: 'The volunteers of one call at one site for one project, with the address and content the call gives for that site.',
})
@Directive('@key(fields: "id")')
// The key spazio-comune's Query.node hands a placement by (its `id` there is this subgraph's, external).
@Directive('@key(fields: "key")')
export class ServizioCivilePlacement {
  @Field(() => ID, {
    name: 'key',
    description:
      'The stable key of the placement, e.g. "2022-202928": what `id` was before it became a global id (not unique across the graph).',
  })
  @PrimaryKey({ type: 'text' })
  id!: string;

  @Field(() => ID, {
    name: 'id',
    description: 'The globally unique, opaque id of the placement (Query.node resolves it); `key` is its own key.',
  })
  get nodeId(): Opt<string> {
    return globalId('ServizioCivilePlacement', this.id);
  }

  // No index of its own: the composite index on (call, site, demo, volunteers) starts with it.
  @ManyToOne(() => ServizioCivileCall, { ref: true })
  call!: Ref<ServizioCivileCall>;

  // No index of its own: the composite index on (project, position) starts with it.
  @ManyToOne(() => ServizioCivileProject, { ref: true })
  project!: Ref<ServizioCivileProject>;

  @ManyToOne(() => ServizioCivileSite, { ref: true, index: true })
  site!: Ref<ServizioCivileSite>;

  @Field(() => Int, { description: 'The place of the site in the call’s list of sites (1 = first), as the document orders them.' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Int, { description: 'Number of volunteers (n. volontari) the call places at the site.' })
  @Property({ type: 'integer' })
  volunteers!: number;

  @Field(() => Address, { description: 'The address of the site as this call writes it.' })
  @Embedded(() => Address, { prefix: 'address_' })
  address!: Address;

  @Field(() => String, { nullable: true, description: 'The description of the context of the site, as the document gives it.' })
  @Property({ type: 'text', nullable: true })
  context: string | null = null;

  // A placement's objectives: at most 2 in the 2022 call.
  @Directive('@listSize(assumedSize: 10)')
  @Field(() => [ServizioCivileObjective], { description: 'The objectives of the project at this site, with actions and activities.' })
  @Property({ type: 'json' })
  objectives!: ServizioCivileObjective[];

  @Field(() => String, {
    nullable: true,
    description:
      "The role of the volunteers («Ruolo ed attività previste per i volontari nell'ambito del progetto»), the general text as the site's section writes it: the support of the OLP, the on-the-job training, the activities done in common.",
  })
  @Property({ type: 'text', nullable: true })
  volunteerRole: string | null = null;

  // The shared activities of a role: at most 5 in the 2022 call.
  @Directive('@listSize(assumedSize: 20)')
  @Field(() => [String], {
    description: 'The activities volunteers do in common, as the role text lists them ("l\'accoglienza", "la formazione", …).',
  })
  @Property({ type: 'json', defaultRaw: `'[]'` })
  sharedActivities: string[] = [];

  @Field(() => String, {
    nullable: true,
    description: "The particular obligations of the volunteers («Eventuali particolari obblighi…») as the site's section writes them.",
  })
  @Property({ type: 'text', nullable: true })
  obligations: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: "The requirements asked of candidates («Eventuali requisiti richiesti…») as the site's section writes them.",
  })
  @Property({ type: 'text', nullable: true })
  requirements: string | null = null;

  @Field(() => Source, { description: 'Where this record came from.' })
  @Embedded(() => Source, { prefix: 'source_' })
  source!: Source;
}
