import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { loader } from '../shared/loader.js';
import { SpazioComune } from './spazio-comune.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const networkByMunicipio = (ctx: Context) =>
  loader<number, SpazioComune | null>(
    ctx,
    'networkByMunicipio',
    async (numbers) =>
      new Map(
        (await ctx.em.find(SpazioComune, { municipio: { $in: [...numbers] } })).map((n) => [
          Reference.unwrapReference(n.municipio).number,
          n,
        ]),
      ),
    null,
  );
