import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { childrenLoader, groupBy, loader } from '../shared/loader.js';
import { Call } from './call.js';
import { Placement } from './placement.js';
import { Programme } from './programme.js';
import { Project } from './project.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const placementsOfProject = (ctx: Context) => childrenLoader<Placement, string>(ctx, Placement, 'project', { position: 'asc' });

export const placementsOfSite = (ctx: Context) => childrenLoader<Placement, string>(ctx, Placement, 'site', { call: 'desc', id: 'asc' });

export const placementsOfCall = (ctx: Context) => childrenLoader<Placement, number>(ctx, Placement, 'call', { position: 'asc' });

export const programmesOfCall = (ctx: Context) => childrenLoader<Programme, number>(ctx, Programme, 'call', { id: 'asc' });

export const projectsOfCall = (ctx: Context) =>
  loader<number, Project[]>(
    ctx,
    'projectsOfCall',
    async (years) =>
      groupBy(
        await ctx.em.find(Project, { programme: { call: { $in: [...years] } } }, { orderBy: { id: 'asc' }, populate: ['programme'] }),
        (p) => Reference.unwrapReference(Reference.unwrapReference(p.programme).call).year,
      ),
    [],
  );

export const callByYear = (ctx: Context) =>
  loader<number, Call | null>(
    ctx,
    'callByYear',
    async (years) => new Map((await ctx.em.find(Call, { year: { $in: [...years] } })).map((c) => [c.year, c])),
    null,
  );

/** The year of the newest call on record (null when there is none), looked up once per request. */
export const latestCallYear = (ctx: Context): Promise<number | null> =>
  loader<'latest', number | null>(
    ctx,
    'latestCallYear',
    async () => new Map([['latest' as const, (await ctx.em.find(Call, {}, { orderBy: { year: 'desc' }, limit: 1 }))[0]?.year ?? null]]),
    null,
  ).load('latest');
