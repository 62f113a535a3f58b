import type { RunOperation } from '../graph.js';

/** What the HSDS API reads from the graph: public queries only, the same any client may send. */

export interface GraphAddress {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface GraphPoint {
  id: string;
  kind: 'CSRC' | 'WEMI';
  name: string | null;
  shortName: string | null;
  manager: string | null;
  hoursAsWritten: string | null;
  updatedAt: string;
  address: GraphAddress;
  municipio: { number: number } | null;
  openingHours: { day: string; opens: string; closes: string; activity: string }[];
  specialSchedules: {
    id: string;
    validFrom: string;
    validTo: string;
    closed: boolean;
    opens: string | null;
    closes: string | null;
    activity: string | null;
    reason: string;
  }[];
  source: { demo: boolean };
}

export interface GraphProgrammes {
  wemiCategories: { position: number; name: string }[];
  sharedServices: { id: string; name: string; area: string; source: { demo: boolean } }[];
  servizioCivileCalls: {
    year: number;
    organisation: string;
    projects: {
      id: string;
      title: string;
      weeklyHours: number;
      months: number;
      requirements: string;
      programme: { title: string };
      /** The site's address as its newest call writes it, so that a site is one location across calls. */
      placements: { volunteers: number; site: { code: string; name: string; address: GraphAddress | null } }[];
    }[];
  }[];
  levaCivicaProjects: {
    id: string;
    title: string;
    places: number;
    description: string;
    hours: { weeklyAverage: number; months: number };
    site: { id: string; name: string; organisation: string; address: GraphAddress };
    source: { demo: boolean };
  }[];
}

const ADDRESS = 'street postalCode city latitude longitude';

/** Exported so that a test prices them (test/demand-control.spec.ts). */
export const HSDS_POINTS = `query HsdsPoints($first: Int!, $after: String) {
  points(first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    edges { node {
      id kind name shortName manager hoursAsWritten updatedAt
      address { ${ADDRESS} }
      municipio { number }
      openingHours { day opens closes activity }
      specialSchedules { id validFrom validTo closed opens closes activity reason }
      source { demo }
    } }
  }
}`;

export const HSDS_PROGRAMMES = `query HsdsProgrammes {
  wemiCategories { position name }
  sharedServices { id name area source { demo } }
  servizioCivileCalls {
    year organisation
    projects {
      id title weeklyHours months requirements
      programme { title }
      placements { volunteers site { code name address { ${ADDRESS} } } }
    }
  }
  levaCivicaProjects {
    id title places description
    hours { weeklyAverage months }
    site { id name organisation address { ${ADDRESS} } }
    source { demo }
  }
}`;

/** Every point (the graph pages them by 100) and the programmes, as the directory is built from them. */
export async function readDirectory(run: RunOperation): Promise<{ points: GraphPoint[]; programmes: GraphProgrammes }> {
  const points: GraphPoint[] = [];
  let after: string | null = null;
  do {
    const page: { points: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: GraphPoint }[] } } = await run(
      HSDS_POINTS,
      { first: 100, after },
    );
    points.push(...page.points.edges.map((e) => e.node));
    after = page.points.pageInfo.hasNextPage ? page.points.pageInfo.endCursor : null;
  } while (after);
  return { points, programmes: await run<GraphProgrammes>(HSDS_PROGRAMMES) };
}

export const HSDS_NEARBY =
  'query HsdsNearby($latitude: Float!, $longitude: Float!, $radiusKm: Float!) { pointsNearby(latitude: $latitude, longitude: $longitude, radiusKm: $radiusKm) { point { id } } }';

/** Every document the HSDS API sends to the graph, for the trusted documents. */
export const HSDS_OPERATIONS = [HSDS_POINTS, HSDS_PROGRAMMES, HSDS_NEARBY];

/** The ids of the points within a distance of a position, through the graph's own nearby search. */
export async function pointsWithin(run: RunOperation, latitude: number, longitude: number, radiusKm: number): Promise<Set<string>> {
  const data = await run<{ pointsNearby: { point: { id: string } }[] }>(HSDS_NEARBY, { latitude, longitude, radiusKm });
  return new Set(data.pointsNearby.map((n) => n.point.id));
}
