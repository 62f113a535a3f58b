import type { Context } from '../shared/context.js';
import { childrenLoader } from '../shared/loader.js';
import { SheetProvision } from './sheet-provision.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const provisionsByParent = (ctx: Context) =>
  childrenLoader<SheetProvision, string>(ctx, SheetProvision, 'parent', { position: 'asc', id: 'asc' });
