import { ApolloGateway } from '@apollo/gateway';
import type { HttpOptions } from '../server/http-options.js';
import { type Readiness, type RunningServer, serveGraphQL } from '../server/http-server.js';
import { READINESS_QUERY } from '../server/request-log.js';
import { responseCache } from '../server/response-cache.js';
import { DEFAULT_RESPONSE_CACHE_SECONDS } from '../server/service-config.js';
import { dashboardRouter } from './dashboard/router.js';
import { GraphVersion } from './data-version.js';
import { fetchMetrics } from './fetch-metrics.js';
import { operationRunner } from './graph.js';
import { hsdsRouter } from './hsds/router.js';
import { pointJsonLdRouter } from './jsonld/route.js';
import { type ExampleOperation, useGraphiQL } from './plugins/use-graphiql.js';
import { type GatewayContext, SubgraphDataSource } from './subgraph-data-source.js';

export interface GatewayOptions {
  /** The composed supergraph (schema/supergraph.graphql). */
  supergraphSdl: string;
  /** Where each subgraph answers, by name; a subgraph not named here is reached at the URL in the supergraph. */
  subgraphUrls: Record<string, string>;
  port: number;
  host?: string;
  examples: ExampleOperation[];
  /** Limits, CORS and trusted documents; from the environment unless given. */
  http?: HttpOptions;
  /** How long an answer may be kept at most; 0 turns the response cache off. */
  responseCacheSeconds?: number;
}

export type RunningGateway = RunningServer;

/**
 * The Apollo gateway: plans each query over the checked-in supergraph (no live introspection),
 * forwards the Authorization header and the request id, serves GraphiQL offline, and is ready
 * while at least one subgraph answers (`degraded` until all do). It serves /hsds,
 * /points/{id}.jsonld and /dashboard over the same graph.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const urls = new Map<string, string>();
  const version = new GraphVersion();
  let measured: ReturnType<typeof fetchMetrics> | null = null;
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url ?? '';
      urls.set(name, target);
      version.follow(name, target);
      const source = new SubgraphDataSource(name, target, version);
      return measured ? measured(name, source) : source;
    },
  });
  const server = await serveGraphQL<Omit<GatewayContext, 'requestId'>>({
    name: 'gateway',
    apollo: { gateway },
    context: async (req) => ({ authorization: req.headers.authorization }),
    readiness: () => subgraphsAnswer(urls),
    // Ready while any subgraph answers: a replica with one subgraph down still serves the others' part
    // (partial answers); were it unready, every replica would leave the Service at once.
    readyWhen: 'any',
    // Called before the gateway starts and builds its data sources.
    metrics: (metrics) => {
      measured = fetchMetrics(metrics);
    },
    plugins: [
      useGraphiQL(options.examples),
      ...responseCache<Omit<GatewayContext, 'requestId'>>(version, {
        seconds: options.responseCacheSeconds ?? DEFAULT_RESPONSE_CACHE_SECONDS,
        cacheControlHeader: false,
        mayKeep: (ctx) => !ctx.contextValue.staleSubgraphAnswer,
      }),
    ],
    // The open formats, read through the gateway's own executor: HSDS 3.0, schema.org JSON-LD, the city dashboard.
    routes: (app, apollo) => {
      app.use('/hsds', hsdsRouter(operationRunner(apollo)));
      app.use(pointJsonLdRouter(operationRunner(apollo)));
      app.use('/dashboard', dashboardRouter());
    },
    port: options.port,
    host: options.host,
    http: options.http,
  });
  return {
    ...server,
    async stop() {
      await server.stop();
      await version.stop();
    },
  };
}

/** Each subgraph answers `query HubReadiness { __typename }` within two seconds (through whatever stands in front of it). */
async function subgraphsAnswer(urls: Map<string, string>): Promise<Readiness> {
  const checks = await Promise.all(
    [...urls].map(async ([name, url]) => {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: READINESS_QUERY,
          signal: AbortSignal.timeout(2000),
        });
        return [name, response.ok ? 'ok' : `answered ${response.status}`] as const;
      } catch {
        return [name, 'does not answer'] as const;
      }
    }),
  );
  return Object.fromEntries(checks);
}
