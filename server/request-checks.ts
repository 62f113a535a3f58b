import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit } from 'graphql';
import { requestError, shortQuote } from './errors.js';

/**
 * What the GraphQL-over-HTTP specification calls a request error, caught before execution and
 * answered 400 with a code, the same on the gateway and on every subgraph (the gateway would
 * otherwise answer some of them 500): an operation name that names no operation, several
 * operations without a name, a subscription (the hub serves none), and strings with NUL bytes,
 * which PostgreSQL cannot store and which no source of ours contains.
 */
export function useRequestChecks(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) {
            const names = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
            if (request.operationName != null) {
              throw requestError(
                `No operation named "${shortQuote(request.operationName)}" in the document.`,
                'OPERATION_RESOLUTION_FAILURE',
              );
            }
            throw requestError(
              names > 1
                ? 'The document has several operations: say which one to run with operationName.'
                : 'The document has no operation.',
              'OPERATION_RESOLUTION_FAILURE',
            );
          }
          if (operation.operation === 'subscription') {
            throw requestError('Subscriptions are not supported: use a query.', 'BAD_REQUEST');
          }
          if (hasNulByte(request.variables) || documentHasNulByte(document)) {
            throw requestError('Strings may not contain NUL characters (\\u0000).', 'BAD_USER_INPUT');
          }
        },
      };
    },
  };
}

function hasNulByte(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(hasNulByte);
  if (value && typeof value === 'object') return Object.entries(value).some(([key, v]) => key.includes('\u0000') || hasNulByte(v));
  return false;
}

function documentHasNulByte(document: Parameters<typeof visit>[0]): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}
