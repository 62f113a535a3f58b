/**
 * Error codes of a request that never reached its server (Node's and undici's): no connection was
 * made, so nothing can have been written. Any other failure after a write was sent leaves its
 * outcome unknown. Shared by the gateway (a write to a subgraph) and `npm run import` (a write to
 * the gateway), so both tell "not sent" from "sent, no answer" the same way.
 */
export const NOT_SENT: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);
