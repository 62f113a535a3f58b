import { Router } from 'express';
import { graphErrorAnswer, type RunOperation } from '../graph.js';
import { POINT_PLACE_FRAGMENT, type PointPlace, pointJsonLd } from './point-place.js';

/** The one document of the JSON-LD route (listed in the trusted documents). */
export const POINT_JSONLD = `query PointJsonLd($id: ID!) { point(id: $id) { ...PointPlace } }
${POINT_PLACE_FRAGMENT}`;

/** GET /points/:id.jsonld — a point as schema.org JSON-LD; an unknown id answers 404 with a JSON body. */
export function pointJsonLdRouter(run: RunOperation): Router {
  return Router()
    .get('/points/:id.jsonld', async (req, res) => {
      const id = String(req.params.id);
      const { point } = await run<{ point: PointPlace | null }>(POINT_JSONLD, { id });
      if (!point) {
        res.status(404).json({ error: 'not_found', message: `No point with id "${id}".` });
        return;
      }
      res.type('application/ld+json').send(JSON.stringify(pointJsonLd(point, `${req.protocol}://${req.get('host')}`), null, 2));
    })
    .use(graphErrorAnswer);
}
