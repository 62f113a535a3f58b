import { Router } from 'express';
import { graphErrorAnswer, type RunOperation } from '../graph.js';
import { PointJsonLdDocument } from '../isomorphic/graph-documents.generated.js';
import { pointJsonLd } from '../isomorphic/point-place.js';

/** GET /points/:id.jsonld — a point as schema.org JSON-LD; an unknown id answers 404 with a JSON body. */
export function pointJsonLdRouter(run: RunOperation): Router {
  return Router()
    .get('/points/:id.jsonld', async (req, res) => {
      const id = String(req.params.id);
      const { point } = await run(PointJsonLdDocument, { id });
      if (!point) {
        res.status(404).json({ error: 'not_found', message: `No point with id "${id}".` });
        return;
      }
      res.type('application/ld+json').send(JSON.stringify(pointJsonLd(point, `${req.protocol}://${req.get('host')}`), null, 2));
    })
    .use(graphErrorAnswer);
}
