import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { partsOfProvision } from './loaders.js';
import { SheetProvision } from './sheet-provision.js';

@Resolver(() => SheetProvision)
export class SheetProvisionResolver {
  // A provision's parts: a handful in the sheets.
  @Directive('@listSize(assumedSize: 20)')
  @FieldResolver(() => [SheetProvision], {
    description: 'The parts of this provision (the sub-objectives of an objective, the tasks of a role), in the order of the sheet.',
  })
  parts(@Root() provision: SheetProvision, @Ctx() ctx: Context): Promise<SheetProvision[]> {
    return partsOfProvision(ctx).load(provision.id);
  }

  @FieldResolver(() => SheetProvision, { nullable: true, description: 'The provision this one is a part of; null at the top.' })
  parent(@Root() provision: SheetProvision): Promise<SheetProvision> | null {
    return provision.parent ? provision.parent.loadOrFail() : null;
  }
}
