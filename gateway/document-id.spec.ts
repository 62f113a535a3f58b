import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { documentIdAsPersistedQuery } from './document-id.js';

const hash = 'a'.repeat(64);
function run(body: unknown): unknown {
  const req = { method: 'POST', body } as Request;
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

  it('reads a GET’s documentId from the query string, keeping its variables and other extensions', () => {
    const get = (url: string) => {
      const req = { method: 'GET', url } as Request;
      documentIdAsPersistedQuery(req, {} as Response, () => {});
      return new URLSearchParams(req.url.split('?')[1]);
    };
    const params = get(`/graphql?documentId=sha256:${hash}&variables=%7B%22a%22%3A1%7D&extensions=%7B%22x%22%3A1%7D`);
    expect(params.get('documentId')).toBeNull();
    expect(params.get('variables')).toBe('{"a":1}');
    expect(JSON.parse(params.get('extensions') ?? '')).toEqual({ x: 1, persistedQuery: { version: 1, sha256Hash: hash } });
    expect(get('/graphql?documentId=md5:abc').get('documentId')).toBe('md5:abc');
    expect(get(`/graphql?documentId=sha256:${hash}&query=%7Ba%7D`).get('extensions')).toBeNull();
  });
});
