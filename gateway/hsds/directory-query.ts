import type { RunOperation } from '../graph.js';
import {
  type HsdsAddressFragment,
  HsdsNearbyDocument,
  HsdsPointsDocument,
  type HsdsPointsQuery,
  HsdsProgrammesDocument,
  type HsdsProgrammesQuery,
} from '../isomorphic/graph-documents.generated.js';

/** What the HSDS API reads from the graph (directory-query.graphql): public queries only, the same any client may send. */

export type GraphAddress = HsdsAddressFragment;
export type GraphPoint = HsdsPointsQuery['points']['edges'][number]['node'];
export type GraphProgrammes = HsdsProgrammesQuery;

/** Every point (the graph pages them by 100) and the programmes, as the directory is built from them. */
export async function readDirectory(run: RunOperation): Promise<{ points: GraphPoint[]; programmes: GraphProgrammes }> {
  const points: GraphPoint[] = [];
  let after: string | null = null;
  do {
    const page: HsdsPointsQuery = await run(HsdsPointsDocument, { first: 100, after });
    points.push(...page.points.edges.map((e) => e.node));
    after = page.points.pageInfo.hasNextPage ? page.points.pageInfo.endCursor : null;
  } while (after);
  return { points, programmes: await run(HsdsProgrammesDocument, {}) };
}

/** The ids of the points within a distance of a position, through the graph's own nearby search. */
export async function pointsWithin(run: RunOperation, latitude: number, longitude: number, radiusKm: number): Promise<Set<string>> {
  const data = await run(HsdsNearbyDocument, { latitude, longitude, radiusKm });
  return new Set(data.pointsNearby.map((n) => n.point.id));
}
