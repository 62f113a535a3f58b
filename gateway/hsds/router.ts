import { type Request, type Response, Router } from 'express';
import { graphErrorAnswer, type RunOperation } from '../graph.js';
import { buildDirectory, type DirectoryService, fold } from './directory.js';
import { type GraphPointFilter, MAX_PAGE, readDirectory, readPointIds, readPointsPage, readProgrammes } from './directory-query.js';

/**
 * The HSDS 3.0 directory API (Open Referral's HSDA profile) over the graph. Each request reads the
 * graph through `run` (the gateway's own executor) and maps it; the API keeps no data of its own.
 * The lists of services read one page of points, filtered and paged by the graph, and the
 * programmes; a record by id and the organizations still read every point (HSDS ids are hashes of
 * ours, which the graph cannot look up).
 */
export function hsdsRouter(run: RunOperation): Router {
  const directory = async () => {
    const { points, programmes } = await readDirectory(run);
    return buildDirectory(points, programmes);
  };
  /** The programmes' records alone (no point), for the taxonomies. */
  const programmesDirectory = async () => buildDirectory([], await readProgrammes(run));
  /** Answers a list or a record, 404 for an unknown id, or 400 for a bad parameter (read before the graph is). */
  const route = (handler: (req: Request) => Promise<unknown>) => async (req: Request, res: Response) => {
    try {
      const answer = await handler(req);
      if (answer === undefined) notFound(res, `No record with id "${req.params.id}".`);
      else res.json(answer);
    } catch (error) {
      if (!(error instanceof BadParameter)) throw error;
      res.status(400).json({ error: 'bad_request', message: error.message });
    }
  };

  /**
   * One page of the services a list request asks for, by the HSDA parameters our data supports, or
   * of their service_at_location records (`perService`; a point's service has exactly one). The
   * parameters are read (and refused) at once. The points' services come first, by point id: the
   * graph filters and pages them (one request, whatever the number of points); the programmes'
   * services follow, filtered here (they are read whole, as before). With organization_id, whose
   * HSDS id the graph cannot look up, the whole directory is read and filtered here.
   */
  const servicesPage = async <T>(req: Request, perService: (s: DirectoryService) => T[]) => {
    const paging = pageOf(req);
    const words = searchWords(req);
    if (words.length > MAX_SEARCH_WORDS) throw new BadParameter(`search takes at most ${MAX_SEARCH_WORDS} words.`);
    const term = text(req, 'taxonomy_term_id');
    const organization = text(req, 'organization_id');
    const after = modifiedAfter(req);
    const near = proximity(req);
    const wanted = (s: DirectoryService) =>
      words.every((word) => s.text.includes(word)) &&
      (!term || s.termIds.has(term)) &&
      (!organization || s.organizationId === organization) &&
      (after === null || (s.modified !== null && Date.parse(s.modified) >= after)) &&
      // Only points are positioned in the graph (the graph measures the distance): a programme's site is not found by proximity.
      (!near || s.pointIds.length > 0);
    const within = near && { latitude: near.latitude, longitude: near.longitude, radiusKm: near.meters / 1000 };
    if (organization) {
      const [whole, nearIds] = await Promise.all([directory(), within ? readPointIds(run, { within }) : null]);
      const selected = whole.services.filter((s) => wanted(s) && (!nearIds || s.pointIds.some((id) => nearIds.has(id))));
      return page(selected.flatMap(perService), paging);
    }

    const skip = (paging.page - 1) * paging.perPage;
    const programmesRead = readProgrammes(run);
    /** The points' page: with a term, once the programmes tell which terms classify points (the WeMi categories are the graph's). */
    const pointsRead = async () => {
      const { pointTerms } = term ? buildDirectory([], await programmesRead) : { pointTerms: null };
      // Every point is classified by the SPAZIO COMUNE programme; a Spazio WeMi by each WeMi category too.
      const kind = term && pointTerms?.wemi.has(term) ? 'WEMI' : null;
      if (term && term !== pointTerms?.programme && !kind) return { points: [], totalCount: 0 };
      const filter: GraphPointFilter = {
        search: words.length > 0 ? words.join(' ') : null,
        kind,
        updatedSince: after === null ? null : new Date(after).toISOString(),
        within,
      };
      return readPointsPage(run, paging.perPage, skip, filter);
    };
    const [programmes, points] = await Promise.all([programmesRead, pointsRead()]);
    const built = buildDirectory(points.points, programmes);
    const pointItems = built.services.slice(0, points.points.length).flatMap(perService);
    const programmeItems = built.services.slice(points.points.length).filter(wanted).flatMap(perService);
    const fromProgrammes = Math.max(0, skip - points.totalCount);
    const contents = [...pointItems, ...programmeItems.slice(fromProgrammes, fromProgrammes + paging.perPage - pointItems.length)];
    return envelope(points.totalCount + programmeItems.length, contents, paging);
  };

  return Router()
    .get('/', (_req, res) => {
      res.json({
        version: '3.0',
        profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
        openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
      });
    })
    .get(
      '/services',
      route((req) => servicesPage(req, (s) => [s.listed])),
    )
    .get(
      '/services/:id',
      route(async (req) => (await directory()).services.find((s) => s.full.id === req.params.id)?.full),
    )
    .get(
      '/service_at_locations',
      route((req) => servicesPage(req, (s) => serviceAtLocations(s).map(({ schedules: _, ...listed }) => listed))),
    )
    .get(
      '/service_at_locations/:id',
      route(async (req) => (await directory()).services.flatMap(serviceAtLocations).find((sal) => sal.id === req.params.id)),
    )
    .get(
      '/organizations',
      route(async (req) => {
        const [paging, search] = [pageOf(req), searchWords(req)];
        return page(matching((await directory()).organizations, search), paging);
      }),
    )
    .get(
      '/organizations/:id',
      route(async (req) => {
        const found = await directory();
        const organization = found.organizations.find((o) => o.id === req.params.id);
        return (
          organization && {
            ...organization,
            services: found.services.filter((s) => s.organizationId === organization.id).map((s) => s.listed),
          }
        );
      }),
    )
    .get(
      '/taxonomies',
      route(async (req) => {
        const [paging, search] = [pageOf(req), searchWords(req)];
        return page(matching((await programmesDirectory()).taxonomies, search), paging);
      }),
    )
    .get(
      '/taxonomies/:id',
      route(async (req) => (await programmesDirectory()).taxonomies.find((t) => t.id === req.params.id)),
    )
    .get(
      '/taxonomy_terms',
      route(async (req) => {
        const [paging, search, taxonomy] = [pageOf(req), searchWords(req), text(req, 'taxonomy_id')];
        const terms = matching((await programmesDirectory()).taxonomyTerms, search).filter((t) => !taxonomy || t.taxonomy_id === taxonomy);
        return page(terms, paging);
      }),
    )
    .get(
      '/taxonomy_terms/:id',
      route(async (req) => (await programmesDirectory()).taxonomyTerms.find((t) => t.id === req.params.id)),
    )
    .use((_req, res) => notFound(res, 'No such HSDS endpoint.'))
    .use(graphErrorAnswer);
}

/** A service's service_at_location records, each with the service's listed fields. */
function serviceAtLocations(s: DirectoryService): (Record<string, unknown> & { id: string; schedules: unknown })[] {
  return (s.full.service_at_locations as (Record<string, unknown> & { id: string; schedules: unknown })[]).map((sal) => ({
    ...sal,
    service: s.listed,
  }));
}

class BadParameter extends Error {}

/** As many words as the graph's PointFilter.search takes. */
const MAX_SEARCH_WORDS = 10;

function notFound(res: Response, message: string): void {
  res.status(404).json({ error: 'not_found', message });
}

function text(req: Request, name: string): string | null {
  const value = req.query[name];
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new BadParameter(`${name} must be given once, as text.`);
  return value.trim() || null;
}

function positiveInteger(req: Request, name: string, fallback: number, max: number): number {
  const value = text(req, name);
  if (value === null) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new BadParameter(`${name} must be a whole number from 1 to ${max}.`);
  return Number(value);
}

function pageOf(req: Request): { page: number; perPage: number } {
  const format = text(req, 'format');
  if (format !== null && format !== 'json') throw new BadParameter('format: only json is served.');
  return { page: positiveInteger(req, 'page', 1, 1_000_000), perPage: positiveInteger(req, 'per_page', 50, MAX_PAGE) };
}

function modifiedAfter(req: Request): number | null {
  const value = text(req, 'modified_after');
  if (value === null) return null;
  const at = Date.parse(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(at))
    throw new BadParameter('modified_after must be an ISO 8601 date-time, e.g. 2026-11-01T00:00:00Z.');
  return at;
}

/** `proximity=latitude,longitude,metres`: HSDA measures from a postcode's centroid, which the graph does not have; a position it has. */
function proximity(req: Request): { latitude: number; longitude: number; meters: number } | null {
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

/** `search`: the words asked for, folded (any case, any accents); a record matches when it holds them all. */
function searchWords(req: Request): string[] {
  return fold(text(req, 'search') ?? '')
    .split(/\s+/)
    .filter(Boolean);
}

function matching<T extends Record<string, unknown>>(records: T[], words: string[]): T[] {
  return records.filter((r) => {
    const haystack = fold(`${r.name ?? ''} ${r.description ?? ''}`);
    return words.every((w) => haystack.includes(w));
  });
}

/** The HSDA paginated envelope of one page of a list in memory. */
function page<T>(all: T[], paging: { page: number; perPage: number }) {
  return envelope(all.length, all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage), paging);
}

/** The HSDA paginated envelope: the page's contents, of a list of `totalItems`. */
function envelope<T>(totalItems: number, contents: T[], { page, perPage }: { page: number; perPage: number }) {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
