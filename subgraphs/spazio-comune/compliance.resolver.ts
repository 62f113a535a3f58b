import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../shared/context.js';
import { loader } from '../shared/loader.js';
import { ComplianceCheck } from './compliance.js';
import { City, ComplianceSubject, ComplianceSubjectKind } from './compliance-subject.js';
import { Operator } from './operator.js';
import { Point } from './point.js';
import { SpazioComune } from './spazio-comune.js';

/** One query per kind of subject for a whole report: the records of many checks by their ids. */
function byId<T extends object>(ctx: Context, entity: EntityClass<T>, key: keyof T & string) {
  return loader<string, T | null>(
    ctx,
    `compliance${entity.name}`,
    async (ids) =>
      new Map((await ctx.em.find(entity, { [key]: { $in: [...ids] } } as FilterQuery<NoInfer<T>>)).map((row) => [String(row[key]), row])),
    null,
  );
}

@Resolver(() => ComplianceCheck)
export class ComplianceCheckResolver {
  @FieldResolver(() => ComplianceSubject, {
    nullable: true,
    description: 'The subject itself, to follow from a check to its page: the city, a network, a point or an operator.',
  })
  judged(@Root() check: ComplianceCheck, @Ctx() ctx: Context): Promise<City | SpazioComune | Point | Operator | null> | City {
    switch (check.subjectKind) {
      case ComplianceSubjectKind.CITY:
        return Object.assign(new City(), { name: check.subjectId });
      case ComplianceSubjectKind.NETWORK:
        return byId(ctx, SpazioComune, 'code').load(check.subjectId);
      case ComplianceSubjectKind.POINT:
        return byId(ctx, Point, 'id').load(check.subjectId);
      case ComplianceSubjectKind.OPERATOR:
        return byId(ctx, Operator, 'id').load(check.subjectId);
    }
  }
}
