import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.js';

/**
 * A Leva Civica site as spazio-comune sees it: its key alone, so that Query.node can hand
 * a site's id to leva-civica. Its `id` is leva-civica's (external), so that even
 * `node(id:) { id }` asks leva-civica whether the site exists.
 */
@ObjectType('LevaCivicaSite', {
  implements: Node,
  description: 'The place where a Leva Civica project is carried out (sede progetto).',
})
@Directive('@key(fields: "key")')
export class LevaCivicaSite {
  @Field(() => ID, {
    description:
      'The stable key of the site, e.g. "lc-coesione-sociale": what `id` was before it became a global id (not unique across the graph).',
  })
  key!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the site (Query.node resolves it); `key` is its own key.' })
  @Directive('@external')
  id!: string;
}
