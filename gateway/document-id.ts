import type { Request, RequestHandler } from 'express';

const SHA256_DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/** The persisted query's extension for a sha256 documentId, or null for any other. */
function persistedQueryOf(documentId: unknown): { version: 1; sha256Hash: string } | null {
  const hash = typeof documentId === 'string' ? SHA256_DOCUMENT_ID.exec(documentId)?.[1] : undefined;
  return hash ? { version: 1, sha256Hash: hash } : null;
}

/** The object a request's `extensions` holds (JSON text in a GET), or an empty one. */
function extensionsOf(value: unknown): Record<string, unknown> {
  if (typeof value === 'string') {
    try {
      return extensionsOf(JSON.parse(value));
    } catch {
      return {};
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A GET's query string with `documentId` turned into `extensions`: Apollo reads the URL itself. */
function rewriteGet(req: Request): void {
  const at = req.url.indexOf('?');
  if (at < 0) return;
  const params = new URLSearchParams(req.url.slice(at + 1));
  const persistedQuery = persistedQueryOf(params.get('documentId'));
  if (!persistedQuery || params.has('query')) return;
  params.delete('documentId');
  params.set('extensions', JSON.stringify({ ...extensionsOf(params.get('extensions')), persistedQuery }));
  req.url = `${req.url.slice(0, at)}?${params}`;
}

/**
 * A persisted document asked for by its `documentId` ("sha256:<hex>"), as the GraphQL-over-HTTP
 * specification's persisted documents and GraphQL Code Generator's client preset send it (in a POST's
 * body or a GET's query string), is run as the automatic persisted query of that hash: the same list,
 * the same checks (`extensions.persistedQuery` is what Apollo Server reads). Any other documentId is
 * left alone, and Apollo answers it 400 (no query).
 */
export const documentIdAsPersistedQuery: RequestHandler = (req, _res, next) => {
  if (req.method === 'GET') {
    rewriteGet(req);
    return next();
  }
  const body = req.body as Record<string, unknown> | undefined;
  const object = body && typeof body === 'object' && !Array.isArray(body) ? body : null;
  const persistedQuery = object ? persistedQueryOf(object.documentId) : null;
  if (object && persistedQuery && object.query === undefined) {
    object.extensions = { ...extensionsOf(object.extensions), persistedQuery };
    delete object.documentId;
  }
  next();
};
