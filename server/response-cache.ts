import { createHash } from 'node:crypto';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestContext } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { BoundedCache } from './bounded-cache.js';
import { oneOf } from './config.js';
import { EVERYTHING } from './response-cache-clock.js';

/** A subgraph's data version as its /changes stream tells it (subgraphs/shared/change-stream.ts). */
export interface ChangeState {
  /** The subgraph process's own id: a restarted subgraph counts its generations afresh. */
  instance: string;
  /** Grows with every write to the subgraph's data that it hears. */
  generation: number;
  /** Whether it can hear writes at all; when not, its generation says nothing. */
  listening: boolean;
  /** The generation at which each table of its schema last changed (tables not written since it started: absent). */
  tables?: Record<string, number>;
  /** The generation at which any of its tables may last have changed (a reconnection, a write of unknown tables). */
  all?: number;
}

/** A subgraph's version as a cache key part (`instance:generation`), or null while it cannot hear writes. */
export function versionOf(state: ChangeState | null): string | null {
  return state?.listening ? `${state.instance}:${state.generation}` : null;
}

/**
 * Set on an answer a subgraph gives from its cache: the data version (`instance:generation`) at
 * which the answer was found still right. The gateway keeps such an answer only if it comes from
 * the replica and version it follows; another replica may not have heard the latest write yet.
 */
export const CACHED_AT_HEADER = 'x-hub-cached-at';

/**
 * Set by a subgraph on every answer to a query: the tables of its schema the answer read, comma
 * separated (`*`: not known, so any write to the subgraph may change it). The gateway keys its own
 * answer by every table any of its fetches read.
 */
export const READS_HEADER = 'x-hub-reads';

/** Set by a subgraph on a mutation's answer: the tables it wrote, as READS_HEADER. */
export const WROTE_HEADER = 'x-hub-wrote';

/**
 * What a cache must know of the data behind its answers: a clock that ticks with every write heard,
 * and which tables changed when (server/response-cache-clock.ts).
 */
export interface DataVersion {
  /** The clock now, or null while writes may go unheard (then nothing is read from or written to the cache). */
  now(): number | null;
  /** Whether nothing read by an answer tagged `tags` (server/response-cache-clock.ts) changed after tick `at`. */
  unchangedSince(at: number, tags: readonly string[]): boolean;
  /** A mutation of this server has just been answered, having written `tags`: counted before its answer leaves. */
  written(tags: readonly string[]): void;
  /** This server's version as said with an answer given from its cache (CACHED_AT_HEADER), or null. */
  tag(): string | null;
}

/**
 * How finely writes invalidate answers (HUB_CACHE_INVALIDATION): `tables` (the default) empties only
 * the answers that read a table written; `all` empties every answer at any write, as before issue 16,
 * kept to compare (scripts/bench/mixed.ts) and as a way back.
 */
export type Invalidation = 'tables' | 'all';

export function invalidationFromEnv(env: Record<string, string | undefined> = process.env): Invalidation {
  return oneOf<Invalidation>(env, 'HUB_CACHE_INVALIDATION', ['tables', 'all'], 'tables');
}

type Policy = NonNullable<ReturnType<GraphQLRequestContext<BaseContext>['overallCachePolicy']['policyIfCacheable']>>;

/** What the cache keeps of an answer beside its data: its cache policy, the tick its request started at, what it read. */
interface Entry {
  policy: Policy;
  at: number;
  reads: string[];
  /** The operation's name (Apollo's `operationName`: the one run, named or not in the request), for metrics and logs. */
  operation: string | null;
  /** Its `extensions.cost` as demand control told it (server/use-demand-control.ts), when it did. */
  cost?: AnswerCost;
}

/** The requested and actual cost of an answer, as `extensions.cost` tells them. */
export interface AnswerCost {
  requestedQueryCost: number;
  actualQueryCost: number;
}

/**
 * An answer as the store keeps it: the entry's JSON, a newline, then the JSON of its data, so that
 * an answer given from the cache before Apollo (server/cached-answer.ts) is sent as the bytes it was
 * kept as, never parsed. JSON.stringify writes no newline of its own.
 */
function stored(entry: Entry, data: Record<string, unknown>): string {
  return `${JSON.stringify(entry)}\n${JSON.stringify(data)}`;
}

function unstored(text: string): { entry: Entry; data: string } {
  const newline = text.indexOf('\n');
  return { entry: JSON.parse(text.slice(0, newline)) as Entry, data: text.slice(newline + 1) };
}

/** A request as its answer is keyed: the document's text, the operation name and the variables it came with. */
export interface AnswerKey {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** An answer found still right in the cache: the JSON of its data, and what its entry says of it. */
export interface FreshAnswer {
  data: string;
  /** The version it was found right at, as CACHED_AT_HEADER says it, or null. */
  cachedAt: string | null;
  operation: string | null;
  cost?: AnswerCost;
}

/**
 * The answer kept for `request`, if the data it read has not changed since: what the cache plugin
 * below would answer, looked up without Apollo (server/cached-answer.ts). An entry found stale is
 * dropped, as the plugin drops it.
 */
export function freshAnswer(version: DataVersion, store: BoundedCache<string>, request: AnswerKey): FreshAnswer | null {
  if (version.now() === null) return null;
  const key = keyOf(request);
  const text = store.getNow(key);
  if (text === undefined) return null;
  const { entry, data } = unstored(text);
  if (!version.unchangedSince(entry.at, entry.reads)) {
    store.deleteNow(key);
    return null;
  }
  return { data, cachedAt: version.tag(), operation: entry.operation, ...(entry.cost ? { cost: entry.cost } : {}) };
}

/**
 * Answers a query already answered from memory, until the data it read changes. Every answer of the
 * graph is a function of its data, the request and the caller's rights: no field reads the clock
 * (`isOpen` and `nextChange` take their instant as an argument). So an answer stays right until a
 * write to a table it read: each entry notes the tick of the data clock at which its request
 * started and the tables it read (`reads`; unknown: anything), and is served only while none of them
 * changed since. An answer computed while a write landed is never served.
 *
 * Only anonymous queries are cached (a token's rights may change what an answer holds): anonymous as
 * the server knows the request's verified auth, so that a token that does not verify is no token. Only
 * answers without errors, and nothing while the version is unknown. A mutation counts as a write of
 * what it wrote (`wrote`; unknown: anything) before its answer leaves, so its caller reads it.
 *
 * The answers are kept in `store`, within its byte budget (HUB_RESPONSE_CACHE), least recently used
 * first out. `seconds` bounds how long an entry lives anyway (HUB_RESPONSE_CACHE_SECONDS; 0 turns caching
 * off). `cacheControlHeader` says it in a Cache-Control header: subgraphs tell the gateway so, and
 * what they read and wrote (`announce`: READS_HEADER, WROTE_HEADER), while the gateway sends none
 * (browsers and proxies could not know when the data changes).
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
    /** The tags of what the request read, or null when not known (then: anything). */
    reads: (ctx: GraphQLRequestContext<TContext>) => Iterable<string> | null;
    /** The tags of what a mutation wrote, or null when not known (then: anything). */
    wrote: (ctx: GraphQLRequestContext<TContext>) => Iterable<string> | null;
    /** `all`: every answer counts as reading everything (HUB_CACHE_INVALIDATION). */
    invalidation?: Invalidation;
    /** Say what each answer read and each mutation wrote (READS_HEADER, WROTE_HEADER): a subgraph does. */
    announce?: boolean;
  },
): ApolloServerPlugin<TContext>[] {
  // Off: no cache policy either, whose hook runs on every field of every answer.
  if (options.seconds === 0) return [ApolloServerPluginCacheControlDisabled()];
  const fine = options.invalidation !== 'all';
  const tagsOf = (tags: Iterable<string> | null): string[] => (fine && tags ? [...new Set(tags)] : [EVERYTHING]);
  const cacheable = async (ctx: GraphQLRequestContext<TContext>) => (await options.anonymous(ctx)) && version.now() !== null;
  return [
    ApolloServerPluginCacheControl({ defaultMaxAge: options.seconds, calculateHttpHeaders: options.cacheControlHeader }),
    {
      async requestDidStart() {
        let key: string | null = null;
        let at: number | null = null;
        let hit: Entry | null = null;
        return {
          async didResolveOperation(ctx) {
            // Nobody downstream (the gateway's cache) may keep what this cache would not.
            if (!(await cacheable(ctx))) ctx.overallCachePolicy.restrict({ maxAge: 0 });
          },
          async responseForOperation(ctx) {
            ctx.metrics.responseCacheHit = false;
            if (ctx.operation?.operation !== 'query') return null;
            // Taken before anything is read: a write heard from now on ticks past it.
            at = version.now();
            if (at === null || !(await cacheable(ctx))) return null;
            key = keyOf({ query: ctx.source ?? '', operationName: ctx.request.operationName, variables: ctx.request.variables });
            const text = await options.store.get(key);
            if (text === undefined) return null;
            const { entry, data } = unstored(text);
            if (!version.unchangedSince(entry.at, entry.reads)) {
              await options.store.delete(key);
              return null;
            }
            hit = entry;
            ctx.overallCachePolicy.replace(entry.policy);
            ctx.metrics.responseCacheHit = true;
            const singleResult = { data: JSON.parse(data) as Record<string, unknown> };
            return { body: { kind: 'single', singleResult }, http: { status: undefined, headers: new HeaderMap() } };
          },
          async willSendResponse(ctx) {
            const headers = ctx.response.http.headers;
            if (ctx.operation?.operation === 'mutation') {
              // Only a mutation that can have written counts (every write needs a token): anonymous
              // mutations, all refused, must not empty the caches.
              if (!(await options.anonymous(ctx)) && !ctx.errors?.length) {
                const wrote = tagsOf(options.wrote(ctx));
                version.written(wrote);
                if (options.announce) headers.set(WROTE_HEADER, untagged(wrote));
              }
              return;
            }
            if (hit) {
              const tag = version.tag();
              if (tag) headers.set(CACHED_AT_HEADER, tag);
              if (options.announce) headers.set(READS_HEADER, untagged(hit.reads));
              return;
            }
            const reads = tagsOf(options.reads(ctx));
            if (options.announce) headers.set(READS_HEADER, untagged(reads));
            if (ctx.response.body.kind !== 'single' || key === null || at === null) return;
            const { data, errors, extensions } = ctx.response.body.singleResult;
            const policy = ctx.overallCachePolicy.policyIfCacheable();
            if (errors || !data || !policy || !(await cacheable(ctx)) || !(options.mayKeep?.(ctx) ?? true)) return;
            // A write heard while it was computed: the answer may hold data from before it.
            if (!version.unchangedSince(at, reads)) return;
            const cost = costOf(extensions);
            const entry: Entry = {
              policy: { maxAge: policy.maxAge, scope: policy.scope },
              at,
              reads,
              operation: ctx.operationName ?? null,
              ...(cost ? { cost } : {}),
            };
            await options.store.set(key, stored(entry, data), { ttl: policy.maxAge });
          },
        };
      },
    },
  ];
}

/**
 * The key of an answer: the document's text, the operation name and the variables as the request
 * gave them (only anonymous answers are kept). As given, not as resolved, so that a request read
 * before Apollo has parsed it finds the same key.
 */
function keyOf({ query, operationName, variables }: AnswerKey): string {
  const request = { source: query, operationName: operationName ?? null, variables: variables ?? {} };
  return createHash('sha256').update(JSON.stringify(request)).digest('hex');
}

/** The requested and actual cost in an answer's extensions, when demand control set them. */
function costOf(extensions: Record<string, unknown> | undefined): AnswerCost | null {
  const cost = extensions?.cost as Partial<AnswerCost> | undefined;
  return typeof cost?.requestedQueryCost === 'number' && typeof cost.actualQueryCost === 'number'
    ? { requestedQueryCost: cost.requestedQueryCost, actualQueryCost: cost.actualQueryCost }
    : null;
}

/** Tags as a subgraph says them: the table names of its own group (`schema/point` → `point`; `*` stays). */
function untagged(tags: readonly string[]): string {
  return tags.map((tag) => tag.slice(tag.indexOf('/') + 1)).join(',');
}
