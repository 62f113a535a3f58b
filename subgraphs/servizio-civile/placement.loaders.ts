import type { Context } from '../shared/context.js';
import { basisOfSums, type FigureBasis } from '../shared/figure-basis.js';
import { childrenLoader, entityLoader, groupBy, loader } from '../shared/loader.js';
import { tableOf } from '../shared/sql.js';
import { CallVolunteersTotal } from './call-volunteers-total.js';
import { countLoader, firstRowsLoader } from './first-rows.js';
import { ServizioCivilePlacement } from './placement.js';
import { ServizioCivileProject } from './project.js';
import { titleSearch } from './project-search.js';
import { ServizioCivileSite } from './site.js';

// Per-request batch loaders: each turns the lookups of many parents into one SQL statement.

const placements = (ctx: Context) => `${tableOf(ctx.em, ServizioCivilePlacement)} x`;
const sites = (ctx: Context) => tableOf(ctx.em, ServizioCivileSite);

/**
 * The first `first` placements of each project, in the order of the call; with `withSites`, their sites
 * read in the same statement (a call page asks for both: one round trip to the database fewer).
 */
export const placementsByProject = (ctx: Context, first: number, withSites = false) =>
  firstRowsLoader<ServizioCivilePlacement, string>(ctx, `placementsByProject${withSites ? '+sites' : ''}`, ServizioCivilePlacement, {
    keyType: 'text',
    rows: withSites
      ? `${placements(ctx)} join ${sites(ctx)} j on j.code = x.site_code where x.project_id = k.key`
      : `${placements(ctx)} where x.project_id = k.key`,
    ...(withSites ? { joined: ServizioCivileSite } : {}),
    orderBy: 'x.position, x.id',
    first,
  });

export const placementCountByProject = (ctx: Context) =>
  countLoader<string>(ctx, 'placementCountByProject', { keyType: 'text', rows: `${placements(ctx)} where x.project_id = k.key` });

export const placementsBySite = (ctx: Context) =>
  childrenLoader<ServizioCivilePlacement, string>(ctx, ServizioCivilePlacement, 'site', { call: 'desc', id: 'asc' });

/**
 * The first `first` placements of each call, in the order of the call, past `skip` of them, of the
 * projects whose title holds the words of `search` (the HSDS API's pages of services at locations).
 */
export const placementsByCall = (ctx: Context, first: number, skip = 0, search: string | null = null) => {
  const rows = placementsOfCall(ctx, search);
  return firstRowsLoader<ServizioCivilePlacement, number>(ctx, 'placementsByCall', ServizioCivilePlacement, {
    keyType: 'int',
    // The offset in a subquery in the order of the index, so that the outer limit stops its scan.
    rows: skip === 0 ? rows.sql : `(select x.* from ${rows.sql} order by x.position, x.id offset ?) x`,
    params: skip === 0 ? rows.params : [...rows.params, skip],
    orderBy: 'x.position, x.id',
    first,
  });
};

export const placementCountByCall = (ctx: Context, search: string | null = null) => {
  const rows = placementsOfCall(ctx, search);
  return countLoader<number>(ctx, 'placementCountByCall', { keyType: 'int', rows: rows.sql, params: rows.params });
};

/** A call's placements, or with search those of the projects whose title holds its words. */
function placementsOfCall(ctx: Context, search: string | null): { sql: string; params: string[] } {
  if (search === null) return { sql: `${placements(ctx)} where x.call_year = k.key`, params: [] };
  const matched = titleSearch(search, 'j');
  return {
    sql: `${placements(ctx)} join ${tableOf(ctx.em, ServizioCivileProject)} j on j.id = x.project_id where x.call_year = k.key${matched.sql}`,
    params: matched.params,
  };
}

/** The placements of one call at the sites of a Municipio (by site code), the first `first` of each requested Municipio. */
export const placementsByMunicipio = (ctx: Context, year: number, first: number) =>
  firstRowsLoader<ServizioCivilePlacement, number>(ctx, 'placementsByMunicipio', ServizioCivilePlacement, {
    keyType: 'int',
    rows: `${placements(ctx)} join ${sites(ctx)} s on s.code = x.site_code where x.call_year = ? and s.municipio_number = k.key`,
    params: [year],
    orderBy: 'x.site_code, x.position, x.id',
    first,
  });

/** Volunteers summed by the database, real and demo apart, from rows of (key, demo, volunteers). */
function volunteerSums<K>(rows: { key: K; demo: boolean; volunteers: string }[]): Map<K, FigureBasis> {
  return new Map(
    [...groupBy(rows, (row) => row.key)].map(([key, parts]) => [
      key,
      basisOfSums(parts.map((p) => ({ demo: p.demo, amount: Number(p.volunteers) }))),
    ]),
  );
}

/** The volunteers of every requested call, from the running totals of its parts (callPartsByMunicipio): a call's total does not read its placements. */
export const volunteersByCall = (ctx: Context) =>
  loader<number, FigureBasis>(
    ctx,
    'volunteersByCall',
    async (years) =>
      volunteerSums<number>(
        await ctx.em.execute(
          `select call_year as key, source_demo as demo, sum(volunteers) as volunteers from ${tableOf(ctx.em, CallVolunteersTotal)}
           where call_year = any(array[?]::int[]) and placements > 0 group by 1, 2`,
          [[...years]],
        ),
      ),
    basisOfSums([]),
  );

/** One part of a call's running totals (call-volunteers-total.ts): its real or its demo placements in one Municipio. */
interface CallPart {
  key: number;
  demo: boolean;
  volunteers: string;
  placements: string;
}

/**
 * The parts of one call in every requested Municipio, read from the running totals the triggers keep
 * (call-volunteers-total.ts): one row per part, however many sites and placements. A Municipio's
 * volunteers and its placement count both come from them, in one statement.
 */
const callPartsByMunicipio = (ctx: Context, year: number) =>
  loader<number, CallPart[]>(
    ctx,
    `callPartsByMunicipio:${year}`,
    async (numbers) =>
      groupBy(
        await ctx.em.execute<CallPart[]>(
          `select municipio_number as key, source_demo as demo, volunteers, placements from ${tableOf(ctx.em, CallVolunteersTotal)}
           where call_year = ? and municipio_number = any(array[?]::int[]) and placements > 0`,
          [year, [...numbers]],
        ),
        (part) => part.key,
      ),
    [],
  );

/** The volunteers of one call at the sites of a Municipio, real and demo apart. */
export const volunteersOfMunicipio = async (ctx: Context, year: number, municipio: number): Promise<FigureBasis> =>
  volunteerSums(await callPartsByMunicipio(ctx, year).load(municipio)).get(municipio) ?? basisOfSums([]);

/** How many placements one call has at the sites of a Municipio. */
export const placementCountOfMunicipio = async (ctx: Context, year: number, municipio: number): Promise<number> =>
  (await callPartsByMunicipio(ctx, year).load(municipio)).reduce((sum, part) => sum + Number(part.placements), 0);

/** Placements by id, for the gateway's entity lookups (a youth opportunity leads to its placement). */
export const placementById = (ctx: Context) => entityLoader(ctx, ServizioCivilePlacement, 'id');
