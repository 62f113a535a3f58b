import type { RequestHandler } from 'express';

const SHA256_DOCUMENT_ID = /^sha256:([0-9a-f]{64})$/;

/**
 * A persisted document asked for by its `documentId` ("sha256:<hex>"), as the GraphQL-over-HTTP
 * specification's persisted documents and GraphQL Code Generator's client preset send it, is run as the
 * automatic persisted query of that hash: the same list, the same checks (`extensions.persistedQuery`
 * is what Apollo Server reads). Any other documentId is left alone, and Apollo answers it 400 (no query).
 */
export const documentIdAsPersistedQuery: RequestHandler = (req, _res, next) => {
  const body = req.body as Record<string, unknown> | undefined;
  const id = body && typeof body === 'object' && !Array.isArray(body) && typeof body.documentId === 'string' ? body.documentId : null;
  const hash = id === null ? null : SHA256_DOCUMENT_ID.exec(id)?.[1];
  if (body && hash && body.query === undefined) {
    const extensions = typeof body.extensions === 'object' && body.extensions !== null ? body.extensions : {};
    body.extensions = { ...extensions, persistedQuery: { version: 1, sha256Hash: hash } };
    delete body.documentId;
  }
  next();
};
