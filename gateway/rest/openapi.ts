import { type Json, openApiComponents } from './openapi-components.js';
import { CATALOG_ROUTES, HSDS_ROUTES, OPENAPI_ROUTE, POINT_ROUTES, pathsOf, type RestRoute, STATUS_ROUTE } from './openapi-paths.js';

/**
 * The OpenAPI 3.1 document of the hub's REST API, as AgID's interoperability guidelines (ModI) ask of an
 * e-service: the HSDS directory, the points' JSON-LD, the DCAT-AP_IT catalogue and /status, at their
 * versioned paths. It is built from the routes' own tables (the HSDS parameters of parameters.ts, the
 * catalogue's datasets), served at /hsds/openapi.json and checked in as openapi.json; its paths are
 * in openapi-paths.ts, what they share in openapi-components.ts. test/openapi.spec.ts requests every
 * path of it on a real hub and lints it with AgID's ruleset.
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
      ...pathsOf([STATUS_PATH], [STATUS_ROUTE], 'status'),
      ...pathsOf(REST_MOUNTS.hsds, [HSDS_ROUTES[0] as RestRoute, OPENAPI_ROUTE, ...HSDS_ROUTES.slice(1)], 'hsds'),
      ...pathsOf(REST_MOUNTS.points, POINT_ROUTES, 'json-ld'),
      ...pathsOf(REST_MOUNTS.catalog, CATALOG_ROUTES, 'catalog'),
    },
    components: openApiComponents(),
  };
}

/** Where the document is checked in (scripts/openapi.ts writes it), for the PDND catalogue and AgID's checker. */
export const OPENAPI_FILE = 'gateway/rest/openapi.json';
