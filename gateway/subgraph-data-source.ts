import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { injectTraceContext } from '../server/tracing.js';

export interface GatewayContext {
  authorization?: string;
  requestId?: string;
}

/**
 * How the gateway talks to one subgraph: it passes the client's Authorization header on, and when
 * the subgraph cannot be reached it reports SUBGRAPH_UNAVAILABLE with the subgraph's name, not the
 * subgraph's internal URL and raw HTTP response.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
  ) {
    super({ url });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
    if ('requestId' in context && context.requestId) request.http?.headers.set('x-request-id', context.requestId);
    injectTraceContext(request.http?.headers);
  }

  override didEncounterError(error: Error): void {
    console.error(`subgraph ${this.serviceName}: ${error.message}`);
    throw new GraphQLError(`The ${this.serviceName} part of the graph is unavailable right now; the rest of the answer is complete.`, {
      extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
    });
  }
}
