import { describe, expect, it } from 'vitest';
import { sliceOf } from './programme-pages.js';

// Which runs of a list (shared services, each call's projects, Leva Civica) a page reaches, and where.
describe('sliceOf', () => {
  it('takes a page inside one run, across runs, and past the end', () => {
    expect(sliceOf([4, 3000, 3000, 20], 0, 10)).toEqual([
      { run: 0, skip: 0, first: 4 },
      { run: 1, skip: 0, first: 6 },
    ]);
    expect(sliceOf([4, 3000, 3000, 20], 2950, 100)).toEqual([
      { run: 1, skip: 2946, first: 54 },
      { run: 2, skip: 0, first: 46 },
    ]);
    expect(sliceOf([4, 3000, 3000, 20], 6000, 100)).toEqual([
      { run: 2, skip: 2996, first: 4 },
      { run: 3, skip: 0, first: 20 },
    ]);
    expect(sliceOf([4, 3000, 3000, 20], 6024, 100)).toEqual([]);
  });

  it('passes over empty runs, and covers every item once page by page', () => {
    expect(sliceOf([0, 5, 0, 3], 4, 2)).toEqual([
      { run: 1, skip: 4, first: 1 },
      { run: 3, skip: 0, first: 1 },
    ]);
    const counts = [3, 0, 17, 9, 1];
    const seen: string[] = [];
    for (let from = 0; from < 30; from += 7)
      for (const part of sliceOf(counts, from, 7)) for (let i = 0; i < part.first; i++) seen.push(`${part.run}:${part.skip + i}`);
    expect(seen).toEqual(counts.flatMap((count, run) => Array.from({ length: count }, (_, i) => `${run}:${i}`)));
  });
});
