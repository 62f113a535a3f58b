import { ApolloServer, HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_HEADER } from './authorization-header.js';
import { memoryBudgetFromEnv, responseStore } from './memory-budget.js';
import { type DataVersion, responseCache } from './response-cache.js';

// Which requests the response cache counts as writes, without any network timing in the way: a
// mutation's caller must read its write at once, and an anonymous (refused) mutation must not
// empty the cache.

let executed = 0;
const VALID = { authorization: 'Bearer valid' };
const typeDefs = `type Query { n: Int } type Mutation { write: Int, refuse: Int }`;
const resolvers = {
  Query: { n: () => ++executed },
  Mutation: {
    write: () => 1,
    refuse: () => {
      throw new Error('refused');
    },
  },
};

function server() {
  const version: DataVersion & { writes: number } = {
    writes: 0,
    current: () => String(version.writes),
    written: () => {
      version.writes++;
    },
  };
  const apollo = new ApolloServer({
    typeDefs,
    resolvers,
    plugins: responseCache(version, {
      seconds: 60,
      cacheControlHeader: false,
      store: responseStore(memoryBudgetFromEnv({})),
      // The server's verified auth, as a subgraph's RequestAuth or the gateway's token check tells it: here
      // only "Bearer valid" verifies.
      anonymous: (ctx) => ctx.request.http?.headers.get(AUTHORIZATION_HEADER) !== VALID.authorization,
    }),
  });
  const send = async (query: string, headers: Record<string, string> = {}) => {
    const http = { method: 'POST', headers: new HeaderMap(Object.entries(headers)), search: '', body: {} };
    const response = await apollo.executeOperation({ query, http });
    return response.body.kind === 'single' ? response.body.singleResult : null;
  };
  return { apollo, version, send };
}

describe('responseCache', () => {
  it('keeps an anonymous answer until a mutation with a token, answered without errors, counts as a write', async () => {
    const { apollo, version, send } = server();
    await apollo.start();
    const token = VALID;
    const first = (await send('{ n }'))?.data?.n;
    expect((await send('{ n }'))?.data?.n).toBe(first);
    await send('mutation { write }');
    await send('mutation { refuse }', token);
    expect(version.writes).toBe(0);
    expect((await send('{ n }'))?.data?.n).toBe(first);
    await send('mutation { write }', token);
    expect(version.writes).toBe(1);
    expect((await send('{ n }'))?.data?.n).not.toBe(first);
    await apollo.stop();
  });

  it('never answers a request with a token from the cache', async () => {
    const { apollo, send } = server();
    await apollo.start();
    const token = VALID;
    const first = (await send('{ n }', token))?.data?.n;
    expect((await send('{ n }', token))?.data?.n).not.toBe(first);
    await apollo.stop();
  });

  it('counts a request whose token does not verify as anonymous: answered from the cache, and its mutation is no write', async () => {
    const { apollo, version, send } = server();
    await apollo.start();
    const garbage = { authorization: 'Bearer not-a-token' };
    const first = (await send('{ n }'))?.data?.n;
    expect((await send('{ n }', garbage))?.data?.n).toBe(first);
    await send('mutation { write }', garbage);
    expect(version.writes).toBe(0);
    await apollo.stop();
  });
});
