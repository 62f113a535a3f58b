import { describe, expect, it } from 'vitest';
import { manifestFromClientPreset, sha256, trustedDocumentsOf } from './trusted-documents.js';

const body = 'query Municipi { municipi { number } }';

describe('trustedDocumentsOf', () => {
  it('takes Apollo’s manifest and the client preset’s persisted documents, each as its tool writes it', () => {
    const apollo = {
      format: 'apollo-persisted-query-manifest' as const,
      version: 1 as const,
      operations: [{ id: 'apollo-id', name: 'Municipi', type: 'query' as const, body: `${body} ` }],
    };
    const preset = { [`sha256:${sha256(body)}`]: body };
    expect(trustedDocumentsOf(apollo, preset)).toEqual(
      new Map([
        ['apollo-id', `${body} `],
        [sha256(body), body],
      ]),
    );
  });

  it('names and types the client preset’s documents from their text', () => {
    expect(manifestFromClientPreset({ 'sha256:x': 'mutation M { a }' }).operations).toEqual([
      { id: 'x', name: 'M', type: 'mutation', body: 'mutation M { a }' },
    ]);
    expect(() => manifestFromClientPreset({ 'sha256:y': '{ a }' })).toThrow(/no named operation/);
  });
});
