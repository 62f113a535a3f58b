import { ApolloServer, HeaderMap } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { AUTHORIZATION_HEADER } from './authorization-header.js';
import { memoryBudgetFromEnv, responseStore } from './memory-budget.js';
import { type DataVersion, type Invalidation, responseCache } from './response-cache.js';
import { ChangeClock } from './response-cache-clock.js';

// Which requests the response cache counts as writes, without any network timing in the way: a
// mutation's caller must read its write at once, and an anonymous (refused) mutation must not
// empty the cache.

let executed = 0;
const VALID = { authorization: 'Bearer valid' };
// `n` reads the table t/n, `m` the table t/m; `write` writes t/n.
const typeDefs = `type Query { n: Int, m: Int } type Mutation { write: Int, refuse: Int }`;
interface Tables {
  read: Set<string>;
  wrote: Set<string>;
}
/** Run as `n` is read: a write heard meanwhile. */
let duringRead: (() => void) | null = null;
const resolvers = {
  Query: {
    n: (_: unknown, __: unknown, tables: Tables) => {
      duringRead?.();
      return tables.read.add('t/n') && ++executed;
    },
    m: (_: unknown, __: unknown, tables: Tables) => tables.read.add('t/m') && ++executed,
  },
  Mutation: {
    write: (_: unknown, __: unknown, tables: Tables) => tables.wrote.add('t/n') && 1,
    refuse: () => {
      throw new Error('refused');
    },
  },
};

function server(invalidation: Invalidation = 'tables') {
  const clock = new ChangeClock();
  const version: DataVersion & { writes: number; clock: ChangeClock } = {
    writes: 0,
    clock,
    now: () => clock.now(),
    unchangedSince: (at, tags) => clock.unchangedSince(at, tags),
    tag: () => String(clock.now()),
    written: (tags) => {
      version.writes++;
      clock.changed(tags);
    },
  };
  const apollo = new ApolloServer<Tables>({
    typeDefs,
    resolvers,
    plugins: responseCache<Tables>(version, {
      seconds: 60,
      cacheControlHeader: false,
      store: responseStore(memoryBudgetFromEnv({})),
      // The server's verified auth, as a subgraph's RequestAuth or the gateway's token check tells it: here
      // only "Bearer valid" verifies.
      anonymous: (ctx) => ctx.request.http?.headers.get(AUTHORIZATION_HEADER) !== VALID.authorization,
      reads: (ctx) => ctx.contextValue.read,
      wrote: (ctx) => ctx.contextValue.wrote,
      invalidation,
    }),
  });
  const send = async (query: string, headers: Record<string, string> = {}) => {
    const http = { method: 'POST', headers: new HeaderMap(Object.entries(headers)), search: '', body: {} };
    const response = await apollo.executeOperation({ query, http }, { contextValue: { read: new Set(), wrote: new Set() } });
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

  it('a write empties the answers that read what it wrote, and only those', async () => {
    const { apollo, version, send } = server();
    await apollo.start();
    const n = (await send('{ n }'))?.data?.n;
    const m = (await send('{ m }'))?.data?.m;
    const both = (await send('{ n m }'))?.data;
    await send('mutation { write }', VALID);
    expect((await send('{ m }'))?.data?.m).toBe(m);
    expect((await send('{ n }'))?.data?.n).not.toBe(n);
    expect((await send('{ n m }'))?.data).not.toEqual(both);
    // A write heard from elsewhere (a notification), of t/m.
    version.clock.changed(['t/m']);
    expect((await send('{ m }'))?.data?.m).not.toBe(m);
    await apollo.stop();
  });

  it('an answer whose reads are not known, or a write whose tables are not, counts as anything', async () => {
    const { apollo, version, send } = server();
    await apollo.start();
    const m = (await send('{ m }'))?.data?.m;
    version.clock.changed(['t/*']);
    expect((await send('{ m }'))?.data?.m).not.toBe(m);
    const again = (await send('{ m }'))?.data?.m;
    version.clock.changed(['other/x']);
    expect((await send('{ m }'))?.data?.m).toBe(again);
    version.clock.changed(['*']);
    expect((await send('{ m }'))?.data?.m).not.toBe(again);
    await apollo.stop();
  });

  it('with HUB_CACHE_INVALIDATION=all, any write empties every answer', async () => {
    const { apollo, send } = server('all');
    await apollo.start();
    const m = (await send('{ m }'))?.data?.m;
    await send('mutation { write }', VALID);
    expect((await send('{ m }'))?.data?.m).not.toBe(m);
    await apollo.stop();
  });

  it('never keeps an answer during which a write to what it read was heard', async () => {
    const { apollo, version, send } = server();
    await apollo.start();
    // The resolver runs, a write of its table is heard, then the answer would be stored.
    duringRead = () => version.clock.changed(['t/n']);
    const first = (await send('{ n }'))?.data?.n;
    duringRead = null;
    const second = (await send('{ n }'))?.data?.n;
    expect(second).not.toBe(first);
    expect((await send('{ n }'))?.data?.n).toBe(second);
    await apollo.stop();
  });
});
