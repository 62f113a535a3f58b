import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.js';

/**
 * A Leva Civica project as spazio-comune sees it: its key alone, so that Query.node can hand
 * a project's id to leva-civica. Its `id` is leva-civica's (external), so that even
 * `node(id:) { id }` asks leva-civica whether the project exists.
 */
@ObjectType('LevaCivicaProject', {
  implements: Node,
  description: 'A Leva Civica project: places for young people at one site, with its hours plan.',
})
@Directive('@key(fields: "key")')
export class LevaCivicaProject {
  @Field(() => ID, {
    description:
      'The stable key of the project, e.g. "lc-la-coesione-sociale": what `id` was before it became a global id (not unique across the graph).',
  })
  key!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the project (Query.node resolves it); `key` is its own key.' })
  @Directive('@external')
  id!: string;
}
