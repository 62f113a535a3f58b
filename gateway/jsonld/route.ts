import { Router } from 'express';
import { sendProblem } from '../../server/problem.js';
import { graphErrorAnswer, type RunOperation } from '../graph.js';
import { PointJsonLdDocument } from '../isomorphic/graph-documents.generated.js';
import { pointJsonLd } from '../isomorphic/point-place.js';

/**
 * GET /{id}.jsonld, mounted at /points (and /points/v3) — a point as schema.org JSON-LD; an unknown id,
 * or any other path, answers 404 as application/problem+json.
 */
export function pointJsonLdRouter(run: RunOperation): Router {
  return Router()
    .get('/:id.jsonld', async (req, res) => {
      const id = String(req.params.id);
      const { point } = await run(PointJsonLdDocument, { id });
      if (!point) {
        sendProblem(res, 404, `No point with id "${id}".`);
        return;
      }
      res.type('application/ld+json').send(JSON.stringify(pointJsonLd(point, `${req.protocol}://${req.get('host')}`), null, 2));
    })
    .use((_req, res) => sendProblem(res, 404, 'A point is at /points/{id}.jsonld.'))
    .use(graphErrorAnswer);
}
