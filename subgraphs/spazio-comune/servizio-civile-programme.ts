import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Node } from './node.js';

/**
 * A programme of Servizio Civile as spazio-comune sees it: its key alone, so that Query.node can hand
 * a programme's id to servizio-civile. Its `id` is servizio-civile's (external), so that even
 * `node(id:) { id }` asks servizio-civile whether the programme exists.
 */
@ObjectType('ServizioCivileProgramme', {
  implements: Node,
  description: 'A programme of Servizio Civile: a group of projects presented in one call.',
})
@Directive('@key(fields: "key")')
export class ServizioCivileProgramme {
  @Field(() => ID, {
    description:
      'The stable key of the programme, e.g. "scu-2022-percorsi-educativi-lombardia": what `id` was before it became a global id (not unique across the graph).',
  })
  key!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the programme (Query.node resolves it); `key` is its own key.' })
  @Directive('@external')
  id!: string;
}
