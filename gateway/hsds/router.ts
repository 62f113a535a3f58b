import { type Request, type Response, Router } from 'express';
import { sendProblem } from '../../server/problem.js';
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
import {
  BadParameter,
  flag,
  formatOf,
  modifiedAfter,
  onlyParameters,
  type Paging,
  pageOf,
  proximity,
  ROUTE_PARAMETERS,
  refusePostcode,
  text,
  wordsOf,
} from './parameters.js';
import { type ProgrammeFilter, programmeItems, programmeRecord } from './programme-pages.js';
import { holdsAll } from './search.js';

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
  /**
   * Answers a record (404 for an unknown id) or anything else, after refusing any parameter the route
   * does not take; 400 for a bad parameter (read before the graph is).
   */
  const route = (taken: readonly string[], handler: (req: Request) => Promise<unknown>) => async (req: Request, res: Response) => {
    try {
      onlyParameters(req, taken);
      const answer = await handler(req);
      if (answer === undefined) notFound(res, `No record with id "${req.params.id}".`);
      else res.json(answer);
    } catch (error) {
      if (!(error instanceof BadParameter)) throw error;
      sendProblem(res, 400, error.message);
    }
  };

  /**
   * A list: one page in the HSDA envelope (format=json), or with format=ndjson every record of the
   * list, one JSON object a line, read page by page of MAX_PAGE. A list deeper than the graph pages
   * (MAX_SKIP) is refused before anything is written, so a stream is never cut short by a refusal.
   */
  const list =
    <T>(taken: readonly string[], pageOfList: (req: Request, paging: Paging) => Promise<Envelope<T>>) =>
    async (req: Request, res: Response) => {
      try {
        onlyParameters(req, taken);
        if (formatOf(req) === 'json') {
          res.json(await pageOfList(req, pageOf(req)));
          return;
        }
        const first = await pageOfList(req, { page: 1, perPage: MAX_PAGE });
        if (first.total_items > MAX_SKIP)
          throw new BadParameter(
            `format=ndjson: the list holds ${first.total_items} records, more than the ${MAX_SKIP} one answer streams; narrow it (search, taxonomy_term_id, organization_id, modified_after, proximity) or read it in pages.`,
          );
        res.type('application/x-ndjson');
        const write = (items: T[]) => res.write(items.map((item) => `${JSON.stringify(item)}\n`).join(''));
        write(first.contents);
        for (let page = 2; page <= first.total_pages; page++) write((await pageOfList(req, { page, perPage: MAX_PAGE })).contents);
        res.end();
      } catch (error) {
        // A stream already begun cannot become an error answer: it is cut, so the client sees it incomplete.
        if (res.headersSent) res.destroy(error instanceof Error ? error : new Error(String(error)));
        else if (error instanceof BadParameter) sendProblem(res, 400, error.message);
        else throw error;
      }
    };

  /** What a page builds its points' services with: nested (full), the WeMi categories too, for their attributes, as a record by id has them. */
  const nestedTerms = async (nested: boolean) => (nested ? readWemiOnly(run) : NO_PROGRAMMES);

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
  const servicesPage = async <T>(
    req: Request,
    paging: Paging,
    perService: (s: DirectoryService) => T[],
    onePerService: boolean,
    nested = false,
  ) => {
    refusePostcode(req);
    const words = wordsOf(req);
    const term = text(req, 'taxonomy_term_id');
    const taxonomy = text(req, 'taxonomy_id');
    const organization = text(req, 'organization_id');
    const after = modifiedAfter(req);
    const near = proximity(req);
    const skip = (paging.page - 1) * paging.perPage;
    // The terms are ids of our own: the WeMi categories tell which classify points (every point is
    // classified by the SPAZIO COMUNE programme, a Spazio WeMi by each WeMi category too).
    const terms = term || taxonomy ? await termsDirectory() : null;
    const wemiTerm = term !== null && (terms?.pointTerms.wemi.has(term) ?? false);
    // taxonomy_id: the services classified by any term of the taxonomy. A point is classified by the
    // programmes' taxonomy (SPAZIO COMUNE) and, a Spazio WeMi, by the WeMi categories'.
    const ofTaxonomy = taxonomy ? new Set(terms?.taxonomyTerms.filter((t) => t.taxonomy_id === taxonomy).map((t) => t.id)) : null;
    const taxonomyOf = (id: string | undefined) => terms?.taxonomyTerms.find((t) => t.id === id)?.taxonomy_id;
    const wemiTaxonomy = taxonomy !== null && taxonomy === taxonomyOf([...(terms?.pointTerms.wemi ?? [])][0]);
    const pointsTaxonomy = !taxonomy || wemiTaxonomy || taxonomy === taxonomyOf(terms?.pointTerms.programme);
    const pointsMatch =
      (!term || wemiTerm || term === terms?.pointTerms.programme) && pointsTaxonomy && (!organization || UUID.test(organization));
    const programmesMatch =
      (!term || (!wemiTerm && !!terms?.taxonomyTerms.some((t) => t.id === term))) &&
      !wemiTaxonomy &&
      (ofTaxonomy === null || ofTaxonomy.size > 0) &&
      after === null &&
      !near;
    const search = words.length > 0 ? words.join(' ') : null;
    const filter: GraphPointFilter = {
      search,
      kind: wemiTerm || wemiTaxonomy ? 'WEMI' : null,
      updatedSince: after === null ? null : new Date(after).toISOString(),
      within: near && { latitude: near.latitude, longitude: near.longitude, radiusKm: near.meters / 1000 },
      hsdsIds: organization ? [organization] : null,
    };
    const [read, outline, pointTerms] = await Promise.all([
      pointsMatch ? readPointsPage(run, paging.perPage, skip, filter) : { points: [], totalCount: 0, deep: false },
      programmesMatch ? readProgrammes(run, search, !onePerService) : null,
      nestedTerms(nested),
    ]);
    if (read.deep) throw new BadParameter(TOO_DEEP);
    // hsdsIds also finds a point by the id of its service or location: as organization_id, that id is no organization.
    const points =
      organization && read.points.some((p) => organizationRecord(p.manager).id !== organization) ? { points: [], totalCount: 0 } : read;
    const pointItems = buildDirectory(points.points, pointTerms).services.flatMap(perService);
    const programmes = outline
      ? await programmeItems(
          run,
          outline,
          programmeFilter(words, term, organization, terms?.programmeTerms.servizioCivile ?? null, ofTaxonomy),
          perService,
          onePerService,
          Math.max(0, skip - points.totalCount),
          skip + paging.perPage > points.totalCount ? paging.perPage - pointItems.length : 0,
        )
      : { total: 0, items: [], deep: false };
    if (programmes.deep) throw new BadParameter(TOO_DEEP);
    return envelope(points.totalCount + programmes.total, [...pointItems, ...programmes.items], paging);
  };

  const P = ROUTE_PARAMETERS;
  return Router()
    .get(
      '/',
      route(P.root, async () => ({
        version: '3.0',
        profile: 'https://docs.openreferral.org/en/latest/hsds/overview.html',
        openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
      })),
    )
    .get(
      '/services',
      list(P.services, (req, paging) => {
        const [full, minimal] = [flag(req, 'full'), flag(req, 'minimal')];
        if (full && minimal) throw new BadParameter('full and minimal: give one of them.');
        // minimal: HSDA's "just service id and modified_date", for a client that syncs.
        const item = (s: DirectoryService) => (full ? s.full : minimal ? { id: s.listed.id, modified_date: s.modified } : s.listed);
        return servicesPage(req, paging, (s) => [item(s)], true, full);
      }),
    )
    .get(
      '/services/:id',
      route(P.record, (req) => serviceRecord(String(req.params.id), (d) => d.services.find((s) => s.full.id === req.params.id)?.full)),
    )
    .get(
      '/service_at_locations',
      list(P.serviceAtLocations, (req, paging) => {
        const full = flag(req, 'full');
        return servicesPage(req, paging, (s) => serviceAtLocations(s, full), false);
      }),
    )
    .get(
      '/service_at_locations/:id',
      route(P.record, (req) =>
        serviceRecord(String(req.params.id), (d) =>
          d.services.flatMap((s) => serviceAtLocations(s, true)).find((sal) => sal.id === req.params.id),
        ),
      ),
    )
    .get(
      '/organizations',
      list(P.organizations, async (req, paging) => {
        const words = wordsOf(req);
        for (const name of ['full', 'full_service'])
          if (flag(req, name))
            throw new BadParameter(
              `${name}: a list of organizations is not nested with their services, so that a page reads a bounded part of the graph; read one organization with /organizations/{id}?full_service=true, or its services with /services?organization_id=.`,
            );
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
      route(P.organization, async (req) => {
        const id = String(req.params.id);
        // full_service: each service fully nested, as /services/{id} answers it.
        const nested = flag(req, 'full_service');
        const item = nested ? (s: DirectoryService) => s.full : (s: DirectoryService) => s.listed;
        if (!UUID.test(id)) return undefined;
        // Its first 100 points' services and its first 100 programmes' services, if it runs one (the rest are /services?organization_id=).
        const [points, programmeBodies, pointTerms] = await Promise.all([
          readPointsPage(run, MAX_PAGE, 0, { hsdsIds: [id] }),
          readProgrammeOrganisations(run),
          nestedTerms(nested),
        ]);
        const runsProgrammes = programmeBodies.some((name) => organizationRecord(name).id === id);
        const found = buildDirectory(points.points, pointTerms);
        const services = found.services.filter((s) => s.organizationId === id).map(item);
        if (runsProgrammes) {
          const filter = programmeFilter([], null, id, null);
          services.push(...(await programmeItems(run, await readProgrammes(run), filter, (s) => [item(s)], true, 0, MAX_PAGE)).items);
        }
        const organization =
          found.organizations.find((o) => o.id === id) ?? (runsProgrammes ? organizationOf(programmeBodies, id) : undefined);
        return organization && { ...organization, services };
      }),
    )
    .get(
      '/taxonomies',
      list(P.taxonomies, async (req, paging) => {
        const words = wordsOf(req);
        return page(matching((await termsDirectory()).taxonomies, words), paging);
      }),
    )
    .get(
      '/taxonomies/:id',
      route(P.record, async (req) => (await termsDirectory()).taxonomies.find((t) => t.id === req.params.id)),
    )
    .get(
      '/taxonomy_terms',
      list(P.taxonomyTerms, async (req, paging) => {
        const [words, taxonomy, parent, topOnly] = [wordsOf(req), text(req, 'taxonomy_id'), text(req, 'parent_id'), flag(req, 'top_only')];
        // The terms are flat (none has a parent): top_only keeps them all, a parent_id none.
        const terms = matching((await termsDirectory()).taxonomyTerms, words).filter(
          (t) => (!taxonomy || t.taxonomy_id === taxonomy) && (!parent || t.parent_id === parent) && (!topOnly || !t.parent_id),
        );
        return page(terms, paging);
      }),
    )
    .get(
      '/taxonomy_terms/:id',
      route(P.record, async (req) => (await termsDirectory()).taxonomyTerms.find((t) => t.id === req.params.id)),
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
  ofTaxonomy: Set<string> | null = null,
): ProgrammeFilter {
  const inTaxonomy = (ids: Iterable<string>) => ofTaxonomy === null || [...ids].some((id) => ofTaxonomy.has(id));
  return {
    wanted: (s) =>
      holdsAll(s.text, words) &&
      (!term || s.termIds.has(term)) &&
      inTaxonomy(s.termIds) &&
      (!organization || s.organizationId === organization),
    callKept: (call) =>
      (!term || term === servizioCivileTerm) &&
      inTaxonomy(servizioCivileTerm ? [servizioCivileTerm] : []) &&
      (!organization || organizationRecord(call.organisation).id === organization),
    search: words.length > 0 ? words.join(' ') : null,
  };
}

/** The organization record of a programme's body by its id. */
function organizationOf(bodies: string[], id: string) {
  return bodies.map(organizationRecord).find((o) => o.id === id);
}

/**
 * A service's service_at_location records, each with its location and the service's listed fields;
 * `full` (a record by id, or full=true in a list) with its schedules too.
 */
function serviceAtLocations(s: DirectoryService, full: boolean): (Record<string, unknown> & { id: string })[] {
  return (s.full.service_at_locations as (Record<string, unknown> & { id: string; schedules: unknown })[]).map(({ schedules, ...sal }) => ({
    ...sal,
    ...(full ? { schedules } : {}),
    service: s.listed,
  }));
}

function notFound(res: Response, message: string): void {
  sendProblem(res, 404, message);
}

function matching<T extends Record<string, unknown>>(records: T[], words: string[]): T[] {
  return records.filter((r) => holdsAll(`${r.name ?? ''} ${r.description ?? ''}`, words));
}

/** The HSDA paginated envelope of one page of a list in memory. */
function page<T>(all: T[], paging: Paging): Envelope<T> {
  return envelope(all.length, all.slice((paging.page - 1) * paging.perPage, paging.page * paging.perPage), paging);
}

/** The HSDA paginated envelope. */
interface Envelope<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}

/** The HSDA paginated envelope: the page's contents, of a list of `totalItems`. */
function envelope<T>(totalItems: number, contents: T[], { page, perPage }: Paging): Envelope<T> {
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
