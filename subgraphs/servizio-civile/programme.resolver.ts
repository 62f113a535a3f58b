import { Reference } from '@mikro-orm/core';
import { FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { globalId, nodeNotFound } from '../shared/global-id.js';
import { ServizioCivileProgramme } from './programme.js';
import { programmeById } from './programme.loaders.js';

@Resolver(() => ServizioCivileProgramme)
export class ServizioCivileProgrammeResolver {
  @FieldResolver(() => Int, { description: 'The year of the call in which the programme was presented.' })
  callYear(@Root() programme: ServizioCivileProgramme): number {
    return Reference.unwrapReference(programme.call).year;
  }
}

/** Query.node (spazio-comune) hands a programme's key here; an unknown key is NOT_FOUND, so node() is null. */
export const servizioCivileProgrammeReference = {
  ServizioCivileProgramme: {
    __resolveReference: async (reference: { key: string }, ctx: Context) => {
      const programme = await programmeById(ctx).load(reference.key);
      if (!programme) throw nodeNotFound(globalId('ServizioCivileProgramme', reference.key));
      return programme;
    },
  },
};
