import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Address } from '../shared/address.js';
import { Municipio } from './municipio.js';
import { Node } from './node.js';

/**
 * A Servizio Civile site as spazio-comune sees it: its key, its coordinates and the Municipio a
 * source gives (both from servizio-civile), to which it adds the answer to "which Municipio is it
 * in", as for points. The gateway fetches those fields first (@requires), so no SQL crosses subgraphs.
 * Its `id` is servizio-civile's (external), so that `node(id:) { id }` asks servizio-civile whether the site exists.
 */
@ObjectType('ServizioCivileSite', { implements: Node, description: 'A site where Servizio Civile volunteers serve (sede di attuazione).' })
@Directive('@key(fields: "code")')
export class ServizioCivileSite {
  @Field(() => ID, { description: 'The national code of the site.' })
  code!: string;

  @Field(() => ID, { description: 'The globally unique, opaque id of the site (Query.node resolves it); `code` stays its key.' })
  @Directive('@external')
  id!: string;

  @Field(() => Address, { nullable: true, description: 'The address of the site as its latest call writes it.' })
  @Directive('@external')
  address!: Address | null;

  @Field(() => Municipio, { nullable: true, description: 'The Municipio a source gives for the site; null when none does.' })
  @Directive('@external')
  municipioFromSource!: Municipio | null;
}
