import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatError, shortQuote } from './errors.js';
import { logger } from './logger.js';

afterEach(() => vi.restoreAllMocks());

describe('formatError', () => {
  it('keeps a client error’s code and cuts long quotes of the input, logging nothing', () => {
    const log = vi.spyOn(logger, 'error');
    const message = `Cannot query field "${'x'.repeat(5000)}" on type "Query".`;
    const formatted = formatError({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, new GraphQLError(message));
    expect(formatted.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(formatted.message).toBe(`Cannot query field "${'x'.repeat(40)}…" on type "Query".`);
    expect(log).not.toHaveBeenCalled();
  });

  it('hides an unexpected error behind INTERNAL_SERVER_ERROR and logs it with its stack', () => {
    const log = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const error = new Error('relation "spazio_comune.point" does not exist at /srv/hub/dist/x.js:1');
    const formatted = formatError({ message: error.message, path: ['point'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['point'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(log).toHaveBeenCalledWith(expect.objectContaining({ err: error }), 'unexpected error');
  });

  it('quotes short input whole', () => {
    expect(shortQuote('202928')).toBe('202928');
    expect(shortQuote('y'.repeat(100))).toHaveLength(41);
  });
});
