import type { Context } from '../shared/context.js';
import { childrenLoader } from '../shared/loader.js';
import { ServizioCivileProgramme } from './programme.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const programmesByCall = (ctx: Context) =>
  childrenLoader<ServizioCivileProgramme, number>(ctx, ServizioCivileProgramme, 'call', { id: 'asc' });
