import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { basisOfSums, type FigureBasis } from '../shared/figure-basis.js';
import { groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { NetworkHoursTotal } from './network-hours-total.js';
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

export interface NetworkHours {
  frontOffice: FigureBasis;
  digitalEducation: FigureBasis;
}

/**
 * The weekly hours of the points of every requested Municipio's network, real and demo apart, in one
 * statement that reads the running totals the triggers on point and opening_hours keep
 * (network-hours-total.ts), not the intervals: its cost does not grow with the points (summing the
 * 34,000 intervals of scale 100 took 25–80 ms). A point's timetable is demo exactly when the point
 * is; a demo point without hours still makes its network's figure include demo, as figureBasis does.
 */
export const networkHoursByMunicipio = (ctx: Context) =>
  loader<number, NetworkHours>(
    ctx,
    'networkHoursByMunicipio',
    async (numbers) => {
      const rows: { municipio: number; demo: boolean; front_office: string; digital_education: string }[] = await ctx.em.execute(
        `select municipio_number as municipio, source_demo as demo, front_office_minutes as front_office, digital_education_minutes as digital_education
         from ${tableOf(ctx.em, NetworkHoursTotal)}
         where municipio_number = any(array[?]::int[]) and points > 0`,
        [[...numbers]],
      );
      const byMunicipio = groupBy(rows, (row) => Number(row.municipio));
      return new Map(
        [...byMunicipio].map(([number, parts]) => [
          number,
          {
            frontOffice: basisOfSums(parts.map((p) => ({ demo: p.demo, amount: Number(p.front_office) / 60 }))),
            digitalEducation: basisOfSums(parts.map((p) => ({ demo: p.demo, amount: Number(p.digital_education) / 60 }))),
          },
        ]),
      );
    },
    { frontOffice: basisOfSums([]), digitalEducation: basisOfSums([]) },
  );
