import { readFileSync } from 'node:fs';
import type { ExampleOperation } from './plugins/use-graphiql.js';

/** Example variables for the contract operations in schema/operations, so each runs as the playground opens. */
export const CONTRACT_VARIABLES: Record<string, Record<string, unknown>> = {
  CityOverview: { callYear: 2022 },
  ServizioCivileCall: { year: 2022 },
  SiteByCode: { code: '202928' },
  LevaCivicaProjects: {},
  NetworkHealth: {},
  PointsNearby: { latitude: 45.4642, longitude: 9.19, radiusKm: 5, at: '2026-11-23T10:00:00+01:00' },
  MunicipioAt: { latitude: 45.4642, longitude: 9.19 },
  PointsPage: { first: 10, filter: { municipio: 2 } },
  PointSchedule: { id: 'demo-csrc-1-1', at: '2026-08-10T15:00:00+02:00' },
  PointTimetable: { id: 'demo-csrc-1-1', from: '2026-11-23' },
  YouthOpportunities: { filter: { minWeeklyHours: 20 } },
  CallComparison: { fromYear: 2022, toYear: 2022 },
  // The change feed is public; the back-office mutations and Point.history need a token (Headers tab).
  PointsChangedSince: { since: '2026-01-01T00:00:00+01:00', first: 10 },
};

/** The contract operations, read from schema/operations, as GraphiQL tabs. */
export function contractExamples(root: string): ExampleOperation[] {
  return Object.entries(CONTRACT_VARIABLES).map(([name, variables]) => ({
    query: readFileSync(`${root}/schema/operations/${name}.graphql`, 'utf8'),
    variables,
  }));
}
