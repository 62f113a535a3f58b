import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { childrenLoader, groupBy, loader } from '../shared/loader.js';
import { ServizioCivilePlacement } from './placement.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const placementsByProject = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, string>(ctx, ServizioCivilePlacement, 'project', { position: 'asc' });

export const placementsBySite = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, string>(ctx, ServizioCivilePlacement, 'site', { call: 'desc', id: 'asc' });

export const placementsByCall = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, number>(ctx, ServizioCivilePlacement, 'call', { position: 'asc' });

/** The placements of one call grouped by the Municipio of their site: one query for all nine Municipi. */
export const placementsByMunicipio = (ctx: Context, year: number) =>
  loader<number, ServizioCivilePlacement[]>(
    ctx,
    `placementsByMunicipio:${year}`,
    async (numbers) => {
      const placements = await ctx.em.find(
        ServizioCivilePlacement,
        { call: year, site: { municipioNumber: { $in: [...numbers] } } },
        { populate: ['site'], orderBy: { site: { code: 'asc' } } },
      );
      return groupBy(placements, (p) => Reference.unwrapReference(p.site).municipioNumber as number);
    },
    [],
  );

/** Placements by id, for the gateway's entity lookups (a youth opportunity leads to its placement). */
export const placementById = (ctx: Context) =>
  loader<string, ServizioCivilePlacement | null>(
    ctx,
    'placementById',
    async (ids) => new Map((await ctx.em.find(ServizioCivilePlacement, { id: { $in: [...ids] } })).map((p) => [p.id, p])),
    null,
  );
