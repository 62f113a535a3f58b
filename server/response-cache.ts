import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import type { BoundedCache } from './bounded-cache.js';

/** A subgraph's data version as its /changes stream tells it (subgraphs/shared/change-stream.ts). */
export interface ChangeState {
  /** The subgraph process's own id: a restarted subgraph counts its generations afresh. */
  instance: string;
  /** Grows with every write to the subgraph's data that it hears. */
  generation: number;
  /** Whether it can hear writes at all; when not, its generation says nothing. */
  listening: boolean;
}

/** A subgraph's version as a cache key part (`instance:generation`), or null while it cannot hear writes. */
export function versionOf(state: ChangeState | null): string | null {
  return state?.listening ? `${state.instance}:${state.generation}` : null;
}

/**
 * Set on an answer a subgraph gives from its cache: the data version (`instance:generation`) the
 * answer was kept at. The gateway keeps such an answer only if it comes from the replica and version
 * it follows; another replica may not have heard the latest write yet.
 */
export const CACHED_AT_HEADER = 'x-hub-cached-at';

/**
 * What a cache must know of the data behind its answers: a version that changes with every write,
 * or null while writes may go unheard (then nothing is read from or written to the cache).
 */
export interface DataVersion {
  current(): string | null;
  /** A mutation of this server has just been answered: the data may have changed. */
  written(): void;
}

/**
 * Answers a query already answered from memory, until the data changes. Every answer of the graph
 * is a function of its data, the request and the caller's rights: no field reads the clock
 * (`isOpen` and `nextChange` take their instant as an argument). So an answer stays right until a
 * write, and the key of every entry carries the data version it was read at: a write heard makes
 * the older entries unreachable at once, and an answer computed while a write landed is filed
 * under the old version, where nobody looks any more.
 *
 * Only anonymous queries are cached (a token's rights may change what an answer holds): anonymous as
 * the server knows the request's verified auth, so that a token that does not verify is no token. Only
 * answers without errors, and nothing while the version is unknown. A mutation counts as a write
 * before its answer leaves, so its caller reads what it wrote.
 *
 * The answers are kept in `store`, within its byte budget (HUB_RESPONSE_CACHE), least recently used
 * first out. `seconds` bounds how long an entry lives anyway (HUB_RESPONSE_CACHE_SECONDS; 0 turns caching
 * off). `cacheControlHeader` says it in a Cache-Control header: subgraphs tell the gateway so,
 * while the gateway sends none (browsers and proxies could not know when the data changes).
 */
export function responseCache<TContext extends BaseContext>(
  version: DataVersion,
  options: {
    seconds: number;
    cacheControlHeader: boolean;
    /** Where answers are kept, bounded in bytes (server/memory-budget.ts responseStore). */
    store: BoundedCache<string>;
    /** Whether the request carries no verified token (none, or one that does not verify), from its context. */
    anonymous: (ctx: GraphQLRequestContext<TContext>) => boolean | Promise<boolean>;
    /** Whether this request's answer may be kept (the gateway: no subgraph answered from an older version). */
    mayKeep?: (ctx: GraphQLRequestContext<TContext>) => boolean;
  },
): ApolloServerPlugin<TContext>[] {
  if (options.seconds === 0) return [ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: false })];
  const cacheable = async (ctx: GraphQLRequestContext<TContext>) => (await options.anonymous(ctx)) && version.current() !== null;
  // The version each request's key was made at, to tell it with an answer given from the cache.
  const keyedAt = new WeakMap<object, string | null>();
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: options.seconds, calculateHttpHeaders: options.cacheControlHeader }),
    responseCachePlugin<TContext>({
      cache: options.store,
      extraCacheKeyData: async (ctx) => {
        const current = version.current();
        keyedAt.set(ctx.request, current);
        return current;
      },
      shouldReadFromCache: cacheable,
      shouldWriteToCache: async (ctx) => (await cacheable(ctx)) && (options.mayKeep?.(ctx) ?? true),
    }),
    {
      async requestDidStart() {
        return {
          async didResolveOperation(ctx) {
            // Nobody downstream (the gateway's cache) may keep what this cache would not.
            if (!(await cacheable(ctx))) ctx.overallCachePolicy.restrict({ maxAge: 0 });
          },
          async willSendResponse(ctx) {
            const at = keyedAt.get(ctx.request);
            if (ctx.metrics.responseCacheHit && at) ctx.response.http.headers.set(CACHED_AT_HEADER, at);
            // Only a mutation that can have written counts (every write needs a token): anonymous
            // mutations, all refused, must not empty the caches.
            if (ctx.operation?.operation === 'mutation' && !(await options.anonymous(ctx)) && !ctx.errors?.length) version.written();
          },
        };
      },
    },
  ];
}
