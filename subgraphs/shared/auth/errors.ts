import { GraphQLError } from 'graphql';

/** No token, or one that does not verify: the client must (re)authenticate. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } } });
}

/** A valid token without the right to do this. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

/**
 * The keys to verify a token could not be fetched or read: the token is neither good nor bad yet.
 * The client is told to authenticate later; the caches must not take the request for an anonymous one.
 */
export class KeysUnavailableError extends GraphQLError {
  constructor() {
    super('The keys to verify the token could not be fetched; try again later.', {
      extensions: { code: 'UNAUTHENTICATED', http: { status: 200 } },
    });
  }
}
