import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.js';

/**
 * A placement of Servizio Civile as spazio-comune sees it: its key alone, so that Query.node can hand
 * a placement's id to servizio-civile. Its `id` is servizio-civile's (external), so that even
 * `node(id:) { id }` asks servizio-civile whether the placement exists.
 */
@ObjectType('ServizioCivilePlacement', {
  implements: Node,
  description: 'The volunteers of one call at one site for one project, with the address and content the call gives for that site.',
})
@Directive('@key(fields: "key")')
export class ServizioCivilePlacement {
  @Field(() => ID, {
    description:
      'The stable key of the placement, e.g. "2022-202928": what `id` was before it became a global id (not unique across the graph).',
  })
  key!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the placement (Query.node resolves it); `key` is its own key.' })
  @Directive('@external')
  id!: string;
}
