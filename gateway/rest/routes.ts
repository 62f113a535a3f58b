import type { Express, Request, RequestHandler } from 'express';
import { type Readiness, readinessStatus } from '../../server/http-server.js';
import { sendProblem } from '../../server/problem.js';
import { catalogRouter } from '../catalog/router.js';
import { GRAPH_RETRY_SECONDS, type RunOperation } from '../graph.js';
import { hsdsRouter } from '../hsds/router.js';
import { pointJsonLdRouter } from '../jsonld/route.js';
import type { RouteCosts } from '../route-cost.js';
import { openApiDocument, REST_MOUNTS, STATUS_PATH } from './openapi.js';
import { OPENAPI_ROUTE } from './openapi-paths.js';

/**
 * Mounts the REST API (openapi.ts describes it): the HSDS directory, the points' JSON-LD and the
 * catalogue, each at its versioned path and at the path of before, behind its rate limit (a request
 * reserves its documents' estimated cost, gateway/route-cost.ts); the OpenAPI document under each
 * HSDS path and /status, which reserve nothing but carry the client's rate-limit headers too.
 */
export function mountRestApi(
  app: Express,
  run: RunOperation,
  reserve: RouteCosts,
  limitRoute: (reserve: number) => RequestHandler,
  readiness: () => Promise<Readiness>,
): void {
  const [hsds, points, catalog] = [hsdsRouter(run), pointJsonLdRouter(run), catalogRouter(run)];
  const document = JSON.stringify(openApiDocument());
  app.get(STATUS_PATH, limitRoute(0), async (_req, res) => {
    const checks = await readiness().catch((error: Error) => ({ check: error.message }));
    const up = readinessStatus(checks, 'all') === 'ready';
    if (!up) res.setHeader('retry-after', String(GRAPH_RETRY_SECONDS));
    sendProblem(res, up ? 200 : 503, up ? 'Every subgraph answers.' : 'A subgraph does not answer: its part of the graph is missing.', {
      checks,
    });
  });
  for (const mount of REST_MOUNTS.hsds) {
    // The servers of the checked-in document, and first the origin that served this one.
    app.get(`${mount}${OPENAPI_ROUTE.path}`, limitRoute(0), (req: Request, res) => {
      const served = JSON.parse(document) as { servers: unknown[] };
      served.servers.unshift({ url: `${req.protocol}://${req.get('host')}`, description: 'The hub that served this document.' });
      res.json(served);
    });
    app.use(mount, limitRoute(reserve.hsds), hsds);
  }
  for (const mount of REST_MOUNTS.points) app.use(mount, limitRoute(reserve.jsonLd), points);
  for (const mount of REST_MOUNTS.catalog) app.use(mount, limitRoute(reserve.catalog), catalog);
}
