import { describe, expect, it } from 'vitest';
import { documentOverLimit, jsonTextTooDeep, jsonTooDeep } from './input-size.js';

// What the HTTP layer reads before Apollo parses or caches anything.

const limits = { tokens: 100, literalBytes: 1000 };

describe('documentOverLimit', () => {
  it('passes an ordinary document', () => {
    expect(documentOverLimit('{ point(id: "csrc-1") { id name } }', limits)).toBeNull();
  });

  it.each([
    ['a string', `{ point(id: "${'x'.repeat(1001)}") { id } }`],
    ['a block string', `{ point(id: """${'x'.repeat(1001)}""") { id } }`],
    ['a number', `{ municipio(number: ${'9'.repeat(1001)}) { name } }`],
    ['a name', `{ ${'a'.repeat(1001)} }`],
    ['a string of 400 three-byte characters (1,200 bytes)', `{ point(id: "${'€'.repeat(400)}") { id } }`],
  ])('finds a literal over the bound: %s', (_kind, query) => {
    expect(documentOverLimit(query, limits)).toBe('literal');
  });

  it('takes a literal at the bound, quotes included', () => {
    expect(documentOverLimit(`{ point(id: "${'x'.repeat(998)}") { id } }`, limits)).toBeNull();
    expect(documentOverLimit(`{ point(id: "${'x'.repeat(999)}") { id } }`, limits)).toBe('literal');
  });

  it('finds too many tokens, and stops reading there', () => {
    expect(documentOverLimit(`{ ${'a '.repeat(200)} }`, limits)).toBe('tokens');
    // A literal past the token limit is never read.
    expect(documentOverLimit(`{ ${'a '.repeat(200)} b(x: "${'x'.repeat(5000)}") }`, limits)).toBe('tokens');
  });

  it('leaves a syntax error to Apollo', () => {
    expect(documentOverLimit('{ point(id: "unterminated', limits)).toBeNull();
  });
});

describe('jsonTooDeep', () => {
  const deep = (depth: number) => JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`);

  it('measures nesting, the value itself counting 1', () => {
    expect(jsonTooDeep({ a: [1, { b: 2 }] }, 3)).toBe(false);
    expect(jsonTooDeep({ a: [1, { b: { c: 1 } }] }, 3)).toBe(true);
    expect(jsonTooDeep('text', 1)).toBe(false);
  });

  it('walks 100,000 levels without overflowing the stack', () => {
    expect(jsonTooDeep(deep(100_000), 64)).toBe(true);
    expect(jsonTooDeep(JSON.parse(`${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`), 64)).toBe(true);
  });

  it('takes wide values', () => {
    expect(jsonTooDeep({ list: Array.from({ length: 100_000 }, (_, i) => ({ i })) }, 3)).toBe(false);
  });
});

describe('jsonTextTooDeep', () => {
  it('counts brackets outside strings only', () => {
    expect(jsonTextTooDeep('{"n":[[1]]}', 3)).toBe(false);
    expect(jsonTextTooDeep('{"n":[[[1]]]}', 3)).toBe(true);
    expect(jsonTextTooDeep(`{"n":"${'['.repeat(100)}"}`, 3)).toBe(false);
    expect(jsonTextTooDeep(`{"n":"\\"${'['.repeat(100)}"}`, 3)).toBe(false);
  });

  it('reads 100,000 levels', () => {
    expect(jsonTextTooDeep('['.repeat(100_000), 64)).toBe(true);
  });
});
