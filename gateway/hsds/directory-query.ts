import type { RunOperation } from '../graph.js';
import {
  type HsdsAddressFragment,
  HsdsManagersDocument,
  HsdsPointsCountDocument,
  HsdsPointsDocument,
  type HsdsPointsQuery,
  type HsdsPointsQueryVariables,
  HsdsProgrammeIndexDocument,
  type HsdsProgrammeIndexQuery,
  HsdsProgrammeOrganisationsDocument,
  HsdsProgrammesDocument,
  type HsdsProgrammesQuery,
  HsdsWemiCategoriesDocument,
} from '../isomorphic/graph-documents.generated.js';

/** What the HSDS API reads from the graph (directory-query.graphql): public queries only, the same any client may send. */

export type GraphAddress = HsdsAddressFragment;
export type GraphPoint = HsdsPointsQuery['points']['edges'][number]['node'];
export type GraphProgrammes = HsdsProgrammesQuery;
export type GraphPointFilter = NonNullable<HsdsPointsQueryVariables['filter']>;

/** The largest page of points the graph gives, and of HSDS lists. */
export const MAX_PAGE = 100;
/** The most points the graph's `skip` passes over (points(skip:) refuses more). */
export const MAX_SKIP = 10_000;

/** The programmes: the shared services, the calls and projects, the WeMi categories. */
export function readProgrammes(run: RunOperation): Promise<GraphProgrammes> {
  return run(HsdsProgrammesDocument, {});
}

/** No programme but the WeMi categories (they classify the Spazi WeMi), for the answers that need no other. */
export async function readWemiOnly(run: RunOperation): Promise<GraphProgrammes> {
  const { wemiCategories } = await run(HsdsWemiCategoriesDocument, {});
  return { wemiCategories, sharedServices: [], servizioCivileCalls: [], levaCivicaProjects: [] };
}

/** The programmes' services without their text (ids, areas, bodies): enough to count those a list keeps without search. */
export function readProgrammeIndex(run: RunOperation): Promise<HsdsProgrammeIndexQuery> {
  return run(HsdsProgrammeIndexDocument, {});
}

/** The names of the bodies that run the programmes (calls and Leva Civica sites), without the programmes. */
export async function readProgrammeOrganisations(run: RunOperation): Promise<string[]> {
  const found = await run(HsdsProgrammeOrganisationsDocument, {});
  return [...found.servizioCivileCalls.map((c) => c.organisation), ...found.levaCivicaProjects.map((p) => p.site.organisation)];
}

/** The bodies that run points, each once, by name (the graph names at most 1000). */
export async function readManagers(run: RunOperation): Promise<string[]> {
  return (await run(HsdsManagersDocument, {})).points.managers;
}

/**
 * `first` points after `skip` of those the filter keeps (in the graph's order, by id), and how many it
 * keeps. Past MAX_SKIP the graph is asked for the count alone: a page there is past the end of the
 * points (`deep` false) or refused by the caller.
 */
export async function readPointsPage(
  run: RunOperation,
  first: number,
  skip: number,
  filter: GraphPointFilter,
): Promise<{ points: GraphPoint[]; totalCount: number; deep: boolean }> {
  if (skip > MAX_SKIP) {
    const { totalCount } = (await run(HsdsPointsCountDocument, { filter })).points;
    return { points: [], totalCount, deep: skip < totalCount };
  }
  const page = await run(HsdsPointsDocument, { first, skip, filter });
  return { points: page.points.edges.map((e) => e.node), totalCount: page.points.totalCount, deep: false };
}
