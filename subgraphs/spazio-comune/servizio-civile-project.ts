import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.js';

/**
 * A project of Servizio Civile as spazio-comune sees it: its key alone, so that Query.node can hand
 * a project's id to servizio-civile. Its `id` is servizio-civile's (external), so that even
 * `node(id:) { id }` asks servizio-civile whether the project exists.
 */
@ObjectType('ServizioCivileProject', {
  implements: Node,
  description: 'A project of a programme: the service that volunteers give at its sites.',
})
@Directive('@key(fields: "key")')
export class ServizioCivileProject {
  @Field(() => ID, {
    description:
      'The stable key of the project, e.g. "scu-2022-avanti-un-altro": what `id` was before it became a global id (not unique across the graph).',
  })
  key!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the project (Query.node resolves it); `key` is its own key.' })
  @Directive('@external')
  id!: string;
}
