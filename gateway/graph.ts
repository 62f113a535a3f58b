import { randomUUID } from 'node:crypto';
import type { ApolloServer } from '@apollo/server';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { logger } from '../server/logger.js';
import { sendProblem } from '../server/problem.js';
import type { RequestIdentity } from '../server/request-log.js';
import type { TypedDocumentString } from './isomorphic/graph-documents.generated.js';
import type { GatewayContext } from './subgraph-data-source.js';

/**
 * Runs one of the gateway's typed documents (npm run codegen) and answers its data, typed by the
 * document; throws GraphError when the graph answers errors.
 */
export type RunOperation = <Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables) => Promise<Data>;

/** The errors of an operation the graph refused or could not answer in full. */
export class GraphError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('; '));
  }

  /** True when every error is about the input (a client's fault, not the hub's). */
  get badInput(): boolean {
    return this.errors.every((e) => e.extensions?.code === 'BAD_USER_INPUT');
  }
}

/**
 * Operations run through the gateway's own ApolloServer, as anonymous public reads: the HSDS API and
 * the JSON-LD pages answer from the same query plans, subgraphs and rules as /graphql, with no data
 * access of their own.
 */
export function operationRunner(server: ApolloServer<Omit<GatewayContext, 'requestId'> & RequestIdentity>): RunOperation {
  return async <Data, Variables>(document: TypedDocumentString<Data, Variables>, variables: Variables) => {
    const response = await server.executeOperation(
      { query: document.toString(), variables: variables as Record<string, unknown> },
      { contextValue: { requestId: randomUUID(), anonymous: true } },
    );
    if (response.body.kind !== 'single') throw new Error('incremental delivery is not expected here');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw new GraphError(errors);
    return data as Data;
  };
}

/** Seconds a client is asked to wait (Retry-After) when the graph cannot answer a route: about a subgraph's restart. */
export const GRAPH_RETRY_SECONDS = 5;

/**
 * Express error middleware for the REST routes built on the graph: a refused input answers 400, a graph
 * that cannot answer 503 with Retry-After, always as application/problem+json and never a stack trace.
 */
export const graphErrorAnswer: ErrorRequestHandler = (error, _req, res, _next) => {
  if (error instanceof GraphError && error.badInput) {
    sendProblem(res, 400, error.message);
    return;
  }
  logger.error({ service: 'gateway', err: error instanceof Error ? error.message : String(error) }, 'graph route failed');
  res.setHeader('retry-after', String(GRAPH_RETRY_SECONDS));
  sendProblem(res, 503, 'The graph cannot answer right now.');
};
