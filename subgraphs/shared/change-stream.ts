import type { Express, Response } from 'express';
import { errorBody } from '../../server/errors.js';
import { CHANGES_PATH } from '../../server/paths.js';
import type { ChangeState } from '../../server/response-cache.js';
import { DEFAULT_MAX_CHANGE_STREAMS } from '../../server/service-config.js';
import type { DataChanges } from './data-changes.js';

/** How often an idle stream says it is alive; the gateway drops a stream silent three times as long. */
export const HEARTBEAT_MS = 10_000;

/** When a refused client may try again, in seconds. */
const RETRY_AFTER_SECONDS = 5;

/**
 * GET /changes: the subgraph's data version as server-sent events, one `data:` line of JSON
 * (`ChangeState`) now and at every change, and a comment line as a heartbeat. The gateway follows
 * it to know when its cached answers are out of date. At most `max` streams are open at once (each
 * holds a socket and a listener; each gateway replica needs one, so the default of 64 leaves room to
 * scale): one more is refused with 503 and Retry-After.
 * `close()` ends the open streams, so that stopping the server does not wait on them.
 */
export function changeStream(changes: Pick<DataChanges, 'state' | 'watch'>, max = DEFAULT_MAX_CHANGE_STREAMS) {
  const open = new Set<Response>();
  let closed = false;
  return {
    routes(app: Express): void {
      app.get(CHANGES_PATH, (req, res) => {
        // Stopping: a new stream would hold the server's drain open until its grace period ends.
        if (closed) {
          res.status(503).json({ status: 'stopping' });
          return;
        }
        if (open.size >= max) {
          res
            .status(503)
            .setHeader('retry-after', String(RETRY_AFTER_SECONDS))
            .json(errorBody(`This subgraph serves at most ${max} change streams at once.`, 'TOO_MANY_STREAMS'));
          return;
        }
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        const send = (state: ChangeState) => write(res, `data: ${JSON.stringify(state)}\n\n`);
        send(changes.state);
        const unwatch = changes.watch(send);
        const heartbeat = setInterval(() => write(res, ':\n\n'), HEARTBEAT_MS);
        open.add(res);
        req.on('close', () => {
          unwatch();
          clearInterval(heartbeat);
          open.delete(res);
        });
      });
    },
    close(): void {
      closed = true;
      for (const res of open) res.end();
    },
  };
}

/** Writes and flushes past the compression middleware, which would otherwise hold small events back. */
function write(res: Response, text: string): void {
  res.write(text);
  (res as Response & { flush?: () => void }).flush?.();
}
