import { Reference } from '@mikro-orm/core';
import { type Context, groupBy, loader } from '../shared/context.js';
import { Call } from './call.js';
import { Placement } from './placement.js';
import { Programme } from './programme.js';
import { Project } from './project.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const placementsOfProject = (ctx: Context) =>
  loader<string, Placement[]>(
    ctx,
    'placementsOfProject',
    async (ids) =>
      groupBy(
        await ctx.em.find(Placement, { project: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
        (p) => Reference.unwrapReference(p.project).id,
      ),
    [],
  );

export const placementsOfSite = (ctx: Context) =>
  loader<string, Placement[]>(
    ctx,
    'placementsOfSite',
    async (codes) =>
      groupBy(
        await ctx.em.find(Placement, { site: { $in: [...codes] } }, { orderBy: { call: 'desc', id: 'asc' } }),
        (p) => Reference.unwrapReference(p.site).code,
      ),
    [],
  );

export const placementsOfCall = (ctx: Context) =>
  loader<number, Placement[]>(
    ctx,
    'placementsOfCall',
    async (years) =>
      groupBy(
        await ctx.em.find(Placement, { call: { $in: [...years] } }, { orderBy: { position: 'asc' } }),
        (p) => Reference.unwrapReference(p.call).year,
      ),
    [],
  );

export const programmesOfCall = (ctx: Context) =>
  loader<number, Programme[]>(
    ctx,
    'programmesOfCall',
    async (years) =>
      groupBy(
        await ctx.em.find(Programme, { call: { $in: [...years] } }, { orderBy: { id: 'asc' } }),
        (p) => Reference.unwrapReference(p.call).year,
      ),
    [],
  );

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
