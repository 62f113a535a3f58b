import type { Express, Response } from 'express';
import { CHANGES_PATH } from '../../server/paths.js';
import type { ChangeState } from '../../server/response-cache.js';
import type { DataChanges } from './data-changes.js';

/** How often an idle stream says it is alive; the gateway drops a stream silent three times as long. */
export const HEARTBEAT_MS = 10_000;

/**
 * GET /changes: the subgraph's data version as server-sent events, one `data:` line of JSON
 * (`ChangeState`) now and at every change, and a comment line as a heartbeat. The gateway follows
 * it to know when its cached answers are out of date. `close()` ends the open streams, so that
 * stopping the server does not wait on them.
 */
export function changeStream(changes: DataChanges) {
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
