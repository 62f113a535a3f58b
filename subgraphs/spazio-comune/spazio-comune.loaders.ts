import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { basisOfSums, type FigureBasis } from '../shared/figure-basis.js';
import { groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { Activity } from './opening-hours.js';
import { intervalMinutesSql } from './schedule.js';
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
 * The weekly hours of the points of every requested Municipio's network, summed by the database in
 * one grouped statement (per Municipio, real and demo apart): what the network's hours cost does not
 * grow with its points in this process. A point's timetable is demo exactly when the point is; a
 * demo point without hours still makes its network's figure include demo, as figureBasis does.
 */
export const networkHoursByMunicipio = (ctx: Context) =>
  loader<number, NetworkHours>(
    ctx,
    'networkHoursByMunicipio',
    async (numbers) => {
      const minutes = intervalMinutesSql('h');
      const rows: { municipio: number; demo: boolean; front_office: string; digital_education: string }[] = await ctx.em.execute(
        `select coalesce(p.municipio_number, p.derived_municipio_number) as municipio, p.source_demo as demo,
           coalesce(sum(${minutes}) filter (where h.activity in (?, ?)), 0) as front_office,
           coalesce(sum(${minutes}) filter (where h.activity = ?), 0) as digital_education
         from ${tableOf(ctx.em, 'point')} p
         left join ${tableOf(ctx.em, 'opening_hours')} h on h.point_id = p.id
         where p.municipio_number = any(array[?]::int[]) or (p.municipio_number is null and p.derived_municipio_number = any(array[?]::int[]))
         group by 1, 2`,
        [Activity.FRONT_OFFICE, Activity.DIGITAL_EDUCATION, Activity.DIGITAL_EDUCATION, [...numbers], [...numbers]],
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
