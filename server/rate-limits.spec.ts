import { EventEmitter } from 'node:events';
import type { Request, Response } from 'express';
import { describe, expect, it } from 'vitest';
import { ConfigError } from './config.js';
import { CostBuckets, RateLimiter, rateLimitsFromEnv } from './rate-limits.js';

describe('CostBuckets', () => {
  it('refills at its rate, up to its size, and says how long to wait', () => {
    let now = 0;
    const buckets = new CostBuckets({ points: 1000, restorePerSecond: 10, maxClients: 10 }, () => now);
    expect(buckets.take('a', 900)).toEqual({ ok: true });
    expect(buckets.take('a', 200)).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(buckets.secondsToFull('a')).toBe(90);
    now = 10_000;
    expect(buckets.status('a')).toEqual({ maximumAvailable: 1000, currentlyAvailable: 200, restoreRate: 10 });
    expect(buckets.take('a', 200)).toEqual({ ok: true });
    buckets.settle('a', 5000, 0);
    expect(buckets.status('a').currentlyAvailable).toBe(1000);
  });

  it('settles a document at its actual cost: gives back what it did not use, takes what it used past the estimate', () => {
    const buckets = new CostBuckets({ points: 1000, restorePerSecond: 10, maxClients: 10 }, () => 0);
    buckets.take('a', 300);
    buckets.settle('a', 300, 100);
    expect(buckets.status('a').currentlyAvailable).toBe(900);
    buckets.take('a', 100);
    buckets.settle('a', 100, 1500);
    expect(buckets.status('a').currentlyAvailable).toBe(-600);
  });

  it('takes what a route’s operations cost even past zero, and the client waits the longer', () => {
    const buckets = new CostBuckets({ points: 100, restorePerSecond: 10, maxClients: 10 }, () => 0);
    expect(buckets.take('a', 150, true)).toEqual({ ok: true });
    expect(buckets.status('a').currentlyAvailable).toBe(-50);
    expect(buckets.take('a', 1)).toEqual({ ok: false, retryAfterSeconds: 6 });
  });

  it('keeps at most maxClients buckets, forgetting the least recently seen', () => {
    const buckets = new CostBuckets({ points: 100, restorePerSecond: 1, maxClients: 2 }, () => 0);
    buckets.take('a', 10);
    buckets.take('b', 20);
    buckets.take('a', 10);
    buckets.take('c', 30);
    expect(buckets.size).toBe(2);
    expect(buckets.status('a').currentlyAvailable).toBe(80); // kept: seen after b
    expect(buckets.status('b').currentlyAvailable).toBe(100); // forgotten: a full bucket again
  });
});

/** An Express response as the route middleware uses it: its status, headers and body, and its end. */
class FakeResponse extends EventEmitter {
  statusCode = 200;
  headersSent = false;
  readonly headers: Record<string, string> = {};
  body: unknown;
  setHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  writeHead() {
    this.headersSent = true;
    return this;
  }
  json(body: unknown) {
    this.body = body;
    this.writeHead();
    this.emit('close');
    return this;
  }
  type(mediaType: string) {
    this.headers['content-type'] = mediaType;
    return this;
  }
  /** A text answer (a problem+json) is kept parsed, as json() keeps its body. */
  send(text: string) {
    return this.json(JSON.parse(text));
  }
}

describe('RateLimiter.route', () => {
  const limits = { ...rateLimitsFromEnv({}), points: 1000, restorePerSecond: 10 };
  /** Runs the middleware for one request; resolves once it let the request in (`next`) or answered. */
  function enter(limiter: RateLimiter, reserve: number): Promise<FakeResponse> {
    const res = new FakeResponse();
    return new Promise((resolve) => {
      const answer = res.json.bind(res);
      res.json = (body: unknown) => {
        answer(body);
        resolve(res);
        return res;
      };
      limiter.route(reserve)({} as Request, res as unknown as Response, () => resolve(res));
    });
  }

  it('reserves a route’s cost while it runs: a client cannot have more in flight than its bucket holds', async () => {
    const limiter = new RateLimiter(limits, async () => 'ip:198.51.100.1');
    const first = await enter(limiter, 600);
    expect(first.statusCode).toBe(200);
    expect(limiter.buckets.status('ip:198.51.100.1').currentlyAvailable).toBe(400);
    // The first still runs: the second does not fit beside it.
    const second = await enter(limiter, 600);
    expect(second.statusCode).toBe(429);
    expect(second.headers['retry-after']).toBe('20');
    // A route answers as REST does: an RFC 9457 problem.
    expect(second.headers['content-type']).toBe('application/problem+json');
    expect(second.body).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429 });
    // Once the first has answered (its operations charged as they ran), its reservation is given back.
    first.json({});
    expect(first.headers['x-ratelimit-remaining']).toBe('1000');
    expect((await enter(limiter, 600)).statusCode).toBe(200);
  });
});

describe('rateLimitsFromEnv', () => {
  it('reads its defaults and the environment, and names a wrong variable', () => {
    expect(rateLimitsFromEnv({})).toEqual({
      enabled: true,
      points: 500_000,
      restorePerSecond: 5_000,
      maxClients: 100_000,
      trustedProxies: [],
    });
    expect(rateLimitsFromEnv({ HUB_RATE_LIMIT: 'off', HUB_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8' })).toMatchObject({
      enabled: false,
      trustedProxies: ['loopback', '10.0.0.0/8'],
    });
    expect(() => rateLimitsFromEnv({ HUB_RATE_LIMIT: 'no' })).toThrow(ConfigError);
    expect(() => rateLimitsFromEnv({ HUB_RATE_LIMIT_POINTS: 'tanti' })).toThrow(/HUB_RATE_LIMIT_POINTS/);
    expect(() => rateLimitsFromEnv({ HUB_TRUSTED_PROXIES: 'a b' })).toThrow(/HUB_TRUSTED_PROXIES/);
  });
});
