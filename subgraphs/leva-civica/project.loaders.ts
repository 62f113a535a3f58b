import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { groupBy, loader } from '../shared/loader.js';
import { LevaCivicaProject } from './project.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/** The projects of every requested Municipio in one query. */
export const projectsByMunicipio = (ctx: Context) =>
  loader<number, LevaCivicaProject[]>(
    ctx,
    'projectsByMunicipio',
    async (numbers) =>
      groupBy(
        await ctx.em.find(
          LevaCivicaProject,
          { site: { municipioNumber: { $in: [...numbers] } } },
          { populate: ['site'], orderBy: { title: 'asc' } },
        ),
        (p) => Reference.unwrapReference(p.site).municipioNumber as number,
      ),
    [],
  );

/** Projects by id, for the gateway's entity lookups (a youth opportunity leads to its project). */
export const projectById = (ctx: Context) =>
  loader<string, LevaCivicaProject | null>(
    ctx,
    'projectById',
    async (ids) => new Map((await ctx.em.find(LevaCivicaProject, { id: { $in: [...ids] } })).map((p) => [p.id, p])),
    null,
  );
