import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import responseCachePlugin from '@apollo/server-plugin-response-cache';

/** A subgraph's data version as its /changes stream tells it (subgraphs/shared/change-stream.ts). */
export interface ChangeState {
  /** The subgraph process's own id: a restarted subgraph counts its generations afresh. */
  instance: string;
  /** Grows with every write to the subgraph's data that it hears. */
  generation: number;
  /** Whether it can hear writes at all; when not, its generation says nothing. */
  listening: boolean;
}

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
 * Only anonymous queries are cached (a token's rights may change what an answer holds), only
 * answers without errors, and nothing while the version is unknown. A mutation counts as a write
 * before its answer leaves, so its caller reads what it wrote.
 *
 * `seconds` bounds how long an entry lives anyway (HUB_RESPONSE_CACHE_SECONDS; 0 turns caching
 * off). `cacheControlHeader` says it in a Cache-Control header: subgraphs tell the gateway so,
 * while the gateway sends none (browsers and proxies could not know when the data changes).
 */
export function responseCache<TContext extends BaseContext>(
  version: DataVersion,
  options: { seconds: number; cacheControlHeader: boolean },
): ApolloServerPlugin<TContext>[] {
  if (options.seconds === 0) return [ApolloServerPluginCacheControl({ defaultMaxAge: 0, calculateHttpHeaders: false })];
  const cacheable = async (ctx: GraphQLRequestContext<TContext>) =>
    !ctx.request.http?.headers.get('authorization') && version.current() !== null;
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: options.seconds, calculateHttpHeaders: options.cacheControlHeader }),
    responseCachePlugin<TContext>({
      extraCacheKeyData: async () => version.current(),
      shouldReadFromCache: cacheable,
      shouldWriteToCache: cacheable,
    }),
    {
      async requestDidStart() {
        return {
          async didResolveOperation(ctx) {
            // Nobody downstream (the gateway's cache) may keep what this cache would not.
            if (!(await cacheable(ctx))) ctx.overallCachePolicy.restrict({ maxAge: 0 });
          },
          async willSendResponse({ operation }) {
            if (operation?.operation === 'mutation') version.written();
          },
        };
      },
    },
  ];
}
