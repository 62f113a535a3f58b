import { buildSchema, parse } from 'graphql';
import type { CostDirectives } from '../server/cost-directives.js';
import { estimatedCost } from '../server/estimated-cost.js';
import { MAX_PAGE } from './hsds/directory-query.js';
import {
  CatalogCallPlacementsDocument,
  CatalogCallsDocument,
  CatalogIndicatorsDocument,
  CatalogLevaCivicaProjectsDocument,
  CatalogPointsDocument,
  HsdsCallPlacementsDocument,
  HsdsCallProjectsDocument,
  HsdsPointsDocument,
  HsdsProgrammesDocument,
  PointJsonLdDocument,
  type TypedDocumentString,
} from './isomorphic/graph-documents.generated.js';

/** What a request to each of the gateway's routes over the graph reserves of its client's bucket while it runs. */
export interface RouteCosts {
  /** /hsds: a list's page of points (at most 100, filtered) and the programmes, what one page of services reads. */
  hsds: number;
  /** /points/{id}.jsonld: the point's one document. */
  jsonLd: number;
  /** /catalog: the largest page the graph gives of a dataset's records (a CSV page reads up to ten of them). */
  catalog: number;
}

/**
 * The estimated cost of the documents a route runs (server/estimated-cost.ts), priced over the supergraph: a
 * route's request reserves it before it runs, so that a client cannot have more of them in flight than
 * its bucket holds (server/rate-limits.ts). A page of an /hsds list reads one page of points, at most
 * per_page (100) of them with every filter, and the programmes: that is what it reserves, priced at
 * the largest page since the reservation is made before the route reads its parameters. A record by
 * id and the organizations still read the directory page by page; all its operations are charged at
 * their actual cost as they run.
 */
export function routeCosts(supergraphSdl: string, directives: CostDirectives): RouteCosts {
  const schema = buildSchema(supergraphSdl);
  const price = <Variables>(document: TypedDocumentString<unknown, Variables>, variables: Variables) =>
    estimatedCost(directives, { schema, document: parse(document.toString()), variables: variables as Record<string, unknown> });
  return {
    // The programmes' outline, and at most a page of their projects or placements (hsds/programme-pages.ts).
    hsds:
      price(HsdsPointsDocument, { first: MAX_PAGE, skip: 0, filter: null }) +
      price(HsdsProgrammesDocument, {}) +
      Math.max(
        price(HsdsCallProjectsDocument, { year: 0, first: MAX_PAGE, skip: 0, placements: false }),
        price(HsdsCallPlacementsDocument, { year: 0, first: MAX_PAGE, skip: 0 }),
      ),
    jsonLd: price(PointJsonLdDocument, { id: '' }),
    catalog:
      price(CatalogCallsDocument, {}) +
      Math.max(
        price(CatalogPointsDocument, { first: MAX_PAGE, skip: 0 }),
        price(CatalogCallPlacementsDocument, { year: 0, first: MAX_PAGE, skip: 0 }),
        price(CatalogLevaCivicaProjectsDocument, {}),
        price(CatalogIndicatorsDocument, {}),
      ),
  };
}
