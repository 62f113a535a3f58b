import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError, Kind } from 'graphql';
import { logger } from './logger.js';

/** How much of a client's input an error message may quote. */
const QUOTE_LIMIT = 40;
const MESSAGE_LIMIT = 300;

/** A request the client got wrong: answered with `status` and `code`, before any execution. */
export function requestError(message: string, code: string, status = 400, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status } } });
}

/** The body of an answer that never reached GraphQL (a body that is not JSON, too large…). */
export function errorBody(message: string, code: string): { errors: GraphQLFormattedError[] } {
  return { errors: [{ message, extensions: { code } }] };
}

/** At most a short prefix of what a client sent, for error messages and logs. */
export function shortQuote(text: string): string {
  return text.length <= QUOTE_LIMIT ? text : `${text.slice(0, QUOTE_LIMIT)}…`;
}

/** Messages echo the client's input (field names, values): long quotes are cut to a prefix. */
function shortened(message: string): string {
  const quoted = message.replace(/"((?:[^"\\]|\\.){41,}?)"/g, (_all, inside: string) => `"${shortQuote(inside)}"`);
  return quoted.length <= MESSAGE_LIMIT ? quoted : `${quoted.slice(0, MESSAGE_LIMIT)}…`;
}

/**
 * Apollo Server refuses these automatic-persisted-query mistakes with 400 and no code (which would be
 * answered as INTERNAL_SERVER_ERROR): each gets a PERSISTED_QUERY_* code of its own, as Apollo's
 * PERSISTED_QUERY_NOT_FOUND (the registration step of the protocol, answered 200 for Apollo Client's link
 * to send the document) and PERSISTED_QUERY_NOT_SUPPORTED have.
 */
const PERSISTED_QUERY_ERRORS: Record<string, { code: string; message: string }> = {
  'provided sha does not match query': {
    code: 'PERSISTED_QUERY_HASH_MISMATCH',
    message: 'The persisted query’s sha256Hash is not the sha256 of the query sent with it.',
  },
  'Unsupported persisted query version': {
    code: 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED',
    message: 'Unsupported persisted query version: this hub speaks version 1.',
  },
};

/**
 * Shapes every error before it leaves a server. Errors raised on purpose (GraphQLError, and the
 * server's own parse and validation errors) keep their code and a message cut to a short quote of
 * the input; anything unexpected becomes a plain INTERNAL_SERVER_ERROR, with no message or stack
 * that could leak SQL or paths. The original is logged on the server, with its stack.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const persistedQuery = PERSISTED_QUERY_ERRORS[formatted.message];
  if (persistedQuery && formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    return { message: persistedQuery.message, extensions: { code: persistedQuery.code } };
  }
  if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    // Apollo files a limit's refusal (server/limits.ts) under GRAPHQL_VALIDATION_FAILED; it has a code of its own.
    if (extensions.limit) extensions.code = 'QUERY_LIMIT_EXCEEDED';
    // A variable its type refused (graphql-js names it in the message): named for programs too, as an argument is.
    const variable = original instanceof GraphQLError ? original.nodes?.[0] : undefined;
    if (extensions.code === 'BAD_USER_INPUT' && variable?.kind === Kind.VARIABLE_DEFINITION) {
      extensions.variableName = variable.variable.name.value;
    }
    return { ...formatted, message: shortened(formatted.message), extensions };
  }
  logger.error({ err: original, path: formatted.path }, 'unexpected error');
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
