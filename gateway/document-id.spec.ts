import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { documentIdAsPersistedQuery } from './document-id.js';

const hash = 'a'.repeat(64);
function run(body: unknown): unknown {
  const req = { body } as Request;
  documentIdAsPersistedQuery(req, {} as Response, () => {});
  return req.body;
}

describe('documentIdAsPersistedQuery', () => {
  it('asks for a sha256 documentId as the persisted query of that hash, keeping other extensions', () => {
    expect(run({ documentId: `sha256:${hash}`, variables: { a: 1 }, extensions: { x: 1 } })).toEqual({
      variables: { a: 1 },
      extensions: { x: 1, persistedQuery: { version: 1, sha256Hash: hash } },
    });
  });

  it('leaves alone any other documentId, a request with a query, and a body that is not an object', () => {
    expect(run({ documentId: 'md5:abc' })).toEqual({ documentId: 'md5:abc' });
    expect(run({ documentId: `sha256:${hash}`, query: '{ a }' })).toEqual({ documentId: `sha256:${hash}`, query: '{ a }' });
    expect(run([1])).toEqual([1]);
    expect(run(undefined)).toBeUndefined();
  });
});
