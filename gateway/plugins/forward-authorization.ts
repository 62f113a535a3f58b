import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';

export interface GatewayContext {
  authorization?: string;
}

/** A subgraph data source that passes the client's Authorization header on to the subgraph. */
export class ForwardAuthorizationDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if ('authorization' in context && context.authorization) request.http?.headers.set('authorization', context.authorization);
  }
}
