import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Address } from '../shared/address.js';

/**
 * A Servizio Civile site as spazio-comune sees it: its key and coordinates (from servizio-civile),
 * to which it adds the Municipio its official boundaries contain. The gateway fetches the
 * coordinates first (@requires), so no SQL crosses subgraphs.
 */
@ObjectType('ServizioCivileSite', { description: 'A site where Servizio Civile volunteers serve (owned by servizio-civile).' })
@Directive('@key(fields: "code")')
export class ServizioCivileSite {
  @Field(() => ID, { description: 'The national code of the site.' })
  code!: string;

  @Field(() => Address, { nullable: true, description: 'The address of the site (from servizio-civile).' })
  @Directive('@external')
  address!: Address | null;
}
