import type { RunOperation } from '../graph.js';
import {
  type HsdsAddressFragment,
  HsdsPointsDocument,
  type HsdsPointsQuery,
  type HsdsPointsQueryVariables,
  HsdsProgrammesDocument,
  type HsdsProgrammesQuery,
} from '../isomorphic/graph-documents.generated.js';

/** What the HSDS API reads from the graph (directory-query.graphql): public queries only, the same any client may send. */

export type GraphAddress = HsdsAddressFragment;
export type GraphPoint = HsdsPointsQuery['points']['edges'][number]['node'];
export type GraphProgrammes = HsdsProgrammesQuery;
export type GraphPointFilter = NonNullable<HsdsPointsQueryVariables['filter']>;

/** The largest page of points the graph gives, and of HSDS lists. */
export const MAX_PAGE = 100;

/** Every point (the graph pages them by 100) and the programmes, as the records and the organizations are built from them. */
export async function readDirectory(run: RunOperation): Promise<{ points: GraphPoint[]; programmes: GraphProgrammes }> {
  const points: GraphPoint[] = [];
  let after: string | null = null;
  do {
    const page: HsdsPointsQuery = await run(HsdsPointsDocument, { first: MAX_PAGE, after });
    points.push(...page.points.edges.map((e) => e.node));
    after = page.points.pageInfo.hasNextPage ? page.points.pageInfo.endCursor : null;
  } while (after);
  return { points, programmes: await readProgrammes(run) };
}

/** The programmes: the shared services, the calls and projects, the WeMi categories. */
export function readProgrammes(run: RunOperation): Promise<GraphProgrammes> {
  return run(HsdsProgrammesDocument, {});
}

/** `first` points after `skip` of those the filter keeps (in the graph's order, by id), and how many it keeps. */
export async function readPointsPage(
  run: RunOperation,
  first: number,
  skip: number,
  filter: GraphPointFilter,
): Promise<{ points: GraphPoint[]; totalCount: number }> {
  const page = await run(HsdsPointsDocument, { first, skip, filter });
  return { points: page.points.edges.map((e) => e.node), totalCount: page.points.totalCount };
}

/** The ids of every point the filter keeps, page by page (for the lists the graph cannot page: organization_id). */
export async function readPointIds(run: RunOperation, filter: GraphPointFilter): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let skip = 0; ; skip += MAX_PAGE) {
    const page = await readPointsPage(run, MAX_PAGE, skip, filter);
    for (const point of page.points) ids.add(point.id);
    if (skip + MAX_PAGE >= page.totalCount) return ids;
  }
}
