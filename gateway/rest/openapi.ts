import { PROBLEM_JSON } from '../../server/problem.js';
import { DATASETS, MAX_CSV_PAGE } from '../catalog/datasets.js';
import { MAX_PAGE } from '../hsds/directory-query.js';
import { ROUTE_PARAMETERS } from '../hsds/parameters.js';

/**
 * The OpenAPI 3.1 document of the hub's REST API, as AgID's interoperability guidelines (ModI) ask of an
 * e-service: the HSDS directory, the points' JSON-LD, the DCAT-AP_IT catalogue and /status, at their
 * versioned paths. It is built from the routes' own tables (the HSDS parameters of parameters.ts, the
 * catalogue's datasets), served at /hsds/openapi.json and checked in as openapi.json;
 * test/openapi.spec.ts requests every path of it on a real hub and lints it with AgID's ruleset.
 */

/** The API's version: its major, HSDS's, is in every path (`v3`), as ModI asks. */
export const VERSION = '3.0.0';
const MAJOR = `v${VERSION.split('.')[0]}`;

/** Where each router is mounted: its versioned path first (documented), then the path of before, which answers the same. */
export const REST_MOUNTS = {
  hsds: [`/hsds/${MAJOR}`, '/hsds'],
  points: [`/points/${MAJOR}`, '/points'],
  catalog: [`/catalog/${MAJOR}`, '/catalog'],
} as const;

/** The API's health, which ModI asks every API to answer at /status. */
export const STATUS_PATH = '/status';

type Json = Record<string, unknown>;
const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

/** What each HSDS parameter is (HSDA's names; parameters.ts reads them). */
const HSDS_PARAMETERS: Record<string, { description: string; schema: Json }> = {
  search: {
    description:
      'Every word in the record’s text, any case and accents (at most 10 words of at most 40 characters; words under 3 characters are left out).',
    schema: { type: 'string', maxLength: 500, example: 'centro' },
  },
  page: { description: 'The page, from 1.', schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 1_000_000, default: 1 } },
  per_page: {
    description: `Records a page, 1 to ${MAX_PAGE}.`,
    schema: { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_PAGE, default: 50 },
  },
  format: {
    description: 'json: a page in the HSDA envelope; ndjson: the whole list, one record a line, without `page` or `per_page`.',
    schema: { type: 'string', enum: ['json', 'ndjson'], default: 'json' },
  },
  taxonomy_term_id: { description: 'The services classified by this taxonomy term.', schema: { type: 'string', format: 'uuid' } },
  taxonomy_id: { description: 'The services (or terms) of any term of this taxonomy.', schema: { type: 'string', format: 'uuid' } },
  organization_id: { description: 'The services of this organization.', schema: { type: 'string', format: 'uuid' } },
  modified_after: {
    description: 'The services changed after this time.',
    schema: { type: 'string', format: 'date-time', example: '2026-11-01T00:00:00Z' },
  },
  minimal: { description: 'Each service’s `id` and `modified_date` alone.', schema: { type: 'boolean', default: false } },
  full: { description: 'Each record fully nested, as its record by id.', schema: { type: 'boolean', default: false } },
  full_service: { description: 'The organization’s services fully nested.', schema: { type: 'boolean', default: false } },
  proximity: {
    description:
      'latitude,longitude,metres (at most 50000): the services within that distance. HSDA measures from a postcode’s centroid, which the graph does not have: it takes a position.',
    schema: { type: 'string', pattern: '^-?[0-9.]+,-?[0-9.]+,[0-9.]+$', maxLength: 64, example: '45.4642,9.19,2000' },
  },
  postcode: {
    description:
      'Refused (400) with why: HSDA filters by the service areas that hold a postcode, and these services have none; give `proximity`.',
    schema: { type: 'string', maxLength: 10 },
  },
  top_only: { description: 'The terms without a parent (all of them: the terms are flat).', schema: { type: 'boolean', default: false } },
  parent_id: { description: 'The terms under this one (none: the terms are flat).', schema: { type: 'string', format: 'uuid' } },
};

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
const STATUS_ROUTE: RestRoute = { path: STATUS_PATH, operationId: 'showStatus', summary: 'Whether the hub can answer', kind: 'status' };

/** A route's path in the document, under its mount: Express's `:id` as OpenAPI's `{id}`, the mount's `/` as the mount. */
export function documentPath(mount: string, path: string): string {
  return `${mount}${path === '/' ? '' : path}`.replace(/:(\w+)/g, '{$1}');
}

const rateLimitHeaders = {
  'X-RateLimit-Limit': ref('headers', 'X-RateLimit-Limit'),
  'X-RateLimit-Remaining': ref('headers', 'X-RateLimit-Remaining'),
  'X-RateLimit-Reset': ref('headers', 'X-RateLimit-Reset'),
};

const pathParameter = (name: string, description: string, schema: Json) => ({ name, in: 'path', required: true, description, schema });

function parametersOf(route: RestRoute): Json[] {
  const inPath = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) =>
    name === 'dataset'
      ? pathParameter('dataset', 'The dataset’s identifier.', { type: 'string', enum: DATASETS.map((d) => d.id) })
      : pathParameter(name ?? 'id', 'The record’s id.', { type: 'string', maxLength: 200 }),
  );
  const query = route.parameters
    ? ROUTE_PARAMETERS[route.parameters].map((name) => ({ name, in: 'query', required: false, ...HSDS_PARAMETERS[name] }))
    : route.kind === 'csv'
      ? [
          {
            name: 'page',
            in: 'query',
            required: false,
            description: 'The page, from 1.',
            schema: { type: 'integer', format: 'int32', minimum: 1, default: 1 },
          },
          {
            name: 'per_page',
            in: 'query',
            required: false,
            description: `Records a page, 1 to ${MAX_CSV_PAGE}.`,
            schema: { type: 'integer', format: 'int32', minimum: 1, maximum: MAX_CSV_PAGE, default: MAX_CSV_PAGE },
          },
        ]
      : [];
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

function pathsOf(mounts: readonly string[], routes: RestRoute[], tag: string): Json {
  return Object.fromEntries(routes.map((r) => [documentPath(mounts[0] ?? '', r.path), { get: operationOf(r, tag) }]));
}

const problemSchema = {
  type: 'object',
  description: 'An RFC 9457 problem.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', format: 'uri', description: 'about:blank: the status says what the problem is.', example: 'about:blank' },
    title: { type: 'string', description: 'The status’s phrase.', example: 'Bad Request' },
    status: { type: 'integer', format: 'int32', minimum: 100, maximum: 599, description: 'The HTTP status.', example: 400 },
    detail: { type: 'string', description: 'What went wrong, and what to do.', example: 'per_page must be a whole number from 1 to 100.' },
  },
};

const problemResponse = (description: string, headers: Json = rateLimitHeaders) => ({
  description,
  headers,
  content: { [PROBLEM_JSON]: { schema: ref('schemas', 'Problem') } },
});

/** A header that every answer it is declared on carries (`required`), an integer. */
const integerHeader = (description: string) => ({ description, required: true, schema: { type: 'integer', format: 'int32', minimum: 0 } });

/** The document. */
export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Milano Municipal Graph — REST API',
      version: VERSION,
      'x-summary': 'The Comune di Milano’s directory of public services (HSDS 3.0), its points as JSON-LD and its open-data catalogue.',
      'x-api-id': 'milano-municipal-graph-rest',
      description: [
        'The REST face of the Milano Municipal Graph: every answer is read from the same graph as its GraphQL API (/graphql, not described here).',
        '',
        '- **HSDS directory** (`/hsds/v3/…`): Open Referral’s HSDS 3.0 API profile (HSDA). Its paths and parameters keep HSDA’s names (`service_at_locations`, `taxonomy_terms`, `per_page`…), snake_case: HSDA fixes them, and a client written for any HSDA directory reads this one. The guidelines’ kebab-case is for names of our own (`/catalog/{dataset}`, the datasets’ ids).',
        '- **JSON-LD** (`/points/v3/{id}.jsonld`): a point as a schema.org `Place`; the suffix names the format, as linked-data clients expect.',
        '- **DCAT-AP_IT catalogue** (`/catalog/v3…`): one dataset per published table, each with its CSV distribution.',
        '- **/status**: 200 when every subgraph answers, 503 otherwise, as application/problem+json.',
        '',
        'The major version is in the path (`v3`, HSDS’s major, for the whole API); the unversioned paths of before (`/hsds/…`, `/points/{id}.jsonld`, `/catalog…`) answer the same.',
        'Errors are RFC 9457 problems (`application/problem+json`). Every answer carries the client’s rate limit (X-RateLimit-Limit, -Remaining, -Reset, in cost points: the call thresholds of the e-service); a refused one Retry-After.',
        'Reads are public. A bearer token (a PDND voucher, or a token of the Comune’s identity provider) the hub verifies makes its subject a client of its own, with a bucket of its own.',
      ].join('\n'),
      termsOfService: 'https://www.comune.milano.it/servizi/dati-aperti',
      contact: { name: 'Comune di Milano — open data', email: 'opendata@comune.milano.it', url: 'https://www.comune.milano.it' },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [
      {
        url: 'https://{host}',
        description: 'Production: the Comune’s hub, at the host it is deployed at.',
        variables: { host: { default: 'hub.comune.milano.it', description: 'The host name of the deployment.' } },
      },
    ],
    tags: [
      { name: 'hsds', description: 'The HSDS 3.0 directory (Open Referral’s HSDA profile).' },
      { name: 'json-ld', description: 'The points as schema.org JSON-LD.' },
      { name: 'catalog', description: 'The DCAT-AP_IT catalogue of the open data.' },
      { name: 'status', description: 'The API’s health.' },
    ],
    security: [{}, { bearer: [] }],
    paths: {
      ...pathsOf([STATUS_PATH], [{ ...STATUS_ROUTE, path: '' }], 'status'),
      ...pathsOf(REST_MOUNTS.hsds, [HSDS_ROUTES[0] as RestRoute, OPENAPI_ROUTE, ...HSDS_ROUTES.slice(1)], 'hsds'),
      ...pathsOf(REST_MOUNTS.points, POINT_ROUTES, 'json-ld'),
      ...pathsOf(REST_MOUNTS.catalog, CATALOG_ROUTES, 'catalog'),
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'Optional: a PDND voucher or a token of the Comune’s identity provider, verified against HUB_JWKS_URL; its subject gets a rate-limit bucket of its own.',
        },
      },
      headers: {
        'X-RateLimit-Limit': integerHeader(
          'The client’s bucket, in cost points (the three X-RateLimit headers are sent while rate limits are on, the default).',
        ),
        'X-RateLimit-Remaining': integerHeader('Cost points left in the client’s bucket.'),
        'X-RateLimit-Reset': integerHeader('Seconds from now until the bucket is full again.'),
        'Retry-After': integerHeader('Seconds to wait before trying again.'),
        'X-Total-Count': integerHeader('The dataset’s records in all.'),
        Link: { description: 'The `next` and `prev` pages (RFC 8288), where there are.', schema: { type: 'string' } },
        'Content-Disposition': { description: 'The file name of the page.', required: true, schema: { type: 'string' } },
      },
      responses: {
        BadRequest: problemResponse(
          'A parameter the route does not take, a value it refuses, or an input the graph refuses: `detail` names it and why.',
        ),
        NotFound: problemResponse('No record with that id.'),
        TooManyRequests: problemResponse('The client’s bucket holds less than the request reserves.', {
          ...rateLimitHeaders,
          'Retry-After': ref('headers', 'Retry-After'),
        }),
        ServiceUnavailable: problemResponse('A part of the graph the route needs does not answer.', {
          ...rateLimitHeaders,
          'Retry-After': ref('headers', 'Retry-After'),
        }),
        Down: {
          description: 'A subgraph does not answer.',
          headers: { ...rateLimitHeaders, 'Retry-After': ref('headers', 'Retry-After') },
          content: { [PROBLEM_JSON]: { schema: ref('schemas', 'Status') } },
        },
      },
      schemas: {
        Problem: problemSchema,
        Status: {
          ...problemSchema,
          description: 'An RFC 9457 problem (200: none), with what each subgraph says.',
          properties: {
            ...problemSchema.properties,
            checks: { type: 'object', description: 'Per subgraph: ok, or why not.', additionalProperties: { type: 'string' } },
          },
        },
        HsdsInformation: {
          type: 'object',
          description: 'The HSDS version, profile and HSDA’s OpenAPI.',
          properties: {
            version: { type: 'string' },
            profile: { type: 'string', format: 'uri' },
            openapi_url: { type: 'string', format: 'uri' },
          },
        },
        HsdsPage: {
          type: 'object',
          description: 'HSDA’s paginated envelope (the records as HSDS 3.0’s JSON Schemas give them).',
          required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
          properties: {
            total_items: { type: 'integer', format: 'int32' },
            total_pages: { type: 'integer', format: 'int32' },
            page_number: { type: 'integer', format: 'int32' },
            size: { type: 'integer', format: 'int32' },
            first_page: { type: 'boolean' },
            last_page: { type: 'boolean' },
            empty: { type: 'boolean' },
            contents: { type: 'array', maxItems: MAX_PAGE, items: ref('schemas', 'HsdsRecord') },
          },
        },
        HsdsRecord: {
          type: 'object',
          description:
            'An HSDS 3.0 record (service, service_at_location, organization, taxonomy or term): https://docs.openreferral.org/en/latest/hsds/schema_reference.html',
          properties: { id: { type: 'string', format: 'uuid' } },
        },
        JsonLd: { type: 'object', description: 'A JSON-LD document.', properties: { '@context': {} } },
      },
    },
  };
}

/** Where the document is checked in (scripts/openapi.ts writes it), for the PDND catalogue and AgID's checker. */
export const OPENAPI_FILE = 'gateway/rest/openapi.json';
