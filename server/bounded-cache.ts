import { LRUCache } from 'lru-cache';
import { Gauge } from 'prom-client';
import type { Metrics } from './metrics.js';

/**
 * What an entry costs beyond its key and value: the LRU's own node, its maps and arrays, the
 * key's string header. Measured at about 150 bytes with lru-cache 11 on Node 24; counted high.
 */
const ENTRY_OVERHEAD = 256;

/**
 * The bytes V8 holds for a string's characters: one a character while every character fits in
 * Latin-1, two when any does not (the whole string is then stored two bytes a character).
 */
export function stringBytes(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for characters past Latin-1.
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length;
}

/** What /metrics tells of a cache: its name, its budget and what its entries weigh now. */
export interface WeighedCache {
  readonly name: string;
  readonly maxBytes: number;
  readonly bytes: number;
}

/**
 * A cache kept across requests, bounded in bytes, not in entries: each entry is weighed when it is
 * stored (`weigh` estimates what its value holds in the heap), the least recently used go first
 * when the budget is full, and a value heavier than the whole budget is not kept at all. It is an
 * Apollo KeyValueCache (get, set with a ttl in seconds, delete), so Apollo Server takes it as its documentStore, its persisted-query store
 * and the response cache's store, and the gateway as its query-plan store.
 */
export class BoundedCache<V extends {}> implements WeighedCache {
  private readonly lru: LRUCache<string, V>;

  constructor(
    /** Its name in /metrics (`hub_cache_bytes{cache="documents"}`). */
    readonly name: string,
    /** The budget, in bytes. */
    readonly maxBytes: number,
    weigh: (value: V) => number,
  ) {
    this.lru = new LRUCache<string, V>({
      maxSize: Math.max(1, maxBytes),
      sizeCalculation: (value, key) => Math.max(1, Math.ceil(weigh(value) + stringBytes(key) + ENTRY_OVERHEAD)),
    });
  }

  /** The bytes its entries weigh now, by its own accounting; never above maxBytes. */
  get bytes(): number {
    return this.lru.calculatedSize;
  }

  get entries(): number {
    return this.lru.size;
  }

  async get(key: string): Promise<V | undefined> {
    return this.lru.get(key);
  }

  /** The same as get, without a promise (the gateway's answers from its cache, before Apollo: server/cached-answer.ts). */
  getNow(key: string): V | undefined {
    return this.lru.get(key);
  }

  deleteNow(key: string): boolean {
    return this.lru.delete(key);
  }

  async set(key: string, value: V, options?: { ttl?: number | null }): Promise<void> {
    // Apollo gives a time to live in seconds; lru-cache takes milliseconds.
    this.lru.set(key, value, options?.ttl ? { ttl: options.ttl * 1000 } : undefined);
  }

  async delete(key: string): Promise<boolean> {
    return this.lru.delete(key);
  }

  clear(): void {
    this.lru.clear();
  }
}

/** Reports each cache's weight and budget in /metrics, read at each scrape. */
export function cacheMetrics(metrics: Metrics, caches: WeighedCache[]): void {
  new Gauge({
    name: 'hub_cache_bytes',
    help: 'What the entries of a cache kept across requests weigh, by its own accounting (bytes).',
    labelNames: ['cache'],
    registers: [metrics.registry],
    collect() {
      for (const cache of caches) this.set({ cache: cache.name }, cache.bytes);
    },
  });
  new Gauge({
    name: 'hub_cache_budget_bytes',
    help: 'The budget of a cache kept across requests (bytes): past it, the least recently used entries go.',
    labelNames: ['cache'],
    registers: [metrics.registry],
    collect() {
      for (const cache of caches) this.set({ cache: cache.name }, cache.maxBytes);
    },
  });
}
