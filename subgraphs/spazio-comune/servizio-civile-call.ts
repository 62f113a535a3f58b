import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { Node } from './node.js';

/**
 * A call of Servizio Civile as spazio-comune sees it: its key alone, so that Query.node can answer a
 * call's id here and the gateway asks servizio-civile for the rest. Its `id` is servizio-civile's
 * (external), so that even `node(id:) { id }` asks servizio-civile whether the call exists.
 */
@ObjectType('ServizioCivileCall', {
  implements: Node,
  description: 'A call for applications (bando) of Servizio Civile Universale, by year.',
})
@Directive('@key(fields: "year")')
export class ServizioCivileCall {
  @Field(() => Int, { description: 'The year of the call, e.g. 2022.' })
  year!: number;

  @Field(() => ID, { description: 'The globally unique, opaque id of the call (Query.node resolves it); `year` stays its key.' })
  @Directive('@external')
  id!: string;
}
