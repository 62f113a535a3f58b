import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUBGRAPH_MUTATION_TIMEOUT_MS,
  DEFAULT_SUBGRAPH_TIMEOUT_MS,
  DocumentKinds,
  mutationTimeoutFromEnv,
  subgraphTimeoutFromEnv,
} from './subgraph-client.js';

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

describe('which subgraph requests may share a fetch', () => {
  const kinds = new DocumentKinds();

  it('tells a query from a mutation, whatever comes first in the document', () => {
    expect(kinds.isMutation(body('{point(id:"a"){id}}'))).toBe(false);
    expect(kinds.isMutation(body('query Q($id:ID!){point(id:$id){...F}}fragment F on Point{id}'))).toBe(false);
    expect(kinds.isMutation(body('mutation{setPointOpeningHours(input:$i){point{id}}}'))).toBe(true);
    expect(kinds.isMutation(body('fragment F on Point{id}mutation M($i:X!){setPointOpeningHours(input:$i){point{...F}}}'))).toBe(true);
  });

  it('reads the document past escaped quotes, whatever the variables', () => {
    const query = 'query{point(id:"say \\"mutation\\""){id}}';
    expect(kinds.isMutation(body(query, { big: 'x'.repeat(10_000) }))).toBe(false);
    expect(kinds.isMutation(body(query))).toBe(false);
  });

  it('never shares what it cannot read', () => {
    expect(kinds.isMutation('{"variables":{},"query":"{a}"}')).toBe(true);
    expect(kinds.isMutation(body('{ not graphql'))).toBe(true);
  });
});

describe('HUB_SUBGRAPH_TIMEOUT_MS', () => {
  it('defaults to 10 s and takes whole milliseconds', () => {
    expect(subgraphTimeoutFromEnv({})).toBe(DEFAULT_SUBGRAPH_TIMEOUT_MS);
    expect(DEFAULT_SUBGRAPH_TIMEOUT_MS).toBe(10_000);
    expect(subgraphTimeoutFromEnv({ HUB_SUBGRAPH_TIMEOUT_MS: '250' })).toBe(250);
  });

  it.each(['0', '-5', '1.5', 'ten'])('refuses %s, naming the variable', (value) => {
    expect(() => subgraphTimeoutFromEnv({ HUB_SUBGRAPH_TIMEOUT_MS: value })).toThrow(/HUB_SUBGRAPH_TIMEOUT_MS/);
  });
});

describe('HUB_SUBGRAPH_MUTATION_TIMEOUT_MS', () => {
  it('defaults to 5 minutes, longer than a read, and takes whole milliseconds', () => {
    expect(mutationTimeoutFromEnv({})).toBe(DEFAULT_SUBGRAPH_MUTATION_TIMEOUT_MS);
    expect(DEFAULT_SUBGRAPH_MUTATION_TIMEOUT_MS).toBeGreaterThan(DEFAULT_SUBGRAPH_TIMEOUT_MS);
    expect(mutationTimeoutFromEnv({ HUB_SUBGRAPH_MUTATION_TIMEOUT_MS: '60000' })).toBe(60_000);
  });

  it.each(['0', '-5', '1.5', 'ten'])('refuses %s, naming the variable', (value) => {
    expect(() => mutationTimeoutFromEnv({ HUB_SUBGRAPH_MUTATION_TIMEOUT_MS: value })).toThrow(/HUB_SUBGRAPH_MUTATION_TIMEOUT_MS/);
  });
});
