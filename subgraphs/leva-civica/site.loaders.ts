import type { Context } from '../shared/context.js';
import { entityLoader } from '../shared/loader.js';
import { LevaCivicaSite } from './site.js';

/** Sites by key, for the gateway's entity lookups (Query.node): the ids of one request in one statement. */
export const siteById = (ctx: Context) => entityLoader(ctx, LevaCivicaSite, 'id');
