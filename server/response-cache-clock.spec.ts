import { describe, expect, it } from 'vitest';
import { ChangeClock } from './response-cache-clock.js';

// An answer read at a tick stays right while nothing it read changed after that tick.

describe('ChangeClock', () => {
  it('a change of a table reaches the answers that read it, that read its whole group, or everything; no other', () => {
    const clock = new ChangeClock();
    const at = clock.now();
    clock.changed(['sc/participation']);
    expect(clock.unchangedSince(at, ['sc/point', 'sc/opening_hours', 'sv/placement'])).toBe(true);
    expect(clock.unchangedSince(at, ['sc/point', 'sc/participation'])).toBe(false);
    expect(clock.unchangedSince(at, ['sc/*'])).toBe(false);
    expect(clock.unchangedSince(at, ['sv/*'])).toBe(true);
    expect(clock.unchangedSince(at, ['*'])).toBe(false);
    expect(clock.unchangedSince(clock.now(), ['sc/participation'])).toBe(true);
  });

  it('a change of a whole group reaches every table of it; a change of everything, every answer', () => {
    const clock = new ChangeClock();
    const at = clock.now();
    clock.changed(['sc/*']);
    expect(clock.unchangedSince(at, ['sc/point'])).toBe(false);
    expect(clock.unchangedSince(at, ['sv/placement'])).toBe(true);
    clock.changed(['*']);
    expect(clock.unchangedSince(at, ['sv/placement'])).toBe(false);
    expect(clock.unchangedSince(at, [])).toBe(false);
    expect(clock.ofGroup('sc')).toEqual({ tables: {}, all: 2 });
  });

  it('tells a group’s tables with the tick each last changed at', () => {
    const clock = new ChangeClock();
    clock.changed(['sc/point', 'sc/audit_entry']);
    clock.changed(['sv/placement']);
    clock.changed(['sc/point']);
    expect(clock.ofGroup('sc')).toEqual({ tables: { point: 3, audit_entry: 1 }, all: 0 });
  });

  it('does not tick for a write that changed nothing (a dry run), so nothing is emptied and no peer hears a change', () => {
    // Found by review: a tick with no table read, at the gateway, as "all of that subgraph changed".
    const clock = new ChangeClock();
    clock.changed(['sc/point']);
    const at = clock.now();
    clock.changed([]);
    expect(clock.now()).toBe(at);
    expect(clock.unchangedSince(at, ['*'])).toBe(true);
  });
});
