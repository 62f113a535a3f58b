import { Ctx, Directive, Query, Resolver } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { WemiCategory } from './wemi-category.js';

@Resolver(() => WemiCategory)
export class WemiCategoryResolver {
  // The thirteen WeMi categories.
  @Directive('@listSize(assumedSize: 20)')
  @Query(() => [WemiCategory], { description: 'The thirteen categories of WeMi services, in the order of the document.' })
  wemiCategories(@Ctx() ctx: Context): Promise<WemiCategory[]> {
    return ctx.em.find(WemiCategory, {}, { orderBy: { position: 'asc' } });
  }
}
