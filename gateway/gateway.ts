import { ApolloGateway, type GatewayConfig } from '@apollo/gateway';
import { Kind, parse } from 'graphql';
import { AUTHORIZATION_HEADER } from '../server/authorization-header.js';
import { costDirectivesOf } from '../server/cost-directives.js';
import { type HttpOptions, httpOptionsFromEnv } from '../server/http-options.js';
import { type Readiness, type RunningServer, serveGraphQL } from '../server/http-server.js';
import { queryPlanStore, responseStore } from '../server/memory-budget.js';
import { READINESS_QUERY } from '../server/request-log.js';
import { freshAnswer, invalidationFromEnv, responseCache } from '../server/response-cache.js';
import { type BackofficeSignIn, backofficeSignIn, DEFAULT_RESPONSE_CACHE_SECONDS } from '../server/service-config.js';
import type { AuthConfig } from '../subgraphs/shared/auth/config.js';
import { parseScalarsIn } from '../subgraphs/shared/scalars.js';
import { backofficeRouter } from './backoffice/router.js';
import { clientIdentity } from './client-identity.js';
import { dashboardRouter } from './dashboard/router.js';
import { GraphVersion } from './data-version.js';
import { documentIdAsPersistedQuery } from './document-id.js';
import { fetchMetrics } from './fetch-metrics.js';
import { operationRunner } from './graph.js';
import { type ExampleOperation, useGraphiQL } from './plugins/use-graphiql.js';
import { requestToken } from './request-token.js';
import { mountRestApi } from './rest/routes.js';
import { routeCosts } from './route-cost.js';
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
  /** The keys the subgraphs verify tokens with: a verified token's subject is a client of its own for rate limits. */
  auth?: AuthConfig;
  /** How the back office page signs in; from the environment unless given. */
  backofficeSignIn?: BackofficeSignIn;
}

export type RunningGateway = RunningServer;

type QueryPlanCache = NonNullable<NonNullable<GatewayConfig['queryPlannerConfig']>['cache']>;
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache['get']>>>;

/**
 * The Apollo gateway: plans each query over the checked-in supergraph (no live introspection),
 * forwards the Authorization header and the request id, serves GraphiQL offline, and is ready
 * while at least one subgraph answers (`degraded` until all do). It serves the REST API (gateway/rest/),
 * /dashboard and the back office (/backoffice) over the same graph.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const urls = new Map<string, string>();
  const http = options.http ?? httpOptionsFromEnv();
  const version = new GraphVersion();
  let measured: ReturnType<typeof fetchMetrics> | null = null;
  // Query plans and answers are kept within their byte budgets (server/memory-budget.ts).
  const plans = queryPlanStore<QueryPlan>(http.memory);
  const answers = responseStore(http.memory);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    queryPlannerConfig: { cache: plans },
    buildService: ({ name, url }) => {
      const target = options.subgraphUrls[name] ?? url ?? '';
      urls.set(name, target);
      version.follow(name, target);
      const source = new SubgraphDataSource(name, target, version, http.limits.responseBytes);
      return measured ? measured(name, source) : source;
    },
  });
  // The API schema knows the supergraph's scalars by name only: give them their parsing, so that a value a
  // scalar refuses is refused here, once, before any subgraph is asked (the schema Apollo Server validates
  // with and the gateway coerces variables with are this one object).
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => parseScalarsIn(apiSchema));
  const costDirectives = costDirectivesOf(options.supergraphSdl);
  const reserve = routeCosts(options.supergraphSdl, costDirectives);
  const tokenOf = requestToken(options.auth);
  const cacheSeconds = options.responseCacheSeconds ?? DEFAULT_RESPONSE_CACHE_SECONDS;
  const server = await serveGraphQL<Omit<GatewayContext, 'requestId'>>({
    name: 'gateway',
    apollo: { gateway },
    costDirectives,
    identifyClient: clientIdentity(tokenOf),
    context: async (req) => ({ authorization: req.headers[AUTHORIZATION_HEADER], anonymous: (await tokenOf(req)) === null }),
    readiness: () => subgraphsAnswer(urls),
    knownOperations: operationNames(options.examples),
    // Ready while any subgraph answers: a replica with one subgraph down still serves the others' part
    // (partial answers); were it unready, every replica would leave the Service at once.
    readyWhen: 'any',
    // Persisted documents by `documentId`, as the client preset's apps send them.
    aroundGraphQL: documentIdAsPersistedQuery,
    // Called before the gateway starts and builds its data sources.
    metrics: (metrics) => {
      measured = fetchMetrics(metrics);
    },
    plugins: [
      useGraphiQL(options.examples),
      ...responseCache<Omit<GatewayContext, 'requestId'>>(version, {
        seconds: cacheSeconds,
        cacheControlHeader: false,
        store: answers,
        anonymous: (ctx) => ctx.contextValue.anonymous,
        mayKeep: (ctx) => !ctx.contextValue.staleSubgraphAnswer,
        // Every table any subgraph fetch of the answer read: none fetched, none read.
        reads: (ctx) => ctx.contextValue.reads ?? [],
        wrote: (ctx) => ctx.contextValue.wrote ?? [],
        invalidation: invalidationFromEnv(),
      }),
    ],
    // The open formats, read through the gateway's own executor: the REST API (HSDS 3.0, schema.org JSON-LD,
    // the DCAT-AP_IT catalogue, /status), the city dashboard. Each REST request reserves its documents'
    // estimated cost while it runs, and its operations are charged to the route's client as they run
    // (server/rate-limits.ts), once.
    routes: (app, apollo, limitRoute) => {
      mountRestApi(app, operationRunner(apollo), reserve, limitRoute, () => subgraphsAnswer(urls));
      app.use('/dashboard', dashboardRouter());
      app.use('/backoffice', backofficeRouter(options.backofficeSignIn ?? backofficeSignIn()));
    },
    // A kept answer is sent before Apollo's pipeline (server/cached-answer.ts).
    ...(cacheSeconds > 0 ? { findCachedAnswer: (request) => freshAnswer(version, answers, request) } : {}),
    caches: [plans, answers],
    port: options.port,
    host: options.host,
    http,
  });
  return {
    ...server,
    async stop() {
      await server.stop();
      await version.stop();
    },
  };
}

/** The names of the contract operations (the playground's examples), which keep their metrics label. */
function operationNames(examples: ExampleOperation[]): string[] {
  return examples.flatMap(({ query }) =>
    parse(query).definitions.flatMap((d) => (d.kind === Kind.OPERATION_DEFINITION && d.name ? [d.name.value] : [])),
  );
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
