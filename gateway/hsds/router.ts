import { type Request, type Response, Router } from 'express';
import { graphErrorAnswer, type RunOperation } from '../graph.js';
import { buildDirectory, type Directory, type DirectoryService, organizationRecord } from './directory.js';
import {
  type GraphPointFilter,
  MAX_PAGE,
  MAX_SKIP,
  readManagers,
  readPointsPage,
  readProgrammeOrganisations,
  readProgrammes,
  readWemiOnly,
} from './directory-query.js';
import { type ProgrammeFilter, programmeItems, programmeRecord } from './programme-pages.js';
import { holdsAll, searchWords } from './search.js';

/** HSDS ids are UUIDs (ids.ts): anything else names no record, and is not sent to the graph. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The HSDS 3.0 directory API (Open Referral's HSDA profile) over the graph. Each request reads the
 * graph through `run` (the gateway's own executor) and maps it; the API keeps no data of its own.
 * What a request reads does not grow with the points: a list reads one page of points, filtered and
 * paged by the graph; a record by id asks the graph for the point that has it (PointFilter.hsdsIds,
 * the HSDS ids the database computes as ids.ts does); the programmes are read only by the answers
 * they can be part of, and the organizations from the points' managers, named once each by the graph.
 */
export function hsdsRouter(run: RunOperation): Router {
  /** The WeMi categories alone: the taxonomies and their terms (the programmes' own are constants). */
  const termsDirectory = async () => buildDirectory([], await readWemiOnly(run));
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
   * A record of a service by its id: the point's whose records have that id (one page of one point,
   * with the WeMi categories for its terms), or else a programme's (programme-pages.ts).
   */
  const serviceRecord = async <T>(id: string, pick: (found: Directory) => T | undefined): Promise<T | undefined> => {
    if (!UUID.test(id)) return undefined;
    const [page, wemi] = await Promise.all([readPointsPage(run, 1, 0, { hsdsIds: [id] }), readWemiOnly(run)]);
    return pick(buildDirectory(page.points, wemi)) ?? programmeRecord(run, await readProgrammes(run), id, pick);
  };

  /**
   * One page of the services a list request asks for, by the HSDA parameters our data supports, or
   * of their service_at_location records (`perService`, one per place; a point's service has exactly
   * one, a project's one per site). The parameters are read (and refused) at once. The points'
   * services come first, by point id: the graph filters and pages them, organization_id included
   * (one request, whatever the number of points); the programmes' services follow when the filters
   * let one of them through (proximity, modified_after and a WeMi category keep points only): their
   * outline counts them, and the page reads only the projects it shows (programme-pages.ts).
   */
  const servicesPage = async <T>(req: Request, perService: (s: DirectoryService) => T[], onePerService: boolean) => {
    const paging = pageOf(req);
    const words = wordsOf(req);
    const term = text(req, 'taxonomy_term_id');
    const organization = text(req, 'organization_id');
    const after = modifiedAfter(req);
    const near = proximity(req);
    const skip = (paging.page - 1) * paging.perPage;
    // The terms are ids of our own: the WeMi categories tell which classify points (every point is
    // classified by the SPAZIO COMUNE programme, a Spazio WeMi by each WeMi category too).
    const terms = term ? await termsDirectory() : null;
    const wemiTerm = term !== null && (terms?.pointTerms.wemi.has(term) ?? false);
    const pointsMatch = (!term || wemiTerm || term === terms?.pointTerms.programme) && (!organization || UUID.test(organization));
    const programmesMatch = (!term || (!wemiTerm && !!terms?.taxonomyTerms.some((t) => t.id === term))) && after === null && !near;
    const search = words.length > 0 ? words.join(' ') : null;
    const filter: GraphPointFilter = {
      search,
      kind: wemiTerm ? 'WEMI' : null,
      updatedSince: after === null ? null : new Date(after).toISOString(),
      within: near && { latitude: near.latitude, longitude: near.longitude, radiusKm: near.meters / 1000 },
      hsdsIds: organization ? [organization] : null,
    };
    const [read, outline] = await Promise.all([
      pointsMatch ? readPointsPage(run, paging.perPage, skip, filter) : { points: [], totalCount: 0, deep: false },
      programmesMatch ? readProgrammes(run, search, !onePerService) : null,
    ]);
    if (read.deep) throw new BadParameter(TOO_DEEP);
    // hsdsIds also finds a point by the id of its service or location: as organization_id, that id is no organization.
    const points =
      organization && read.points.some((p) => organizationRecord(p.manager).id !== organization) ? { points: [], totalCount: 0 } : read;
    const pointItems = buildDirectory(points.points, NO_PROGRAMMES).services.flatMap(perService);
    const programmes = outline
      ? await programmeItems(
          run,
          outline,
          programmeFilter(words, term, organization, terms?.programmeTerms.servizioCivile ?? null),
          perService,
          onePerService,
          Math.max(0, skip - points.totalCount),
          skip + paging.perPage > points.totalCount ? paging.perPage - pointItems.length : 0,
        )
      : { total: 0, items: [], deep: false };
    if (programmes.deep) throw new BadParameter(TOO_DEEP);
    return envelope(points.totalCount + programmes.total, [...pointItems, ...programmes.items], paging);
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
      route((req) => servicesPage(req, (s) => [s.listed], true)),
    )
    .get(
      '/services/:id',
      route((req) => serviceRecord(String(req.params.id), (d) => d.services.find((s) => s.full.id === req.params.id)?.full)),
    )
    .get(
      '/service_at_locations',
      route((req) => servicesPage(req, (s) => serviceAtLocations(s).map(({ schedules: _, ...listed }) => listed), false)),
    )
    .get(
      '/service_at_locations/:id',
      route((req) =>
        serviceRecord(String(req.params.id), (d) => d.services.flatMap(serviceAtLocations).find((sal) => sal.id === req.params.id)),
      ),
    )
    .get(
      '/organizations',
      route(async (req) => {
        const [paging, words] = [pageOf(req), wordsOf(req)];
        const [managers, programmeBodies] = await Promise.all([readManagers(run), readProgrammeOrganisations(run)]);
        const organizations = new Map<string, Record<string, unknown> & { id: string }>();
        for (const name of [null, ...managers, ...programmeBodies]) {
          const record = organizationRecord(name);
          if (!organizations.has(record.id)) organizations.set(record.id, record);
        }
        return page(matching([...organizations.values()], words), paging);
      }),
    )
    .get(
      '/organizations/:id',
      route(async (req) => {
        const id = String(req.params.id);
        if (!UUID.test(id)) return undefined;
        // Its first 100 points' services and its first 100 programmes' services, if it runs one (the rest are /services?organization_id=).
        const [points, programmeBodies] = await Promise.all([
          readPointsPage(run, MAX_PAGE, 0, { hsdsIds: [id] }),
          readProgrammeOrganisations(run),
        ]);
        const runsProgrammes = programmeBodies.some((name) => organizationRecord(name).id === id);
        const found = buildDirectory(points.points, NO_PROGRAMMES);
        const services = found.services.filter((s) => s.organizationId === id).map((s) => s.listed);
        if (runsProgrammes) {
          const filter = programmeFilter([], null, id, null);
          services.push(...(await programmeItems(run, await readProgrammes(run), filter, (s) => [s.listed], true, 0, MAX_PAGE)).items);
        }
        const organization =
          found.organizations.find((o) => o.id === id) ?? (runsProgrammes ? organizationOf(programmeBodies, id) : undefined);
        return organization && { ...organization, services };
      }),
    )
    .get(
      '/taxonomies',
      route(async (req) => {
        const [paging, words] = [pageOf(req), wordsOf(req)];
        return page(matching((await termsDirectory()).taxonomies, words), paging);
      }),
    )
    .get(
      '/taxonomies/:id',
      route(async (req) => (await termsDirectory()).taxonomies.find((t) => t.id === req.params.id)),
    )
    .get(
      '/taxonomy_terms',
      route(async (req) => {
        const [paging, words, taxonomy] = [pageOf(req), wordsOf(req), text(req, 'taxonomy_id')];
        const terms = matching((await termsDirectory()).taxonomyTerms, words).filter((t) => !taxonomy || t.taxonomy_id === taxonomy);
        return page(terms, paging);
      }),
    )
    .get(
      '/taxonomy_terms/:id',
      route(async (req) => (await termsDirectory()).taxonomyTerms.find((t) => t.id === req.params.id)),
    )
    .use((_req, res) => notFound(res, 'No such HSDS endpoint.'))
    .use(graphErrorAnswer);
}

/** No programme at all: the directory of points alone. */
const NO_PROGRAMMES = { wemiCategories: [], sharedServices: [], servizioCivileCalls: [], levaCivicaProjects: [] };

const TOO_DEEP = `page: a list is read at most ${MAX_SKIP} services deep; narrow it (search, taxonomy_term_id, organization_id, modified_after, proximity).`;

/**
 * Which programmes' services a list keeps: by search (the shared services and Leva Civica projects
 * in their whole text here, the projects in their title by the graph), taxonomy term and
 * organization, classified as buildDirectory classifies them.
 */
function programmeFilter(
  words: string[],
  term: string | null,
  organization: string | null,
  servizioCivileTerm: string | null,
): ProgrammeFilter {
  return {
    wanted: (s) => holdsAll(s.text, words) && (!term || s.termIds.has(term)) && (!organization || s.organizationId === organization),
    callKept: (call) =>
      (!term || term === servizioCivileTerm) && (!organization || organizationRecord(call.organisation).id === organization),
    search: words.length > 0 ? words.join(' ') : null,
  };
}

/** The organization record of a programme's body by its id. */
function organizationOf(bodies: string[], id: string) {
  return bodies.map(organizationRecord).find((o) => o.id === id);
}

/** A service's service_at_location records, each with the service's listed fields. */
function serviceAtLocations(s: DirectoryService): (Record<string, unknown> & { id: string; schedules: unknown })[] {
  return (s.full.service_at_locations as (Record<string, unknown> & { id: string; schedules: unknown })[]).map((sal) => ({
    ...sal,
    service: s.listed,
  }));
}

class BadParameter extends Error {}

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

/** `search`: the words asked for, folded, the short ones left out (search.ts); a record matches when it holds them all. */
function wordsOf(req: Request): string[] {
  const read = searchWords(text(req, 'search'));
  if ('refused' in read) throw new BadParameter(read.refused);
  return read.words;
}

function matching<T extends Record<string, unknown>>(records: T[], words: string[]): T[] {
  return records.filter((r) => holdsAll(`${r.name ?? ''} ${r.description ?? ''}`, words));
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
