import { defineConfig } from '@graphql-hive/gateway';

/**
 * Hive Gateway with its own response cache, as its documentation (Response Caching) sets it up for
 * public data: one cache for every client (no session), answers kept 5 minutes — as long as our hub
 * keeps its own by default (HUB_RESPONSE_CACHE_SECONDS) — and the plugin's own invalidation, left at
 * its default (the entities a mutation returns are dropped). The cache storage is the CLI's default,
 * in memory under Node. `npm run bench` passes this file's build with `--config-path` to the Hive
 * Gateway of its first pair, so that both gateways keep whole answers.
 */
export const gatewayConfig = defineConfig({
  responseCaching: {
    session: () => null,
    ttl: 5 * 60_000,
  },
});
