import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { documentMemo } from './document-memo.js';

describe('documentMemo', () => {
  it('computes once per document and key, keeps at most its bound of keys a document, and nothing across documents', () => {
    const memo = documentMemo<number>(2);
    const document = parse('{ a }');
    let computed = 0;
    const of = (doc: typeof document, key: string) => memo(doc, key, () => ++computed);
    expect([of(document, 'x'), of(document, 'x')]).toEqual([1, 1]);
    expect(of(document, 'y')).toBe(2);
    expect(of(document, 'z')).toBe(3);
    // Two keys a document: the oldest (x) went.
    expect(of(document, 'x')).toBe(4);
    expect(of(parse('{ a }'), 'x')).toBe(5);
  });
});
