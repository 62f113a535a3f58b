import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A Leva Civica project as servizio-civile names it: its key only, so that the YouthOpportunity
 * value type has the same fields here as in leva-civica (where its link is set).
 */
@ObjectType('LevaCivicaProject', { description: 'A Leva Civica project: places for young people at one site, with its hours plan.' })
@Directive('@key(fields: "id", resolvable: false)')
export class LevaCivicaProject {
  @Field(() => ID, { description: 'The globally unique, opaque id of the project (Query.node resolves it); `key` is its own key.' })
  id!: string;
}
