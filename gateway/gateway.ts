import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { formatError } from '../subgraphs/shared/errors.js';
import { dashboardRouter } from './dashboard/router.js';
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
}

export interface RunningGateway {
  url: string;
  stop(): Promise<void>;
}

/**
 * The Apollo gateway: plans each query over the checked-in supergraph (no live introspection),
 * forwards the Authorization header, serves GraphiQL offline and answers /health; serves /hsds, /points/{id}.jsonld
 * and /dashboard over the same graph.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) => new SubgraphDataSource(name, options.subgraphUrls[name] ?? url ?? ''),
  });
  const app = express();
  const httpServer = createServer(app);
  const server = new ApolloServer<GatewayContext>({
    gateway,
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), useGraphiQL(options.examples)],
  });
  await server.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(server, { context: async ({ req }) => ({ authorization: req.headers.authorization }) }),
  );
  // The open formats, read through the gateway's own executor: HSDS 3.0, schema.org JSON-LD, the city dashboard.
  app.use('/hsds', hsdsRouter(operationRunner(server)));
  app.use(pointJsonLdRouter(operationRunner(server)));
  app.use('/dashboard', dashboardRouter());

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://localhost:${port}/graphql`,
    stop: () => server.stop(),
  };
}
