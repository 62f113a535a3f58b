import { buildSchema, parse } from 'graphql';
import type { CostDirectives } from '../server/cost-directives.js';
import { estimatedCost } from '../server/estimated-cost.js';
import {
  HsdsPointsDocument,
  HsdsProgrammesDocument,
  PointJsonLdDocument,
  type TypedDocumentString,
} from './isomorphic/graph-documents.generated.js';

/** What a request to each of the gateway's routes over the graph reserves of its client's bucket while it runs. */
export interface RouteCosts {
  /** /hsds: a page of 100 points and the programmes, the documents a directory read is made of. */
  hsds: number;
  /** /points/{id}.jsonld: the point's one document. */
  jsonLd: number;
}

/**
 * The estimated cost of the documents a route runs (server/estimated-cost.ts), priced over the supergraph: a
 * route's request reserves it before it runs, so that a client cannot have more of them in flight than
 * its bucket holds (server/rate-limits.ts). /hsds reads the directory page by page: it reserves one
 * page and the programmes, and its operations are charged at their actual cost as they run.
 */
export function routeCosts(supergraphSdl: string, directives: CostDirectives): RouteCosts {
  const schema = buildSchema(supergraphSdl);
  const price = <Variables>(document: TypedDocumentString<unknown, Variables>, variables: Variables) =>
    estimatedCost(directives, { schema, document: parse(document.toString()), variables: variables as Record<string, unknown> });
  return {
    hsds: price(HsdsPointsDocument, { first: 100, after: null }) + price(HsdsProgrammesDocument, {}),
    jsonLd: price(PointJsonLdDocument, { id: '' }),
  };
}
