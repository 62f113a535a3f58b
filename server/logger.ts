import { pino } from 'pino';
import { AUTHORIZATION_HEADER } from './authorization-header.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function level(): string {
  const wanted = process.env.LOG_LEVEL;
  if (wanted && (LOG_LEVELS as readonly string[]).includes(wanted)) return wanted;
  return process.env.VITEST ? 'silent' : 'info';
}

/**
 * The structured JSON log of every server of the hub, one line per event. Requests are logged by
 * the request log plugin with their id, operation name, duration and error codes — never headers,
 * variables or tokens. LOG_LEVEL (default info; silent under the tests) chooses how much.
 */
export const logger = pino({
  level: level(),
  redact: [AUTHORIZATION_HEADER, `*.${AUTHORIZATION_HEADER}`, `*.headers.${AUTHORIZATION_HEADER}`],
});
