import type { PointPlace } from '../../jsonld/point-place.js';
import { DASHBOARD_COMPARISON, DASHBOARD_FIGURES, DASHBOARD_FRAME, DASHBOARD_POINTS } from '../operations.js';

/**
 * The dashboard's reads: public GraphQL operations sent to the hub's own /graphql, as any client sends
 * them; the documents are in ../operations.ts, which the trusted documents list.
 */

async function query<T>(text: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: text, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

export interface Geometry {
  type: 'Polygon' | 'MultiPolygon';
  coordinates: number[][][] | number[][][][];
}

/** What demo records added to a figure the graph computed (its FigureBasis). */
export interface DemoPart {
  demo: number;
  includesDemo: boolean;
}

export interface CityFrame {
  municipi: { number: number; name: string; boundary: Geometry }[];
  servizioCivileCalls: { year: number; title: string; totalVolunteers: number }[];
  indicators: {
    code: string;
    description: string;
    unit: string;
    target2024: number | null;
    target2027: number | null;
    actual: number;
    actualBasis: DemoPart;
  }[];
  compliance: { rule: string; description: string; subject: string; passed: boolean | null; detail: string }[];
}

/** What does not change with the call or the instant: the boundaries, the calls, indicators and compliance. */
export const readFrame = () => query<CityFrame>(DASHBOARD_FRAME);

export interface MunicipioFigures {
  number: number;
  name: string;
  spazioComune: {
    code: string;
    frontOfficeHoursPerWeek: number;
    frontOfficeHoursPerWeekBasis: DemoPart;
    points: { id: string; source: { demo: boolean } }[];
  } | null;
  servizioCivile: { volunteers: number } | null;
  levaCivica: { places: number } | null;
  openNow: number;
}

/** The measures of each Municipio for a call (none: no call on record), and its points open at an instant (the graph counts them). */
export async function readFigures(callYear: number | null, at: string): Promise<MunicipioFigures[]> {
  const data = await query<{ municipi: Omit<MunicipioFigures, 'openNow'>[] } & Record<string, { totalCount: number }>>(DASHBOARD_FIGURES, {
    callYear,
    at,
  });
  return data.municipi.map((m) => ({ ...m, openNow: data[`open${m.number}`]?.totalCount ?? 0 }));
}

export type PointOfMunicipio = PointPlace & { isOpen: boolean | null; nextChange: { at: string; opens: boolean } | null };

/** The points of one Municipio, whether they are open at an instant and when that changes next. */
export async function readPoints(municipio: number, at: string): Promise<PointOfMunicipio[]> {
  const data = await query<{ points: { edges: { node: PointOfMunicipio }[] } }>(DASHBOARD_POINTS, { municipio, at });
  return data.points.edges.map((e) => e.node);
}

export interface ComparisonRow {
  site: { code: string; name: string; municipio: { number: number } | null };
  fromVolunteers: number;
  toVolunteers: number;
  delta: number;
}

export const readComparison = async (fromYear: number, toYear: number) =>
  (await query<{ servizioCivileCallComparison: ComparisonRow[] | null }>(DASHBOARD_COMPARISON, { fromYear, toYear }))
    .servizioCivileCallComparison ?? [];
