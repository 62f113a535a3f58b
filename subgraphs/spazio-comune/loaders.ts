import { Reference } from '@mikro-orm/core';
import { type Context, groupBy, loader } from '../shared/context.js';
import { GovernanceBody } from './governance-body.js';
import { Municipio } from './municipio.js';
import { Network } from './network.js';
import { OpeningHours } from './opening-hours.js';
import { Operator } from './operator.js';
import { Point } from './point.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const municipioByNumber = (ctx: Context) =>
  loader<number, Municipio | null>(
    ctx,
    'municipioByNumber',
    async (numbers) => new Map((await ctx.em.find(Municipio, { number: { $in: [...numbers] } })).map((m) => [m.number, m])),
    null,
  );

export const networkOfMunicipio = (ctx: Context) =>
  loader<number, Network | null>(
    ctx,
    'networkOfMunicipio',
    async (numbers) =>
      new Map(
        (await ctx.em.find(Network, { municipio: { $in: [...numbers] } })).map((n) => [Reference.unwrapReference(n.municipio).number, n]),
      ),
    null,
  );

export const pointsOfMunicipio = (ctx: Context) =>
  loader<number, Point[]>(
    ctx,
    'pointsOfMunicipio',
    async (numbers) =>
      groupBy(await ctx.em.find(Point, { municipio: { $in: [...numbers] } }, { orderBy: { kind: 'asc', name: 'asc', id: 'asc' } }), (p) =>
        p.municipio ? Reference.unwrapReference(p.municipio).number : 0,
      ),
    [],
  );

export const hoursOfPoint = (ctx: Context) =>
  loader<string, OpeningHours[]>(
    ctx,
    'hoursOfPoint',
    async (ids) =>
      groupBy(
        await ctx.em.find(OpeningHours, { point: { $in: [...ids] } }, { orderBy: { id: 'asc' } }),
        (h) => Reference.unwrapReference(h.point).id,
      ),
    [],
  );

export const operatorsOfNetwork = (ctx: Context) =>
  loader<string, Operator[]>(
    ctx,
    'operatorsOfNetwork',
    async (codes) =>
      groupBy(
        await ctx.em.find(Operator, { network: { $in: [...codes] } }, { orderBy: { role: 'asc', id: 'asc' } }),
        (o) => Reference.unwrapReference(o.network).code,
      ),
    [],
  );

export const operatorsOfPoint = (ctx: Context) =>
  loader<string, Operator[]>(
    ctx,
    'operatorsOfPoint',
    async (ids) =>
      groupBy(await ctx.em.find(Operator, { point: { $in: [...ids] } }, { orderBy: { role: 'asc', id: 'asc' } }), (o) =>
        o.point ? Reference.unwrapReference(o.point).id : '',
      ),
    [],
  );

export const governanceOfNetwork = (ctx: Context) =>
  loader<string, GovernanceBody[]>(
    ctx,
    'governanceOfNetwork',
    async (codes) =>
      groupBy(await ctx.em.find(GovernanceBody, { network: { $in: [...codes] } }, { orderBy: { id: 'asc' } }), (g) =>
        g.network ? Reference.unwrapReference(g.network).code : '',
      ),
    [],
  );
