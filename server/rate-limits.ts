import { AsyncLocalStorage } from 'node:async_hooks';
import type { Request, RequestHandler, Response } from 'express';
import { ConfigError, integer, onOff } from './config.js';
import { sendProblem } from './problem.js';

/**
 * Rate limits per client, as the Shopify GraphQL API sets them: each client has a bucket of cost
 * points (HUB_RATE_LIMIT_POINTS) that refills at HUB_RATE_LIMIT_RESTORE points a second. A document
 * takes its estimated cost from the bucket before it runs, and gives back what it did not use once
 * its actual cost is known. Kept in memory, per replica.
 */
export interface RateLimits {
  /** HUB_RATE_LIMIT: on (default) or off (the benchmark). */
  enabled: boolean;
  /** HUB_RATE_LIMIT_POINTS: the bucket of one client, full at start (maximumAvailable). */
  points: number;
  /** HUB_RATE_LIMIT_RESTORE: points given back each second (restoreRate). */
  restorePerSecond: number;
  /** HUB_RATE_LIMIT_CLIENTS: buckets kept at most; the least recently seen client is forgotten (its bucket is full again). */
  maxClients: number;
  /**
   * HUB_TRUSTED_PROXIES: the proxies whose X-Forwarded-For is believed (Express's `trust proxy`: addresses,
   * CIDR ranges, or loopback, linklocal, uniquelocal); none by default, and then a client is the peer address.
   */
  trustedProxies: string[];
}

/**
 * The defaults leave the dashboard and the apps untouched: a bucket holds about six of the dearest
 * documents the gateway lets through (HUB_MAX_COST), and refills in 100 s; a client that reads pages of
 * points (about 13,400 points estimated, a few hundred actual) is never near it.
 */
export function rateLimitsFromEnv(env: Record<string, string | undefined> = process.env): RateLimits {
  const enabled = onOff(env, 'HUB_RATE_LIMIT', true);
  const proxies = (env.HUB_TRUSTED_PROXIES ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  for (const proxy of proxies)
    if (!/^[\w.:/]+$/.test(proxy)) throw new ConfigError(`HUB_TRUSTED_PROXIES must list addresses or CIDR ranges, not "${proxy}".`);
  return {
    enabled,
    points: integer(env, 'HUB_RATE_LIMIT_POINTS', 500_000, 1, 1_000_000_000),
    restorePerSecond: integer(env, 'HUB_RATE_LIMIT_RESTORE', 5_000, 1, 1_000_000_000),
    maxClients: integer(env, 'HUB_RATE_LIMIT_CLIENTS', 100_000, 1, 10_000_000),
    trustedProxies: proxies,
  };
}

/** A client's bucket now, as Shopify's `throttleStatus` tells it. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

interface Bucket {
  available: number;
  at: number;
}

/**
 * The buckets of the clients seen lately, in a Map kept in order of use: a client seen again moves to
 * the end, and past maxClients the first (least recently seen) is forgotten. About 100 bytes a client:
 * 100,000 clients hold about 10 MB.
 */
export class CostBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    readonly limits: Pick<RateLimits, 'points' | 'restorePerSecond' | 'maxClients'>,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.buckets.size;
  }

  /** The client's bucket now (a client not seen has a full one). */
  status(client: string): ThrottleStatus {
    return {
      maximumAvailable: this.limits.points,
      currentlyAvailable: Math.floor(this.bucket(client).available),
      restoreRate: this.limits.restorePerSecond,
    };
  }

  /**
   * Takes `cost` points. Refused (with the seconds to wait) when the bucket holds fewer; a cost larger
   * than the whole bucket waits for a full one. `always` takes them even so (the operations a route
   * runs for a request that was let in): the bucket may go below zero and the client waits longer.
   */
  take(client: string, cost: number, always = false): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const bucket = this.bucket(client);
    const needed = Math.min(cost, this.limits.points);
    if (!always && bucket.available < needed) {
      return { ok: false, retryAfterSeconds: secondsUntil(needed, bucket.available, this.limits.restorePerSecond) };
    }
    bucket.available -= cost;
    return { ok: true };
  }

  /**
   * Settles a document charged `charged` points whose answer cost `actual`: gives back what it did not
   * use (up to a full bucket), or takes what it used past the estimate (the bucket may go below zero).
   */
  settle(client: string, charged: number, actual: number): void {
    if (actual === charged) return;
    const bucket = this.bucket(client);
    bucket.available = Math.min(this.limits.points, bucket.available + charged - actual);
  }

  /** Seconds until the client's bucket is full again (X-RateLimit-Reset). */
  secondsToFull(client: string): number {
    const bucket = this.bucket(client);
    return Math.max(0, Math.ceil((this.limits.points - bucket.available) / this.limits.restorePerSecond));
  }

  private bucket(client: string): Bucket {
    const now = this.now();
    let bucket = this.buckets.get(client);
    if (bucket) {
      this.buckets.delete(client);
      bucket.available = Math.min(this.limits.points, bucket.available + ((now - bucket.at) / 1000) * this.limits.restorePerSecond);
      bucket.at = now;
    } else {
      bucket = { available: this.limits.points, at: now };
    }
    this.buckets.set(client, bucket);
    if (this.buckets.size > this.limits.maxClients) {
      const oldest = this.buckets.keys().next().value;
      if (oldest !== undefined) this.buckets.delete(oldest);
    }
    return bucket;
  }
}

/** Who a request is, for its bucket: the subject of a token the gateway verified, else the client address. */
export type IdentifyClient = (req: Request) => Promise<string>;

/** The client of the request being served, and whether it came through a route of the gateway (HSDS, JSON-LD). */
export interface ClientRequest {
  client: string;
  route: boolean;
}

/**
 * The rate limits of one server: the buckets, who the client of the request in progress is (kept in
 * an AsyncLocalStorage, so that the operations a route runs through the gateway's own executor are
 * charged to the route's client, once, and not as a client of their own), and the headers.
 */
export class RateLimiter {
  readonly buckets: CostBuckets;
  private readonly current = new AsyncLocalStorage<ClientRequest>();
  /** The client of each /graphql request, from identifyGraphQL to graphql (the body parser between them). */
  private readonly clients = new WeakMap<Request, string>();

  constructor(
    readonly limits: RateLimits,
    private readonly identify: IdentifyClient,
  ) {
    this.buckets = new CostBuckets(limits);
  }

  /** The client of the request in progress, if it came over HTTP (an operation run by the server itself has none). */
  client(): ClientRequest | undefined {
    return this.current.getStore();
  }

  /** X-RateLimit-Limit, -Remaining and -Reset (seconds from now until the bucket is full again: relative, not GitHub's epoch). */
  headers(client: string): Record<string, string> {
    const status = this.buckets.status(client);
    return {
      'x-ratelimit-limit': String(status.maximumAvailable),
      'x-ratelimit-remaining': String(Math.max(0, status.currentlyAvailable)),
      'x-ratelimit-reset': String(this.buckets.secondsToFull(client)),
    };
  }

  /**
   * Middleware for /graphql, before the body is parsed: who the client is, and the headers, written as
   * the answer's head goes out (so that they tell the bucket after the document was charged), on every
   * answer, the body parser's refusals too. It needs no body.
   */
  readonly identifyGraphQL: RequestHandler = (req, res, next) => {
    this.identify(req).then(
      (client) => {
        this.clients.set(req, client);
        this.writeHeadersOnAnswer(res, client);
        next();
      },
      (error: unknown) => next(error),
    );
  };

  /**
   * Middleware for /graphql, after the body is parsed (the body parser's callbacks would lose the
   * request's async context): runs the rest of the request as its client's.
   */
  readonly graphql: RequestHandler = (req, _res, next) => {
    const client = this.clients.get(req);
    if (client === undefined) {
      next();
      return;
    }
    this.current.run({ client, route: false }, next);
  };

  /**
   * Middleware for the gateway's routes over the graph (HSDS, JSON-LD): a request reserves `reserve`
   * points (the estimated cost of the documents it runs) before it runs, refused with 429 when the
   * bucket holds fewer, so that a client cannot have more route requests in flight than its bucket
   * holds; its operations are charged to the client at their cost as they run, and the reservation is
   * given back once they have (when the answer's head goes out, or the request ends).
   */
  route(reserve: number): RequestHandler {
    return (req, res, next) => {
      this.identify(req).then(
        (client) => {
          const taken = this.buckets.take(client, reserve);
          if (!taken.ok) {
            this.writeHeadersOnAnswer(res, client);
            res.setHeader('retry-after', String(taken.retryAfterSeconds));
            // A route answers REST's problem+json (RFC 9457), as its other errors.
            sendProblem(res, 429, `Rate limited: this client's cost points are spent; try again in ${taken.retryAfterSeconds} s.`);
            return;
          }
          let held = true;
          const release = () => {
            if (held) this.buckets.settle(client, reserve, 0);
            held = false;
          };
          res.once('close', release);
          this.writeHeadersOnAnswer(res, client, release);
          this.current.run({ client, route: true }, next);
        },
        (error: unknown) => next(error),
      );
    };
  }

  /** Sets the headers just before the head is written (Node's end() writes it through writeHead too), after `before`. */
  private writeHeadersOnAnswer(res: Response, client: string, before?: () => void): void {
    const writeHead = res.writeHead;
    res.writeHead = ((...args: Parameters<typeof writeHead>) => {
      before?.();
      if (!res.headersSent) for (const [name, value] of Object.entries(this.headers(client))) res.setHeader(name, value);
      return writeHead.apply(res, args);
    }) as typeof writeHead;
  }
}

/** Seconds until a bucket refilling at `restorePerSecond` holds `needed` points (Retry-After: at least 1). */
export function secondsUntil(needed: number, available: number, restorePerSecond: number): number {
  return Math.max(1, Math.ceil((needed - available) / restorePerSecond));
}
