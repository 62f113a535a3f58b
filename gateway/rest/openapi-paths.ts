import { PROBLEM_JSON } from '../../server/problem.js';
import type { ROUTE_PARAMETERS } from '../hsds/parameters.js';
import { CSV_PAGE_PARAMETERS, hsdsParameters, type Json, pathParameterOf, rateLimitHeaders, ref } from './openapi-components.js';

/**
 * The paths of the OpenAPI document (openapi.ts): the routes of each router, in its order, and what
 * each kind of route takes and answers, its parameters and answers referring to openapi-components.ts.
 */

/** A route of a router: its Express path, what it answers and, for HSDS, which parameters it takes. */
export interface RestRoute {
  path: string;
  operationId: string;
  summary: string;
  kind: 'hsds-info' | 'hsds-list' | 'hsds-record' | 'openapi' | 'json-ld' | 'catalog' | 'csv' | 'status';
  parameters?: keyof typeof ROUTE_PARAMETERS;
}

/** The routes of gateway/hsds/router.ts, in its order (test/openapi.spec.ts compares them with the router's). */
export const HSDS_ROUTES: RestRoute[] = [
  { path: '/', operationId: 'hsdsInformation', summary: 'The API’s HSDS version and profile', kind: 'hsds-info', parameters: 'root' },
  { path: '/services', operationId: 'listServices', summary: 'A page of services', kind: 'hsds-list', parameters: 'services' },
  { path: '/services/:id', operationId: 'showService', summary: 'A service, fully nested', kind: 'hsds-record', parameters: 'record' },
  {
    path: '/service_at_locations',
    operationId: 'listServiceAtLocations',
    summary: 'A page of services at their locations',
    kind: 'hsds-list',
    parameters: 'serviceAtLocations',
  },
  {
    path: '/service_at_locations/:id',
    operationId: 'showServiceAtLocation',
    summary: 'A service at a location',
    kind: 'hsds-record',
    parameters: 'record',
  },
  {
    path: '/organizations',
    operationId: 'listOrganizations',
    summary: 'A page of organizations',
    kind: 'hsds-list',
    parameters: 'organizations',
  },
  {
    path: '/organizations/:id',
    operationId: 'showOrganization',
    summary: 'An organization with its services',
    kind: 'hsds-record',
    parameters: 'organization',
  },
  { path: '/taxonomies', operationId: 'listTaxonomies', summary: 'A page of taxonomies', kind: 'hsds-list', parameters: 'taxonomies' },
  { path: '/taxonomies/:id', operationId: 'showTaxonomy', summary: 'A taxonomy', kind: 'hsds-record', parameters: 'record' },
  {
    path: '/taxonomy_terms',
    operationId: 'listTaxonomyTerms',
    summary: 'A page of taxonomy terms',
    kind: 'hsds-list',
    parameters: 'taxonomyTerms',
  },
  { path: '/taxonomy_terms/:id', operationId: 'showTaxonomyTerm', summary: 'A taxonomy term', kind: 'hsds-record', parameters: 'record' },
];

/** The routes of gateway/jsonld/route.ts. */
export const POINT_ROUTES: RestRoute[] = [
  { path: '/:id.jsonld', operationId: 'showPointJsonLd', summary: 'A point as schema.org JSON-LD', kind: 'json-ld' },
];

/** The routes of gateway/catalog/router.ts. */
export const CATALOG_ROUTES: RestRoute[] = [
  { path: '/', operationId: 'showCatalog', summary: 'The DCAT-AP_IT catalogue of the hub’s open data', kind: 'catalog' },
  { path: '/:dataset.csv', operationId: 'downloadDataset', summary: 'A page of a dataset’s records as CSV', kind: 'csv' },
  { path: '/:dataset', operationId: 'showDataset', summary: 'A dataset of the catalogue', kind: 'catalog' },
];

/** The routes gateway/rest/routes.ts adds: the document itself (under /hsds) and /status (at the root). */
export const OPENAPI_ROUTE: RestRoute = {
  path: '/openapi.json',
  operationId: 'showOpenApi',
  summary: 'This OpenAPI document',
  kind: 'openapi',
};
// /status is a mount of its own (STATUS_PATH, openapi.ts): the route is its root.
export const STATUS_ROUTE: RestRoute = { path: '', operationId: 'showStatus', summary: 'Whether the hub can answer', kind: 'status' };

/** A route's path in the document, under its mount: Express's `:id` as OpenAPI's `{id}`, the mount's `/` as the mount. */
export function documentPath(mount: string, path: string): string {
  return `${mount}${path === '/' ? '' : path}`.replace(/:(\w+)/g, '{$1}');
}

function parametersOf(route: RestRoute): Json[] {
  const inPath = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => pathParameterOf(name ?? 'id'));
  const query = route.parameters ? hsdsParameters(route.parameters) : route.kind === 'csv' ? CSV_PAGE_PARAMETERS : [];
  return [...inPath, ...query];
}

/** The success answer of a route, by its kind. */
function successOf(route: RestRoute): Json {
  const ok = (description: string, content: Json, headers: Json = {}) => ({
    200: { description, headers: { ...rateLimitHeaders, ...headers }, content },
  });
  switch (route.kind) {
    case 'hsds-list':
      return ok('A page in the HSDA envelope, or (format=ndjson) the whole list, one record a line.', {
        'application/json': { schema: ref('schemas', 'HsdsPage') },
        // A sequence of records, one a line: the schema is each line's (OpenAPI 3.2 calls it itemSchema).
        'application/x-ndjson': { schema: ref('schemas', 'HsdsRecord') },
      });
    case 'hsds-info':
      return ok('The HSDS version and profile.', { 'application/json': { schema: ref('schemas', 'HsdsInformation') } });
    case 'hsds-record':
      return ok('The HSDS record.', { 'application/json': { schema: ref('schemas', 'HsdsRecord') } });
    case 'openapi':
      return ok('This document.', { 'application/json': { schema: { type: 'object' } } });
    case 'json-ld':
      return ok('The point as a schema.org Place.', { 'application/ld+json': { schema: ref('schemas', 'JsonLd') } });
    case 'catalog':
      return ok('JSON-LD with the DCAT-AP_IT context.', { 'application/ld+json': { schema: ref('schemas', 'JsonLd') } });
    case 'csv':
      return ok(
        'UTF-8 CSV (RFC 4180), a header row, one record a row.',
        { 'text/csv': { schema: { type: 'string' } } },
        {
          'X-Total-Count': ref('headers', 'X-Total-Count'),
          Link: ref('headers', 'Link'),
          'Content-Disposition': ref('headers', 'Content-Disposition'),
        },
      );
    case 'status':
      return ok('Every subgraph answers.', { [PROBLEM_JSON]: { schema: ref('schemas', 'Status') } });
  }
}

/** What each kind of route does, beyond its summary. */
const DESCRIPTIONS: Record<RestRoute['kind'], string> = {
  'hsds-info': 'The HSDS version this directory follows, its profile and HSDA’s own OpenAPI.',
  'hsds-list':
    'A page of the list in HSDA’s envelope, filtered by the parameters given; every HSDA parameter is honoured or refused with why (400), never ignored. format=ndjson answers the whole list (at most 10,000 records) one record a line.',
  'hsds-record': 'The record with this HSDS id (a UUID), or 404.',
  openapi: 'The OpenAPI 3.1 document of this API, its first server the hub that served it.',
  'json-ld': 'The point as a schema.org Place (JSON-LD), with its address, position and opening hours; 404 for an unknown id.',
  catalog:
    'JSON-LD with the DCAT-AP_IT context (dcat, dcatapit, dct, foaf, vcard): the catalogue, or one of its datasets (404 for an unknown one).',
  csv: 'A page of the dataset’s records: UTF-8, RFC 4180, a header row, one record a row; Link gives the next and previous pages, X-Total-Count the records in all.',
  status:
    'Whether every subgraph answers: 200 when they do, 503 when one does not, both as application/problem+json with a check per subgraph.',
};

function operationOf(route: RestRoute, tag: string): Json {
  const status = route.kind === 'status';
  // Every route over the graph answers 400 for an input the graph refuses; the HSDS routes also for a parameter they do not take, the CSV for a bad page.
  const refuses = !status && route.kind !== 'openapi';
  const finds = route.path.includes(':');
  return {
    operationId: route.operationId,
    summary: route.summary,
    description: DESCRIPTIONS[route.kind],
    tags: [tag],
    parameters: parametersOf(route),
    responses: {
      ...successOf(route),
      ...(refuses ? { 400: ref('responses', 'BadRequest') } : {}),
      ...(finds ? { 404: ref('responses', 'NotFound') } : {}),
      429: ref('responses', 'TooManyRequests'),
      503: ref('responses', status ? 'Down' : 'ServiceUnavailable'),
    },
  };
}

/** The paths of one router's routes under its mount (the first, versioned one), each with its operation. */
export function pathsOf(mounts: readonly string[], routes: RestRoute[], tag: string): Json {
  return Object.fromEntries(routes.map((r) => [documentPath(mounts[0] ?? '', r.path), { get: operationOf(r, tag) }]));
}
