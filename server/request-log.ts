import type { ApolloServerPlugin } from '@apollo/server';
import { logger } from './logger.js';
import { nameRequestSpan } from './tracing.js';

/** The operation the gateway's readiness check sends each subgraph: logged at debug, not at info, being frequent. */
const READINESS_OPERATION = 'HubReadiness';
export const READINESS_QUERY = JSON.stringify({ query: `query ${READINESS_OPERATION} { __typename }` });

/** What the HTTP layer adds to every context: the request's id, also sent on to the subgraphs. */
export interface RequestIdentity {
  requestId: string;
}

/**
 * One JSON log line per GraphQL request: its id, the operation name, how long it took and the
 * error codes it answered. Never headers, variables or the document, so no token or personal
 * data reaches the log; the stacks of unexpected errors are logged by formatError.
 */
export function useRequestLog(service: string): ApolloServerPlugin<RequestIdentity> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const codes = new Set<string>();
      return {
        async didResolveOperation({ operationName }) {
          nameRequestSpan(operationName);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) codes.add(String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
        },
        async willSendResponse({ operationName, response }) {
          const line = {
            service,
            requestId: contextValue.requestId,
            operation: operationName ?? null,
            status: response.http.status ?? 200,
          };
          logRequest(line, (performance.now() - started) / 1000, [...codes]);
        },
      };
    },
  };
}

/**
 * Writes a request's line, with its duration and error codes: at error level when one was
 * unexpected, at debug for the readiness checks, at info otherwise (server/cached-answer.ts too).
 */
export function logRequest(
  request: { service: string; requestId: unknown; operation: string | null; status: number },
  seconds: number,
  codes: string[],
): void {
  const line = { ...request, durationMs: Math.round(seconds * 10_000) / 10, ...(codes.length > 0 ? { errors: codes } : {}) };
  if (codes.includes('INTERNAL_SERVER_ERROR')) logger.error(line, 'graphql request');
  else if (request.operation === READINESS_OPERATION && codes.length === 0) logger.debug(line, 'graphql request');
  else logger.info(line, 'graphql request');
}
