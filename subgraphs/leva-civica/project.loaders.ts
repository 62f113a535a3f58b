import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { basisOfSums, type FigureBasis } from '../shared/figure-basis.js';
import { entityLoader, groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { LevaCivicaProject } from './project.js';
import { LevaCivicaSite } from './site.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

/** The projects of every requested Municipio in one query. */
export const projectsByMunicipio = (ctx: Context) =>
  loader<number, LevaCivicaProject[]>(
    ctx,
    'projectsByMunicipio',
    async (numbers) =>
      groupBy(
        await ctx.em.find(
          LevaCivicaProject,
          { site: { municipioNumber: { $in: [...numbers] } } },
          { populate: ['site'], orderBy: { title: 'asc' } },
        ),
        (p) => Reference.unwrapReference(p.site).municipioNumber as number,
      ),
    [],
  );

/**
 * The places of the projects of every requested Municipio, summed by the database in one grouped
 * statement (real and demo apart): a Municipio's figure does not load its projects.
 */
export const placesBasisByMunicipio = (ctx: Context) =>
  loader<number, FigureBasis>(
    ctx,
    'placesBasisByMunicipio',
    async (numbers) => {
      const rows: { municipio: number; demo: boolean; places: string }[] = await ctx.em.execute(
        `select s.municipio_number as municipio, p.source_demo as demo, sum(p.places) as places
         from ${tableOf(ctx.em, LevaCivicaProject)} p
         join ${tableOf(ctx.em, LevaCivicaSite)} s on s.id = p.site_id
         where s.municipio_number = any(array[?]::int[])
         group by 1, 2`,
        [[...numbers]],
      );
      return new Map(
        [...groupBy(rows, (row) => Number(row.municipio))].map(([number, parts]) => [
          number,
          basisOfSums(parts.map((p) => ({ demo: p.demo, amount: Number(p.places) }))),
        ]),
      );
    },
    basisOfSums([]),
  );

/** Projects by id, for the gateway's entity lookups (a youth opportunity leads to its project). */
export const projectById = (ctx: Context) => entityLoader(ctx, LevaCivicaProject, 'id');
