import type { Context } from '../shared/context.js';
import { childrenLoader } from '../shared/loader.js';
import { Operator } from './operator.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const operatorsByNetwork = (ctx: Context) => childrenLoader<Operator, string>(ctx, Operator, 'network', { role: 'asc', id: 'asc' });

export const operatorsByPoint = (ctx: Context) => childrenLoader<Operator, string>(ctx, Operator, 'point', { role: 'asc', id: 'asc' });
