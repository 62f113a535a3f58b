import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { ServizioCivileProject } from './project.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const projectsByCall = (ctx: Context) =>
  loader<number, ServizioCivileProject[]>(
    ctx,
    'projectsByCall',
    async (years) =>
      groupBy(
        await ctx.em.find(
          ServizioCivileProject,
          { programme: { call: { $in: [...years] } } },
          { orderBy: { id: 'asc' }, populate: ['programme'] },
        ),
        (p) => Reference.unwrapReference(Reference.unwrapReference(p.programme).call).year,
      ),
    [],
  );
