import 'reflect-metadata';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM, Options } from '@mikro-orm/postgresql';
import express from 'express';
import { authChecker } from './auth/auth-checker.js';
import { type AuthConfig, authConfigFromEnv } from './auth/config.js';
import { RequestAuth } from './auth/request-auth.js';
import { tokenVerifier } from './auth/verify.js';
import { type Context, createContext } from './context.js';
import { formatError } from './errors.js';
import { buildFederatedSchema } from './federated-schema.js';
import { openDatabase } from './orm.js';
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
 * Starts one subgraph: migrates its schema, seeds it (idempotently), and serves GraphQL at /graphql
 * and a readiness probe at /health. Port 0 picks a free port (tests do that).
 */
export async function startSubgraph(
  definition: SubgraphDefinition,
  options: { databaseUrl: string; port: number; host?: string; demoData?: boolean; orm?: Partial<Options>; auth?: AuthConfig },
): Promise<RunningSubgraph> {
  const orm = await openDatabase(definition, options.databaseUrl, options.orm);
  const seedOptions = { demo: options.demoData ?? demoDataWanted() };
  await orm.em.fork().transactional((em) => definition.seed(em, seedOptions));
  const { schema } = await subgraphSchema(definition);
  const verifyToken = tokenVerifier(options.auth ?? (await authConfigFromEnv()));

  const app = express();
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const alive = await orm.checkConnection();
    res.status(alive.ok ? 200 : 503).json({ status: alive.ok ? 'ok' : 'database unreachable', subgraph: definition.name });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(orm.em, new RequestAuth(verifyToken, req.headers.authorization)),
    }),
  );

  await listen(httpServer, options.port, options.host ?? '127.0.0.1');
  const { port } = httpServer.address() as AddressInfo;
  return {
    name: definition.name,
    url: `http://127.0.0.1:${port}/graphql`,
    orm,
    async stop() {
      await apollo.stop();
      await close(httpServer);
      await orm.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}
