import { Arg, Ctx, Directive, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { badUserInput } from '../shared/errors.js';
import { SheetProvision, SheetProvisionKind } from './sheet-provision.js';
import { provisionsByParent } from './sheet-provision.loaders.js';

@Resolver(() => SheetProvision)
export class SheetProvisionResolver {
  // The provisions of the three sheets: 113 in all today.
  @Directive('@listSize(assumedSize: 200)')
  @Query(() => [SheetProvision], {
    description:
      'The provisions of the technical sheets, word for word, in the order of the sheets: the top-level ones (their parts under parts), or every one of a kind.',
  })
  sheetProvisions(
    @Arg('sheet', () => Int, { nullable: true, description: 'Only this sheet: 1 CSRC, 2 Spazi WeMi, 3 Azioni di sistema.' })
    sheet: number | null,
    @Arg('kind', () => SheetProvisionKind, { nullable: true, description: 'Only provisions of this kind, parts included.' })
    kind: SheetProvisionKind | null,
    @Ctx() ctx: Context,
  ): Promise<SheetProvision[]> {
    if (sheet !== null && sheet !== undefined && ![1, 2, 3].includes(sheet)) throw badUserInput('sheet must be 1, 2 or 3.', 'sheet');
    return ctx.em.find(
      SheetProvision,
      { ...(sheet == null ? {} : { sheet }), ...(kind == null ? { parent: null } : { kind }) },
      { orderBy: { sheet: 'asc', position: 'asc', id: 'asc' } },
    );
  }

  // A provision's parts: a handful in the sheets.
  @Directive('@listSize(assumedSize: 20)')
  @FieldResolver(() => [SheetProvision], {
    description: 'The parts of this provision (the sub-objectives of an objective, the tasks of a role), in the order of the sheet.',
  })
  parts(@Root() provision: SheetProvision, @Ctx() ctx: Context): Promise<SheetProvision[]> {
    return provisionsByParent(ctx).load(provision.id);
  }

  @FieldResolver(() => SheetProvision, { nullable: true, description: 'The provision this one is a part of; null at the top.' })
  parent(@Root() provision: SheetProvision): Promise<SheetProvision> | null {
    return provision.parent ? provision.parent.loadOrFail() : null;
  }
}
