import type { Request } from 'express';
import { MAX_PAGE } from './directory-query.js';
import { searchWords } from './search.js';

/**
 * The query parameters of the HSDS API: which each route takes (HSDA's OpenAPI, hsds-3.0/schema/
 * openapi.json) and how each is read. No parameter is ignored: one a route does not take, or one it
 * cannot honour, answers 400 with a message that names it (BadParameter).
 */

export class BadParameter extends Error {}

const LIST = ['search', 'page', 'per_page', 'format'];

/**
 * Per route, the parameters it takes. `proximity` on /services is ours (HSDA has it on
 * /service_at_locations only); `postcode` is there to be refused with its reason (postcodeRefused).
 */
export const ROUTE_PARAMETERS = {
  root: [],
  record: [],
  services: [...LIST, 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'minimal', 'full', 'proximity'],
  serviceAtLocations: [...LIST, 'taxonomy_term_id', 'taxonomy_id', 'organization_id', 'modified_after', 'full', 'postcode', 'proximity'],
  organizations: [...LIST, 'full_service', 'full'],
  organization: ['full_service'],
  taxonomies: LIST,
  taxonomyTerms: [...LIST, 'taxonomy_id', 'top_only', 'parent_id'],
} satisfies Record<string, string[]>;

/** Refuses a parameter the route does not take, naming it and the ones it does. */
export function onlyParameters(req: Request, taken: readonly string[]): void {
  for (const name of Object.keys(req.query)) {
    if (taken.includes(name)) continue;
    const takes = taken.length > 0 ? `it takes ${taken.join(', ')}` : 'it takes none';
    throw new BadParameter(`${name}: not a parameter of ${req.baseUrl}${req.route?.path ?? req.path} (${takes}).`);
  }
}

export function text(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new BadParameter(`${name} must be given once, as text.`);
  return value.trim() || null;
}

/** A boolean parameter (`true` or `false`); false when absent. */
export function flag(req: Request, name: string): boolean {
  const value = text(req, name);
  if (value === null || value === 'false') return false;
  if (value === 'true') return true;
  throw new BadParameter(`${name} must be true or false.`);
}

function positiveInteger(req: Request, name: string, fallback: number, max: number): number {
  const value = text(req, name);
  if (value === null) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new BadParameter(`${name} must be a whole number from 1 to ${max}.`);
  return Number(value);
}

export interface Paging {
  page: number;
  perPage: number;
}

/** `format`: json (pages, the default) or ndjson (the whole list, one record a line, no pages). */
export function formatOf(req: Request): 'json' | 'ndjson' {
  const format = text(req, 'format') ?? 'json';
  if (format !== 'json' && format !== 'ndjson') throw new BadParameter('format must be json or ndjson.');
  if (format === 'ndjson') {
    for (const name of ['page', 'per_page'])
      if (req.query[name] !== undefined) throw new BadParameter(`${name}: format=ndjson answers the whole list, without pages.`);
  }
  return format;
}

export function pageOf(req: Request): Paging {
  return { page: positiveInteger(req, 'page', 1, 1_000_000), perPage: positiveInteger(req, 'per_page', 50, MAX_PAGE) };
}

export function modifiedAfter(req: Request): number | null {
  const value = text(req, 'modified_after');
  if (value === null) return null;
  const at = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at))
    throw new BadParameter('modified_after must be an ISO 8601 date-time, e.g. 2026-11-01T00:00:00Z.');
  return at;
}

/** `proximity=latitude,longitude,metres`: HSDA measures from a postcode's centroid, which the graph does not have; a position it has. */
export function proximity(req: Request): { latitude: number; longitude: number; meters: number } | null {
  const value = text(req, 'proximity');
  if (value === null) return null;
  const parts = value.split(',').map((p) => Number(p.trim()));
  const [latitude, longitude, meters] = parts;
  if (
    parts.length !== 3 ||
    latitude === undefined ||
    longitude === undefined ||
    meters === undefined ||
    parts.some((p) => !Number.isFinite(p))
  )
    throw new BadParameter('proximity must be latitude,longitude,metres, e.g. 45.4642,9.19,2000.');
  if (meters <= 0 || meters > 50_000) throw new BadParameter('proximity: the distance must be more than 0 and at most 50000 metres.');
  return { latitude, longitude, meters };
}

/**
 * `postcode` is refused, with why: HSDA keeps a service whose service_area holds the postcode, or
 * measures proximity from the postcode's centroid. This directory's services have no service areas
 * and the graph knows no centroids (its addresses carry a CAP only where a source writes one).
 */
export function refusePostcode(req: Request): void {
  if (text(req, 'postcode') !== null)
    throw new BadParameter(
      'postcode: HSDA filters by the service areas that hold a postcode, or measures from its centroid; these services have no service areas and the graph knows no centroids of postcodes. Give proximity=latitude,longitude,metres instead.',
    );
}

/** `search`: the words asked for, folded, the short ones left out (search.ts); a record matches when it holds them all. */
export function wordsOf(req: Request): string[] {
  const read = searchWords(text(req, 'search'));
  if ('refused' in read) throw new BadParameter(read.refused);
  return read.words;
}
