import type { Context } from '../shared/context.js';
import { basisOfSums, type FigureBasis } from '../shared/figure-basis.js';
import { groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { ParticipationTotal } from './participation-total.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/**
 * The participation recorded for every requested indicator (real and demo apart), in one statement
 * that reads the running totals, not the records: its cost does not grow with them (1,000,000 at
 * scale 100 took 160–225 ms to sum).
 */
export const actualBasisByIndicator = (ctx: Context) =>
  loader<string, FigureBasis>(
    ctx,
    'actualBasisByIndicator',
    async (codes) => {
      // The totals the trigger on participation keeps (participation-total.ts): one row per part, whatever the records.
      const rows: { indicator: string; demo: boolean; quantity: string }[] = await ctx.em.execute(
        `select indicator_code as indicator, source_demo as demo, quantity
         from ${tableOf(ctx.em, ParticipationTotal)}
         where indicator_code = any(array[?]::text[]) and records > 0`,
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
