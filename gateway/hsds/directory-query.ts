import type { RunOperation } from '../graph.js';
import {
  type HsdsAddressFragment,
  HsdsCallPlacementsDocument,
  HsdsCallProjectsDocument,
  HsdsManagersDocument,
  type HsdsPlacementFragment,
  HsdsPointsCountDocument,
  HsdsPointsDocument,
  type HsdsPointsQuery,
  type HsdsPointsQueryVariables,
  HsdsProgrammeOrganisationsDocument,
  HsdsProgrammesDocument,
  type HsdsProgrammesQuery,
  HsdsProjectByHsdsIdDocument,
  type HsdsProjectFragment,
  HsdsProjectPlacementsDocument,
  type HsdsProjectPlacementsQuery,
  HsdsWemiCategoriesDocument,
} from '../isomorphic/graph-documents.generated.js';

/** What the HSDS API reads from the graph (directory-query.graphql): public queries only, the same any client may send. */

export type GraphAddress = HsdsAddressFragment;
export type GraphPoint = HsdsPointsQuery['points']['edges'][number]['node'];
/** The programmes as a list plans from them: each call with its counts, not its projects. */
export type GraphOutline = HsdsProgrammesQuery;
export type GraphCall = GraphOutline['servizioCivileCalls'][number];
export type GraphPlacement = HsdsPlacementFragment;
/** A project; with its placements (all of them) for its full record and its services at locations, without for a list of services. */
export type GraphProject = HsdsProjectFragment & { placements?: GraphPlacement[] };
/** The programmes a directory is built of: the calls with the projects read (a slice of them, or none). */
export type GraphProgrammes = Omit<GraphOutline, 'servizioCivileCalls'> & {
  servizioCivileCalls: { year: number; organisation: string; projects: GraphProject[] }[];
};
export type GraphPointFilter = NonNullable<HsdsPointsQueryVariables['filter']>;

/** The largest page of points the graph gives, and of HSDS lists. */
export const MAX_PAGE = 100;
/** The most points the graph's `skip` passes over (points(skip:) refuses more). */
export const MAX_SKIP = 10_000;

/** The programmes' outline: the shared services and Leva Civica projects, each call with its count of projects, or of placements `atLocations` (of the projects whose title holds `search`). */
export function readProgrammes(run: RunOperation, search: string | null = null, atLocations = false): Promise<GraphOutline> {
  return run(HsdsProgrammesDocument, { search, atLocations });
}

/** `first` projects of a call past `skip` (of those whose title holds `search`), with every placement when `placements`. */
export async function readCallProjects(
  run: RunOperation,
  call: GraphCall,
  slice: { first: number; skip: number; search: string | null; placements: boolean },
): Promise<GraphProject[]> {
  const found = await run(HsdsCallProjectsDocument, { year: call.year, ...slice });
  const projects: GraphProject[] = found.servizioCivileCall?.projects ?? [];
  return slice.placements ? Promise.all(projects.map((p) => withEveryPlacement(run, p))) : projects;
}

/** `first` placements of a call past `skip` in the order of the call (of the projects whose title holds `search`), each with its project. */
export async function readCallPlacements(
  run: RunOperation,
  call: GraphCall,
  slice: { first: number; skip: number; search: string | null },
): Promise<(GraphPlacement & { project: HsdsProjectFragment })[]> {
  return (await run(HsdsCallPlacementsDocument, { year: call.year, ...slice })).servizioCivileCall?.placements ?? [];
}

/** The calls with the project whose service or service at a site has this HSDS id (none, or one call with it), with every placement. */
export async function readProjectByHsdsId(run: RunOperation, id: string): Promise<GraphProgrammes['servizioCivileCalls']> {
  const { servizioCivileCalls } = await run(HsdsProjectByHsdsIdDocument, { id });
  return Promise.all(
    servizioCivileCalls
      .filter((c) => c.projects.length > 0)
      .map(async (c) => ({ ...c, projects: await Promise.all(c.projects.map((p) => withEveryPlacement(run, p))) })),
  );
}

/** The first 100 placements come with the project; a project with more (none so far: about 23 in a national call) reads the rest by page. */
async function withEveryPlacement(run: RunOperation, project: GraphProject): Promise<GraphProject> {
  if ((project.placements?.length ?? 0) >= project.placementCount) return project;
  const placements: GraphPlacement[] = [];
  let after: string | null = null;
  do {
    const page: HsdsProjectPlacementsQuery = await run(HsdsProjectPlacementsDocument, {
      project: project.id,
      after,
    });
    placements.push(...page.servizioCivilePlacements.nodes);
    after = page.servizioCivilePlacements.pageInfo.hasNextPage ? page.servizioCivilePlacements.pageInfo.endCursor : null;
  } while (after !== null);
  return { ...project, placements };
}

/** No programme but the WeMi categories (they classify the Spazi WeMi), for the answers that need no other. */
export async function readWemiOnly(run: RunOperation): Promise<GraphProgrammes> {
  const { wemiCategories } = await run(HsdsWemiCategoriesDocument, {});
  return { wemiCategories, sharedServices: [], servizioCivileCalls: [], levaCivicaProjects: [] };
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
