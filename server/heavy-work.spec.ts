import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HeavyWork, type HeavyWorkLimits, heavyWorkFromEnv } from './heavy-work.js';

const limits: HeavyWorkLimits = {
  enabled: true,
  threshold: 1_000,
  points: 10_000,
  restorePerSecond: 1_000,
  maxWaitMs: 5_000,
  maxWaiting: 2,
};

describe('heavy work, shared by every client', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  const work = (over: Partial<HeavyWorkLimits> = {}) => new HeavyWork({ ...limits, ...over }, () => Date.now());

  it('lets cheap documents through at once, whatever the heavy ones have taken', async () => {
    const heavy = work();
    expect((await heavy.admit(10_000)).ok).toBe(true);
    expect((await heavy.admit(999)).ok).toBe(true);
    expect(heavy.waiting).toBe(0);
  });

  it('makes a heavy document wait until the bucket refills, first come first served', async () => {
    const heavy = work();
    expect((await heavy.admit(8_000)).ok).toBe(true);
    const order: string[] = [];
    const second = heavy.admit(5_000).then((a) => order.push(`second ${a.ok}`));
    const third = heavy.admit(2_000).then((a) => order.push(`third ${a.ok}`));
    await vi.advanceTimersByTimeAsync(2_000); // 4,000 points: the second needs 5,000, and the third waits behind it
    expect(order).toEqual([]);
    expect(heavy.waiting).toBe(2);
    await vi.advanceTimersByTimeAsync(1_100);
    await second;
    await vi.advanceTimersByTimeAsync(2_000);
    await third;
    expect(order).toEqual(['second true', 'third true']);
  });

  it('gives back what a document did not use, which may be the next one’s turn', async () => {
    const heavy = work();
    const first = await heavy.admit(10_000);
    if (!first.ok) throw new Error('refused');
    let admitted = false;
    const next = heavy.admit(6_000).then((a) => {
      admitted = a.ok;
    });
    await vi.advanceTimersByTimeAsync(10);
    expect(admitted).toBe(false);
    first.settle(3_000); // 7,000 back
    await next;
    expect(admitted).toBe(true);
  });

  it('refuses, with the seconds to wait, a document whose turn does not come in time, or when the queue is full', async () => {
    const heavy = work();
    await heavy.admit(10_000);
    const late = heavy.admit(10_000);
    heavy.admit(10_000);
    const overflow = await heavy.admit(10_000);
    expect(overflow).toMatchObject({ ok: false });
    expect(overflow.ok ? 0 : overflow.retryAfterSeconds).toBeGreaterThanOrEqual(10);
    await vi.advanceTimersByTimeAsync(5_100);
    expect(await late).toMatchObject({ ok: false });
  });

  it('admits a document that fits at once even when nobody may wait and the clock moves between two readings', async () => {
    let t = 0;
    const heavy = new HeavyWork({ ...limits, maxWaitMs: 0, maxWaiting: 0 }, () => t++);
    expect((await heavy.admit(9_000)).ok).toBe(true);
    expect((await heavy.admit(9_000)).ok).toBe(false);
  });

  it('is off with HUB_HEAVY_WORK=off, and reads its settings from the environment', async () => {
    const off = new HeavyWork(heavyWorkFromEnv({ HUB_HEAVY_WORK: 'off' }));
    for (let i = 0; i < 10; i++) expect((await off.admit(1_000_000)).ok).toBe(true);
    expect(heavyWorkFromEnv({})).toMatchObject({ enabled: true, threshold: 5_000, points: 100_000, restorePerSecond: 5_000 });
  });
});
