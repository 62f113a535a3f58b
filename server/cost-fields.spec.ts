import { readFileSync } from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { actualCost } from './actual-cost.js';
import { costDirectivesOf } from './cost-directives.js';
import { estimatedCost } from './estimated-cost.js';

// The fields both costs walk, merged by response key through fragments as they are answered: the
// estimated and the actual cost of one document agree on them.

const root = new URL('..', import.meta.url).pathname;
const schema = buildSchema(readFileSync(`${root}/schema/api.graphql`, 'utf8'));
const directives = costDirectivesOf(readFileSync(`${root}/schema/supergraph.graphql`, 'utf8'));
const request = (query: string) => ({ schema, document: parse(query) });

/** Twenty points as an answer holds them: each with its id and its Municipio's boundary. */
const twentyPoints = {
  points: { nodes: Array.from({ length: 20 }, (_, i) => ({ id: `p${i}`, municipio: { boundary: '{}' } })) },
};
/** A page of 20 points with its Municipio's boundary: 1 + 20 × (1 + 1 + 1000). */
const PAGE_WITH_BOUNDARIES = 1 + 20 * (1 + 1 + 1000);

describe('the cost of fields that share a response key', () => {
  it.each([
    [
      'a fragment repeating the field',
      '{ points(first: 20) { nodes { id } } ...F } fragment F on Query { points(first: 20) { nodes { municipio { boundary } } } }',
    ],
    ['the field twice in one selection set', '{ points(first: 20) { nodes { id } nodes { municipio { boundary } } } }'],
    ['an inline fragment', '{ points(first: 20) { nodes { id } ... on PointConnection { nodes { municipio { boundary } } } } }'],
  ])('merges their sub-selections, as they are answered (%s)', (_name, query) => {
    expect(actualCost(directives, request(query), twentyPoints)).toBe(PAGE_WITH_BOUNDARIES);
    expect(estimatedCost(directives, request(query))).toBe(PAGE_WITH_BOUNDARIES);
  });

  it('counts a fragment spread twice once, and a fragment spread under two fields for each', () => {
    const once = '{ points(first: 20) { ...P ...P } } fragment P on PointConnection { nodes { municipio { boundary } } }';
    expect(estimatedCost(directives, request(once))).toBe(PAGE_WITH_BOUNDARIES);
    const twice =
      '{ a: points(first: 20) { ...P } b: points(first: 20) { ...P } } fragment P on PointConnection { nodes { municipio { boundary } } }';
    expect(estimatedCost(directives, request(twice))).toBe(2 * PAGE_WITH_BOUNDARIES);
    expect(actualCost(directives, request(twice), { a: twentyPoints.points, b: twentyPoints.points })).toBe(2 * PAGE_WITH_BOUNDARIES);
  });

  it('counts a nested spread of the same fragment in sibling branches', () => {
    const query =
      '{ ...A ...B } fragment A on Query { a: points(first: 20) { ...P } } fragment B on Query { b: points(first: 20) { ...P } } fragment P on PointConnection { nodes { municipio { boundary } } }';
    expect(estimatedCost(directives, request(query))).toBe(2 * PAGE_WITH_BOUNDARIES);
  });
});
