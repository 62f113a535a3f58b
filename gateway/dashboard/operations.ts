import { POINT_PLACE_FRAGMENT } from '../jsonld/point-place.js';

/**
 * The dashboard's GraphQL documents, exactly as its page sends them to /graphql. Apart from the page
 * (app/graph.ts) so that `npm run compose` can list them in schema/trusted-documents.json: with
 * HUB_TRUSTED_DOCUMENTS=on the dashboard keeps working. Plain strings, without Node imports: the
 * page's bundle embeds this module.
 */

/** What does not change with the call or the instant: the boundaries, the calls, indicators and compliance. */
export const DASHBOARD_FRAME = `query DashboardFrame {
  municipi { number name boundary }
  servizioCivileCalls { year title totalVolunteers }
  indicators { code description unit target2024 target2027 actual actualBasis { demo includesDemo } }
  compliance { rule description subject passed detail }
}`;

/** The points of each Municipio open at $at, counted by the graph: one alias per Municipio (open1…open9). */
const OPEN_PER_MUNICIPIO = Array.from(
  { length: 9 },
  (_, i) => `open${i + 1}: points(first: 1, filter: { municipio: ${i + 1}, openAt: $at }) { totalCount }`,
);

/** The measures of each Municipio for a call, and how many of its points are open at an instant. */
export const DASHBOARD_FIGURES = `query DashboardFigures($callYear: Int, $at: DateTime!) {
  municipi {
    number name
    spazioComune { code frontOfficeHoursPerWeek frontOfficeHoursPerWeekBasis { demo includesDemo } points { id source { demo } } }
    servizioCivile(callYear: $callYear) { volunteers }
    levaCivica { places }
  }
  ${OPEN_PER_MUNICIPIO.join('\n  ')}
}`;

/** The points of one Municipio, whether they are open at an instant and when that changes next. */
export const DASHBOARD_POINTS = `query DashboardPoints($municipio: Int!, $at: DateTime!) {
  points(first: 100, filter: { municipio: $municipio }) {
    edges { node { ...PointPlace isOpen(at: $at) nextChange(after: $at) { at opens } } }
  }
}
${POINT_PLACE_FRAGMENT}`;

/** Each site's volunteers in one call against another. */
export const DASHBOARD_COMPARISON = `query DashboardComparison($fromYear: Int!, $toYear: Int!) {
  servizioCivileCallComparison(fromYear: $fromYear, toYear: $toYear) {
    site { code name municipio { number } } fromVolunteers toVolunteers delta
  }
}`;

/** Every document of the dashboard, for the trusted documents. */
export const DASHBOARD_OPERATIONS = [DASHBOARD_FRAME, DASHBOARD_FIGURES, DASHBOARD_POINTS, DASHBOARD_COMPARISON];
