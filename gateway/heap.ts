/**
 * The V8 heap of the gateway process. A gateway keeps little for long, but under load V8's default
 * sizing let its old space grow to about 450 MB before collecting; a 16 MB young generation and a
 * 128 MB old space kept it near 240 MB at the same throughput (npm run bench measures both). The
 * live heap after start is about 60 MB; the caches kept across requests add at most their byte
 * budgets, 34 MB by default (server/memory-budget.ts). Flags that come later in NODE_OPTIONS win,
 * so an operator's own still apply.
 */
export const GATEWAY_HEAP_FLAGS = '--max-old-space-size=128 --max-semi-space-size=16';

/** NODE_OPTIONS for a gateway process: the heap flags, then whatever NODE_OPTIONS already holds. */
export function gatewayNodeOptions(existing = process.env.NODE_OPTIONS ?? ''): string {
  return `${GATEWAY_HEAP_FLAGS} ${existing}`.trim();
}
