import type { Context } from '../shared/context.js';
import { childrenLoader } from '../shared/loader.js';
import { GovernanceBody } from './governance-body.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const governanceBodiesByNetwork = (ctx: Context) =>
  childrenLoader<GovernanceBody, string>(ctx, GovernanceBody, 'network', { id: 'asc' });
