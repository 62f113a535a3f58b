import { Ctx, Query, Resolver } from 'type-graphql';
import { checkFirst, FirstArg } from '../shared/connection.js';
import type { Context } from '../shared/context.js';
import { SharedService } from './shared-service.js';

@Resolver(() => SharedService)
export class SharedServiceResolver {
  @Query(() => [SharedService], {
    description: 'The shared services (servizi condivisi) offered across the city, by area and name, at most `first` of them.',
  })
  sharedServices(@FirstArg('services') first: number, @Ctx() ctx: Context): Promise<SharedService[]> {
    return ctx.em.find(SharedService, {}, { orderBy: { area: 'asc', name: 'asc' }, limit: checkFirst(first) });
  }
}
