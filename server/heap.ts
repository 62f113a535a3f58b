/**
 * The V8 heap of each process, so that its memory has a bound one can state (README, "Memory bound").
 * Flags that come later in NODE_OPTIONS win, so an operator's own still apply.
 *
 * The gateway keeps little for long, but under load V8's default sizing let its old space grow to
 * about 450 MB before collecting; a 16 MB young generation and a 128 MB old space kept it near 240 MB
 * at the same throughput (npm run bench measures both). Its live heap after start is about 60 MB; the
 * caches kept across requests add at most their byte budgets, 34 MB by default (server/memory-budget.ts).
 */
export const GATEWAY_HEAP_FLAGS = '--max-old-space-size=128 --max-semi-space-size=16';

/**
 * A subgraph: about 30 MB of live heap after start, at most 26 MB of caches, and the requests in flight —
 * an import of 10,000 points among them. Without a bound V8 let garbage pile up to 350 MB before
 * collecting (three subgraphs in one process, under a flood of distinct documents).
 */
export const SUBGRAPH_HEAP_FLAGS = '--max-old-space-size=256 --max-semi-space-size=16';

/** NODE_OPTIONS for a gateway process: the heap flags, then whatever NODE_OPTIONS already holds. */
export function gatewayNodeOptions(existing = process.env.NODE_OPTIONS ?? ''): string {
  return `${GATEWAY_HEAP_FLAGS} ${existing}`.trim();
}

/** NODE_OPTIONS for a subgraph process: the heap flags, then whatever NODE_OPTIONS already holds. */
export function subgraphNodeOptions(existing = process.env.NODE_OPTIONS ?? ''): string {
  return `${SUBGRAPH_HEAP_FLAGS} ${existing}`.trim();
}
