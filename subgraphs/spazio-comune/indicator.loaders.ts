import type { Context } from '../shared/context.js';
import { basisOfSums, type FigureBasis } from '../shared/figure-basis.js';
import { groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/**
 * The participation recorded for every requested indicator, summed by the database in one grouped
 * statement (real and demo apart), from the index on (indicator, demo, quantity) alone: the records
 * never reach this process, however many there are.
 */
export const actualBasisByIndicator = (ctx: Context) =>
  loader<string, FigureBasis>(
    ctx,
    'actualBasisByIndicator',
    async (codes) => {
      const rows: { indicator: string; demo: boolean; quantity: string }[] = await ctx.em.execute(
        `select indicator_code as indicator, source_demo as demo, sum(quantity) as quantity
         from ${tableOf(ctx.em, 'participation')}
         where indicator_code = any(array[?]::text[])
         group by 1, 2`,
        [[...codes]],
      );
      return new Map(
        [...groupBy(rows, (row) => row.indicator)].map(([code, parts]) => [
          code,
          basisOfSums(parts.map((p) => ({ demo: p.demo, amount: Number(p.quantity) }))),
        ]),
      );
    },
    basisOfSums([]),
  );
