import { type Request, type Response, Router } from 'express';
import { sendProblem } from '../../server/problem.js';
import { graphErrorAnswer, type RunOperation } from '../graph.js';
import { csvRecord } from './csv.js';
import { type CatalogDataset, DATASETS, MAX_CSV_PAGE } from './datasets.js';
import { catalogJsonLd, DCAT_AP_IT_CONTEXT, datasetJsonLd } from './dcat.js';

/** The most bytes a CSV page may weigh: a page past it answers 400, asking for fewer records. */
export const MAX_CSV_BYTES = 8 * 1024 * 1024;

/**
 * The DCAT-AP_IT catalogue of the hub's open data, mounted at /catalog: `GET /catalog` (JSON-LD),
 * `GET /catalog/{dataset}` (one dataset) and `GET /catalog/{dataset}.csv` (its records, a page at a
 * time). Everything is read through `run`, the gateway's own executor: no data of its own.
 */
export function catalogRouter(run: RunOperation): Router {
  const base = (req: Request) => `${req.protocol}://${req.get('host')}${req.baseUrl}`;
  const jsonLd = (res: Response, body: unknown) => res.type('application/ld+json').send(JSON.stringify(body, null, 2));
  const described = async (dataset: CatalogDataset, req: Request) => datasetJsonLd(dataset, await dataset.modified(run), base(req));

  return Router()
    .get('/', async (req, res) => {
      const datasets = await Promise.all(DATASETS.map((d) => described(d, req)));
      const newest =
        datasets
          .map((d) => (d['dct:modified'] as { '@value': string })['@value'])
          .sort()
          .at(-1) ?? '';
      jsonLd(res, catalogJsonLd(datasets, newest, base(req)));
    })
    .get('/:dataset.csv', async (req, res) => {
      const dataset = datasetOf(req, res);
      if (!dataset) return;
      const paging = pagingOf(req);
      if (typeof paging === 'string') {
        sendProblem(res, 400, paging);
        return;
      }
      const { page, perPage } = paging;
      const { total, rows } = await dataset.read(run, (page - 1) * perPage, perPage);
      let body = csvRecord(dataset.columns);
      for (const row of rows) body += csvRecord(row);
      if (Buffer.byteLength(body) > MAX_CSV_BYTES) {
        sendProblem(res, 400, `This page weighs more than ${MAX_CSV_BYTES} bytes: ask for a smaller per_page.`);
        return;
      }
      const url = (to: number) => `<${base(req)}/${dataset.id}.csv?page=${to}&per_page=${perPage}>`;
      const links = [
        ...(page * perPage < total ? [`${url(page + 1)}; rel="next"`] : []),
        ...(page > 1 ? [`${url(page - 1)}; rel="prev"`] : []),
      ];
      if (links.length > 0) res.setHeader('link', links.join(', '));
      res.setHeader('x-total-count', String(total));
      res.setHeader('content-disposition', `inline; filename="${dataset.id}${page > 1 ? `-${page}` : ''}.csv"`);
      res.type('text/csv; charset=utf-8; header=present').send(body);
    })
    .get('/:dataset', async (req, res) => {
      const dataset = datasetOf(req, res);
      if (dataset) jsonLd(res, { '@context': DCAT_AP_IT_CONTEXT, ...(await described(dataset, req)) });
    })
    .use((_req, res) => sendProblem(res, 404, 'No such path in the catalogue: /catalog, /catalog/{dataset} or /catalog/{dataset}.csv.'))
    .use(graphErrorAnswer);
}

/** The dataset a path names, or a 404 (problem+json). */
function datasetOf(req: Request, res: Response): CatalogDataset | undefined {
  const dataset = DATASETS.find((d) => d.id === req.params.dataset);
  if (!dataset) sendProblem(res, 404, `No dataset "${req.params.dataset}" in the catalogue.`);
  return dataset;
}

/** `page` (from 1) and `per_page` (1 to 1000, default 1000), or why they are refused. */
function pagingOf(req: Request): { page: number; perPage: number } | string {
  const page = wholeNumber(req.query.page, 1);
  const perPage = wholeNumber(req.query.per_page, MAX_CSV_PAGE);
  if (page === null || page < 1) return 'page must be a whole number from 1.';
  if (perPage === null || perPage < 1 || perPage > MAX_CSV_PAGE) return `per_page must be a whole number from 1 to ${MAX_CSV_PAGE}.`;
  return { page, perPage };
}

function wholeNumber(value: unknown, absent: number): number | null {
  if (value === undefined) return absent;
  return typeof value === 'string' && /^\d{1,9}$/.test(value) ? Number(value) : null;
}
