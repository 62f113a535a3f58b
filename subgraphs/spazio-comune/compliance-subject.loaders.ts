import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { loader } from '../shared/loader.js';

/** One query per kind of subject for a whole report: the records of many checks by their ids. */
export function subjectById<T extends object>(ctx: Context, entity: EntityClass<T>, key: keyof T & string) {
  return loader<string, T | null>(
    ctx,
    `compliance${entity.name}`,
    async (ids) =>
      new Map((await ctx.em.find(entity, { [key]: { $in: [...ids] } } as FilterQuery<NoInfer<T>>)).map((row) => [String(row[key]), row])),
    null,
  );
}
