import { describe, expect, it } from 'vitest';
import { BoundedCache, stringBytes } from './bounded-cache.js';

// A cache kept across requests holds what its byte budget allows, whatever the number of entries.

describe('BoundedCache', () => {
  it('keeps its weight within the budget, dropping the least recently used first', async () => {
    const cache = new BoundedCache<string>('test', 10_000, stringBytes);
    for (let i = 0; i < 100; i++) await cache.set(`k${i}`, 'x'.repeat(1000));
    expect(cache.bytes).toBeLessThanOrEqual(10_000);
    expect(cache.entries).toBeGreaterThan(5);
    expect(cache.entries).toBeLessThan(10);
    expect(await cache.get('k99')).toBeDefined();
    expect(await cache.get('k0')).toBeUndefined();
  });

  it('keeps a value read recently over one read long ago', async () => {
    const cache = new BoundedCache<string>('test', 5_000, stringBytes);
    await cache.set('old', 'x'.repeat(1000));
    for (let i = 0; i < 10; i++) {
      await cache.get('old');
      await cache.set(`k${i}`, 'x'.repeat(1000));
    }
    expect(await cache.get('old')).toBeDefined();
    expect(await cache.get('k0')).toBeUndefined();
  });

  it('does not keep a value heavier than its whole budget', async () => {
    const cache = new BoundedCache<string>('test', 10_000, stringBytes);
    await cache.set('small', 'x');
    await cache.set('huge', 'x'.repeat(20_000));
    expect(await cache.get('huge')).toBeUndefined();
    expect(await cache.get('small')).toBe('x');
  });

  it('weighs the key and each entry’s own overhead too', async () => {
    const cache = new BoundedCache<string>('test', 1_000_000, () => 0);
    for (let i = 0; i < 1000; i++) await cache.set(`key-${i}`, '');
    expect(cache.bytes).toBeGreaterThan(1000 * 100);
  });

  it('forgets an entry after its time to live (seconds, as Apollo gives it)', async () => {
    const cache = new BoundedCache<string>('test', 10_000, stringBytes);
    await cache.set('brief', 'x', { ttl: 0.001 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await cache.get('brief')).toBeUndefined();
  });
});

describe('stringBytes', () => {
  it('counts one byte a character for Latin-1 text, two when any character is past it', () => {
    expect(stringBytes('città')).toBe(5);
    expect(stringBytes('città €')).toBe(14);
  });
});
