import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { childrenLoader, groupBy, loader } from '../shared/loader.js';
import { ServizioCivileCall } from './call.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileProgramme } from './programme.js';
import { ServizioCivileProject } from './project.js';
import { ServizioCivileSite } from './site.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const placementsOfProject = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, string>(ctx, ServizioCivilePlacement, 'project', { position: 'asc' });

export const placementsOfSite = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, string>(ctx, ServizioCivilePlacement, 'site', { call: 'desc', id: 'asc' });

export const placementsOfCall = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, number>(ctx, ServizioCivilePlacement, 'call', { position: 'asc' });

export const programmesOfCall = (ctx: Context) =>
  childrenLoader<ServizioCivileProgramme, number>(ctx, ServizioCivileProgramme, 'call', { id: 'asc' });

export const projectsOfCall = (ctx: Context) =>
  loader<number, ServizioCivileProject[]>(
    ctx,
    'projectsOfCall',
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

export const callByYear = (ctx: Context) =>
  loader<number, ServizioCivileCall | null>(
    ctx,
    'callByYear',
    async (years) => new Map((await ctx.em.find(ServizioCivileCall, { year: { $in: [...years] } })).map((c) => [c.year, c])),
    null,
  );

/** The year of the newest call on record (null when there is none), looked up once per request. */
export const latestCallYear = (ctx: Context): Promise<number | null> =>
  loader<'latest', number | null>(
    ctx,
    'latestCallYear',
    async () =>
      new Map([['latest' as const, (await ctx.em.find(ServizioCivileCall, {}, { orderBy: { year: 'desc' }, limit: 1 }))[0]?.year ?? null]]),
    null,
  ).load('latest');

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

/** spazio-comune asks for sites by code (to place them on the map of the Municipi): batched into one query. */
export const siteByCode = (ctx: Context) =>
  loader<string, ServizioCivileSite | null>(
    ctx,
    'siteByCode',
    async (codes) => new Map((await ctx.em.find(ServizioCivileSite, { code: { $in: [...codes] } })).map((s) => [s.code, s])),
    null,
  );

/** Placements by id, for the gateway's entity lookups (a youth opportunity leads to its placement). */
export const placementById = (ctx: Context) =>
  loader<string, ServizioCivilePlacement | null>(
    ctx,
    'placementById',
    async (ids) => new Map((await ctx.em.find(ServizioCivilePlacement, { id: { $in: [...ids] } })).map((p) => [p.id, p])),
    null,
  );
