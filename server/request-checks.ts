import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, visit } from 'graphql';
import { documentMemo } from './document-memo.js';
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

/** Whether any string or key in a JSON value holds a NUL; with a stack of its own, so that no nesting overflows the call stack. */
function hasNulByte(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return true;
    } else if (Array.isArray(item)) {
      // One by one: spreading an array of a million items would overflow the arguments of push.
      for (const v of item) stack.push(v);
    } else if (item && typeof item === 'object') {
      for (const [key, v] of Object.entries(item)) {
        if (key.includes('\u0000')) return true;
        stack.push(v);
      }
    }
  }
  return false;
}

/** Whether a document (checked once per parsed document: every request of the same text shares it) holds a NUL. */
const nulInDocument = documentMemo<boolean>(1);

function documentHasNulByte(document: DocumentNode): boolean {
  return nulInDocument(document, '', () => walkForNul(document));
}

function walkForNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}
