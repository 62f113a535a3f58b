import 'reflect-metadata';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import { AUTHORIZATION_HEADER } from '../../server/authorization-header.js';
import { costDirectivesOf } from '../../server/cost-directives.js';
import { type HttpOptions, httpOptionsFromEnv } from '../../server/http-options.js';
import { type RunningServer, serveGraphQL } from '../../server/http-server.js';
import { responseStore } from '../../server/memory-budget.js';
import { invalidationFromEnv, responseCache } from '../../server/response-cache.js';
import { DEFAULT_RESPONSE_CACHE_SECONDS } from '../../server/service-config.js';
import { authChecker } from './auth/auth-checker.js';
import { type AuthConfig, authConfigFromEnv } from './auth/config.js';
import { RequestAuth } from './auth/request-auth.js';
import { tokenVerifier } from './auth/verify.js';
import { changeStream } from './change-stream.js';
import { type Context, createContext } from './context.js';
import { announcedTables, DataChanges } from './data-changes.js';
import { DataReads } from './data-reads.js';
import { buildFederatedSchema } from './federated-schema.js';
import { databasePoolMetrics, openDatabase, openMigratedDatabase, whileHoldingStartupLock } from './orm.js';
import { limitRecords, releaseRecords } from './record-budget.js';
import { demoDataWanted, type SubgraphDefinition } from './subgraph.js';

export interface RunningSubgraph {
  name: string;
  url: string;
  orm: MikroORM;
  stop(): Promise<void>;
}

/** Builds a subgraph's federated schema (no database needed): used by the server and by compose. */
export function subgraphSchema(definition: SubgraphDefinition) {
  return buildFederatedSchema(
    { resolvers: definition.resolvers, orphanedTypes: definition.orphanedTypes, authChecker },
    definition.referenceResolvers,
  );
}

/**
 * Migrates a subgraph's schema and seeds it (idempotently), while holding its startup lock; answers
 * the open ORM. Run by every subgraph as it starts, or alone (`--migrate-only`) before its servers start.
 */
export async function prepareDatabase(
  definition: SubgraphDefinition,
  options: { databaseUrl: string; demoData?: boolean; orm?: Partial<Options> },
): Promise<MikroORM> {
  const seedOptions = { demo: options.demoData ?? demoDataWanted() };
  return whileHoldingStartupLock(definition, options.databaseUrl, async () => {
    const orm = await openDatabase(definition, options.databaseUrl, options.orm);
    await orm.em.fork().transactional((em) => definition.seed(em, seedOptions));
    return orm;
  });
}

/**
 * Starts one subgraph: migrates its schema, seeds it (idempotently) — or, with `migrate: false`, only
 * checks that a migrate step did so — and serves GraphQL through the hub's one HTTP layer
 * (server/http-server.ts), ready when its database answers. Port 0 picks a free port (tests do that).
 */
export async function startSubgraph(
  definition: SubgraphDefinition,
  options: {
    databaseUrl: string;
    port: number;
    host?: string;
    demoData?: boolean;
    /** false: no migration or seed here (a migrate step ran them); refuses to start while migrations are pending. */
    migrate?: boolean;
    orm?: Partial<Options>;
    auth?: AuthConfig;
    http?: HttpOptions;
    /** How long an answer may be kept at most; 0 turns the response cache off. */
    responseCacheSeconds?: number;
    /** How many /changes streams may be open at once (HUB_MAX_CHANGE_STREAMS). */
    maxChangeStreams?: number;
  },
): Promise<RunningSubgraph> {
  const orm =
    options.migrate === false
      ? await openMigratedDatabase(definition, options.databaseUrl, options.orm)
      : await prepareDatabase(definition, options);
  const changes = new DataChanges(options.databaseUrl, definition.databaseSchema, announcedTables(orm.getMetadata()));
  const stream = changeStream(changes, options.maxChangeStreams);
  // What each request reads, from its SQL: its answer is kept until one of those tables changes.
  const reads = new DataReads(announcedTables(orm.getMetadata()));
  reads.follow(orm);
  const tagged = (tables: Set<string> | undefined) => (tables ? [...tables].map((table) => changes.tagOf(table)) : null);
  const http = options.http ?? httpOptionsFromEnv();
  const answers = responseStore(http.memory);
  let server: RunningServer;
  try {
    await changes.start();
    const { schema, sdl } = await subgraphSchema(definition);
    const verifyToken = tokenVerifier(options.auth ?? (await authConfigFromEnv()));
    server = await serveGraphQL<Context>({
      name: definition.name,
      apollo: { schema },
      costDirectives: costDirectivesOf(sdl),
      context: async (req) => createContext(orm.em, new RequestAuth(verifyToken, req.headers[AUTHORIZATION_HEADER])),
      readiness: async () => {
        const connection = await orm.checkConnection();
        return { database: connection.ok ? 'ok' : 'does not answer' };
      },
      plugins: [
        ApolloServerPluginInlineTraceDisabled(),
        {
          // A query's records are counted against HUB_MAX_RECORDS; a write's are not (an import makes thousands).
          async requestDidStart() {
            return {
              async didResolveOperation({ operation, contextValue }) {
                if (operation?.operation === 'query') limitRecords(contextValue.em, http.limits.records);
              },
              async willSendResponse({ contextValue }) {
                releaseRecords(contextValue.em);
              },
            };
          },
        },
        ...responseCache<Context>(changes, {
          seconds: options.responseCacheSeconds ?? DEFAULT_RESPONSE_CACHE_SECONDS,
          cacheControlHeader: true,
          store: answers,
          anonymous: (ctx) => ctx.contextValue.auth.isAnonymous(),
          reads: () => tagged(reads.ofRequest()?.read),
          wrote: () => tagged(reads.ofRequest()?.wrote),
          invalidation: invalidationFromEnv(),
          announce: true,
        }),
      ],
      metrics: (metrics) => {
        databasePoolMetrics(metrics, orm);
        metrics.counterReading(
          'db_statements_total',
          'SQL statements sent to the database since the server started serving.',
          () => reads.statements,
        );
        metrics.gauge(
          'data_changes_listening',
          'Whether the subgraph hears writes to its data (1), so that it may answer from its cache.',
          async () => (changes.listening ? 1 : 0),
        );
      },
      caches: [answers],
      aroundGraphQL: reads.scope,
      routes: stream.routes,
      port: options.port,
      host: options.host,
      http,
    });
  } catch (error) {
    // Nothing left open by a subgraph that could not start.
    await changes.stop();
    await orm.close();
    throw error;
  }
  return {
    name: definition.name,
    url: server.url,
    orm,
    async stop() {
      stream.close();
      await server.stop();
      await changes.stop();
      await orm.close();
    },
  };
}
