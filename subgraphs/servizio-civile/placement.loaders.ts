import { Reference } from '@mikro-orm/core';
import type { Context } from '../shared/context.js';
import { basisOfSums, type FigureBasis } from '../shared/figure-basis.js';
import { childrenLoader, groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileSite } from './site.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

export const placementsByProject = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, string>(ctx, ServizioCivilePlacement, 'project', { position: 'asc' });

export const placementsBySite = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, string>(ctx, ServizioCivilePlacement, 'site', { call: 'desc', id: 'asc' });

export const placementsByCall = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, number>(ctx, ServizioCivilePlacement, 'call', { position: 'asc' });

/** The placements of one call grouped by the Municipio of their site: one query for all nine Municipi. */
export const placementsByMunicipio = (ctx: Context, year: number) =>
  loader<number, ServizioCivilePlacement[]>(
    ctx,
    `placementsByMunicipio:${year}`,
    async (numbers) => {
      const placements = await ctx.em.find(
        ServizioCivilePlacement,
        { call: year, site: { municipioNumber: { $in: [...numbers] } } },
        { populate: ['site'], orderBy: { site: { code: 'asc' } } },
      );
      return groupBy(placements, (p) => Reference.unwrapReference(p.site).municipioNumber as number);
    },
    [],
  );

/** Volunteers summed by the database, real and demo apart, from rows of (key, demo, volunteers). */
function volunteerSums<K>(rows: { key: K; demo: boolean; volunteers: string }[]): Map<K, FigureBasis> {
  return new Map(
    [...groupBy(rows, (row) => row.key)].map(([key, parts]) => [
      key,
      basisOfSums(parts.map((p) => ({ demo: p.demo, amount: Number(p.volunteers) }))),
    ]),
  );
}

/** The volunteers of every requested call, summed in one grouped statement: a call's total does not load its placements. */
export const volunteersByCall = (ctx: Context) =>
  loader<number, FigureBasis>(
    ctx,
    'volunteersByCall',
    async (years) =>
      volunteerSums<number>(
        await ctx.em.execute(
          `select call_year as key, source_demo as demo, sum(volunteers) as volunteers
           from ${tableOf(ctx.em, ServizioCivilePlacement)}
           where call_year = any(array[?]::int[])
           group by 1, 2`,
          [[...years]],
        ),
      ),
    basisOfSums([]),
  );

/** The volunteers of one call at the sites of every requested Municipio, in one grouped statement. */
export const volunteersByMunicipio = (ctx: Context, year: number) =>
  loader<number, FigureBasis>(
    ctx,
    `volunteersByMunicipio:${year}`,
    async (numbers) =>
      volunteerSums<number>(
        await ctx.em.execute(
          `select s.municipio_number as key, p.source_demo as demo, sum(p.volunteers) as volunteers
           from ${tableOf(ctx.em, ServizioCivilePlacement)} p
           join ${tableOf(ctx.em, ServizioCivileSite)} s on s.code = p.site_code
           where p.call_year = ? and s.municipio_number = any(array[?]::int[])
           group by 1, 2`,
          [year, [...numbers]],
        ),
      ),
    basisOfSums([]),
  );

/** The volunteers of each site (by code) in every requested call, in one grouped statement: what the call comparison compares. */
export const volunteersBySiteByCall = (ctx: Context) =>
  loader<number, Map<string, FigureBasis>>(
    ctx,
    'volunteersBySiteByCall',
    async (years) => {
      const rows: { year: number; site: string; demo: boolean; volunteers: string }[] = await ctx.em.execute(
        `select call_year as year, site_code as site, source_demo as demo, sum(volunteers) as volunteers
         from ${tableOf(ctx.em, ServizioCivilePlacement)}
         where call_year = any(array[?]::int[])
         group by 1, 2, 3`,
        [[...years]],
      );
      return new Map(
        [...groupBy(rows, (row) => Number(row.year))].map(([year, sites]) => [
          year,
          volunteerSums(sites.map((row) => ({ ...row, key: row.site }))),
        ]),
      );
    },
    new Map(),
  );

/** Placements by id, for the gateway's entity lookups (a youth opportunity leads to its placement). */
export const placementById = (ctx: Context) =>
  loader<string, ServizioCivilePlacement | null>(
    ctx,
    'placementById',
    async (ids) => new Map((await ctx.em.find(ServizioCivilePlacement, { id: { $in: [...ids] } })).map((p) => [p.id, p])),
    null,
  );
