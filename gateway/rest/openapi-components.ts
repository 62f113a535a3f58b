import { PROBLEM_JSON } from '../../server/problem.js';
import { DATASETS, MAX_CSV_PAGE } from '../catalog/datasets.js';
import { MAX_PAGE } from '../hsds/directory-query.js';
import { ROUTE_PARAMETERS } from '../hsds/parameters.js';

/**
 * What the OpenAPI document (openapi.ts) says once and its paths (openapi-paths.ts) refer to: the
 * parameters (HSDS's, a CSV page's, a path's), the headers every answer carries, the RFC 9457 problem
 * and the answers that are one, and the schemas of the bodies.
 */

export type Json = Record<string, unknown>;
export const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });

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

/** The query parameters of an HSDS route: those parameters.ts takes on it. */
export function hsdsParameters(route: keyof typeof ROUTE_PARAMETERS): Json[] {
  return ROUTE_PARAMETERS[route].map((name) => ({ name, in: 'query', required: false, ...HSDS_PARAMETERS[name] }));
}

/** The query parameters of a CSV page. */
export const CSV_PAGE_PARAMETERS: Json[] = [
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
];

const pathParameter = (name: string, description: string, schema: Json) => ({ name, in: 'path', required: true, description, schema });

/** A parameter in a route's path: a dataset of the catalogue, or a record's id. */
export function pathParameterOf(name: string): Json {
  return name === 'dataset'
    ? pathParameter('dataset', 'The dataset’s identifier.', { type: 'string', enum: DATASETS.map((d) => d.id) })
    : pathParameter(name, 'The record’s id.', { type: 'string', maxLength: 200 });
}

/** The headers of the client's rate limit, on every answer. */
export const rateLimitHeaders = {
  'X-RateLimit-Limit': ref('headers', 'X-RateLimit-Limit'),
  'X-RateLimit-Remaining': ref('headers', 'X-RateLimit-Remaining'),
  'X-RateLimit-Reset': ref('headers', 'X-RateLimit-Reset'),
};

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

/** The document's components: the security scheme, headers, answers and schemas its paths refer to. */
export function openApiComponents(): Json {
  return {
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'JWT',
        description:
          'Optional: a PDND voucher or a token of the Comune’s identity provider, verified with the keys of the issuer the hub trusts; its subject gets a rate-limit bucket of its own.',
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
  };
}
