import { Reference } from '@mikro-orm/core';
import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { ServizioCivileProgramme } from './programme.js';

@Resolver(() => ServizioCivileProgramme)
export class ServizioCivileProgrammeResolver {
  @FieldResolver(() => Int, { description: 'The year of the call in which the programme was presented.' })
  callYear(@Root() programme: ServizioCivileProgramme): number {
    return Reference.unwrapReference(programme.call).year;
  }
}
