import { Reference } from '@mikro-orm/core';
import { type Context, childrenLoader, loader } from '../shared/context.js';
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
  childrenLoader<Point, number>(ctx, Point, 'municipio', { kind: 'asc', name: 'asc', id: 'asc' });

export const hoursOfPoint = (ctx: Context) => childrenLoader<OpeningHours, string>(ctx, OpeningHours, 'point', { id: 'asc' });

export const operatorsOfNetwork = (ctx: Context) => childrenLoader<Operator, string>(ctx, Operator, 'network', { role: 'asc', id: 'asc' });

export const operatorsOfPoint = (ctx: Context) => childrenLoader<Operator, string>(ctx, Operator, 'point', { role: 'asc', id: 'asc' });

export const governanceOfNetwork = (ctx: Context) => childrenLoader<GovernanceBody, string>(ctx, GovernanceBody, 'network', { id: 'asc' });
