import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A Servizio Civile placement as leva-civica names it: its key only, so that the YouthOpportunity
 * value type has the same fields here as in servizio-civile (where its link is set).
 */
@ObjectType('ServizioCivilePlacement', {
  description: 'The volunteers of one call at one site for one project, with the address and content the call gives for that site.',
})
@Directive('@key(fields: "id", resolvable: false)')
export class ServizioCivilePlacement {
  @Field(() => ID, { description: 'The globally unique, opaque id of the placement (Query.node resolves it); `key` is its own key.' })
  id!: string;
}
