import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { useRequestChecks } from './request-checks.js';

// The NUL check walks variables of any nesting without overflowing the call stack: the HTTP layer
// refuses deep JSON first (HUB_MAX_JSON_DEPTH), but the gateway's own routes run operations
// without it (operationRunner), and a check must not be the thing that answers 500.

const apollo = new ApolloServer({
  typeDefs: 'type Query { n(s: String): Int }',
  resolvers: { Query: { n: () => 1 } },
  plugins: [useRequestChecks()],
});
const deep = (depth: number, bottom: unknown) => {
  let value: unknown = bottom;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

async function run(variables: Record<string, unknown>) {
  const response = await apollo.executeOperation({ query: '{ n }', variables });
  if (response.body.kind !== 'single') throw new Error('single result expected');
  return response.body.singleResult;
}

describe('the NUL check', () => {
  it('walks variables nested 100,000 deep', async () => {
    expect((await run({ x: deep(100_000, 'fine') })).data).toEqual({ n: 1 });
  });

  it('finds a NUL at the bottom of them, in a value or a key', async () => {
    expect((await run({ x: deep(100_000, 'a\u0000b') })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await run({ x: deep(100_000, { 'k\u0000': 1 }) })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('walks a list of a million items', async () => {
    expect((await run({ x: Array.from({ length: 1_000_000 }, () => 'a') })).data).toEqual({ n: 1 });
  });
});
