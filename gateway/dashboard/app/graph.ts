import {
  DashboardComparisonDocument,
  type DashboardComparisonQuery,
  DashboardFiguresDocument,
  type DashboardFiguresQuery,
  DashboardFrameDocument,
  type DashboardFrameQuery,
  DashboardPointsDocument,
  type DashboardPointsQuery,
  type DemoPartFragment,
  type TypedDocumentString,
} from '../../isomorphic/graph-documents.generated.js';

/**
 * The dashboard's reads: public GraphQL operations sent to the hub's own /graphql, as any client sends
 * them; the documents are in ../dashboard.graphql, typed by `npm run codegen` and listed in the trusted
 * documents.
 */

async function query<Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables): Promise<Data> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: Data; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

export interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

/** What demo records added to a figure the graph computed (its FigureBasis). */
export type DemoPart = DemoPartFragment;

/** The frame, with each Municipio's boundary as what the graph answers in that JSONObject: a GeoJSON geometry. */
export type CityFrame = Omit<DashboardFrameQuery, 'municipi'> & {
  municipi: (DashboardFrameQuery['municipi'][number] & { boundary: Geometry })[];
};

/** What does not change with the call or the instant: the boundaries, the calls, indicators and compliance. */
export const readFrame = async () => (await query(DashboardFrameDocument, {})) as CityFrame;

export type MunicipioFigures = DashboardFiguresQuery['municipi'][number] & { openNow: number };

/** The measures of each Municipio for a call (none: no call on record), and its points open at an instant (the graph counts them). */
export async function readFigures(callYear: number | null, at: string): Promise<MunicipioFigures[]> {
  const data = await query(DashboardFiguresDocument, { callYear, at });
  return data.municipi.map((m) => ({
    ...m,
    openNow: data[`open${m.number}` as `open${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`]?.totalCount ?? 0,
  }));
}

export type PointOfMunicipio = DashboardPointsQuery['points']['edges'][number]['node'];

/** The points of one Municipio, whether they are open at an instant and when that changes next. */
export async function readPoints(municipio: number, at: string): Promise<PointOfMunicipio[]> {
  const data = await query(DashboardPointsDocument, { municipio, at });
  return data.points.edges.map((e) => e.node);
}

export type ComparisonRow = NonNullable<DashboardComparisonQuery['servizioCivileCallComparison']>[number];

export const readComparison = async (fromYear: number, toYear: number) =>
  (await query(DashboardComparisonDocument, { fromYear, toYear })).servizioCivileCallComparison ?? [];
