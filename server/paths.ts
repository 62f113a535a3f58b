/**
 * The paths every server of the hub (the gateway and each subgraph) answers. Probes (Kubernetes
 * liveness and readiness, `npm start`'s wait) and clients take them from here.
 */
export const GRAPHQL_PATH = '/graphql';
/** Alive: the process answers HTTP. Never looks at dependencies. */
export const HEALTH_PATH = '/health';
/** Ready: what the server depends on answers (the gateway: its subgraphs; a subgraph: its database). */
export const READY_PATH = '/ready';
/** Prometheus metrics (prom-client). */
export const METRICS_PATH = '/metrics';
/** A subgraph's stream of data versions (server-sent events), which the gateway's cache follows. */
export const CHANGES_PATH = '/changes';
