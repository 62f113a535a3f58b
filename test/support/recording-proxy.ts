import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SeenRequest {
  headers: IncomingHttpHeaders;
  body: string;
  /** Which TCP connection carried it (1, 2, …, in the order they were opened). */
  connection: number;
}

/**
 * A real HTTP proxy in front of one subgraph that records what the gateway sends it. It can act
 * down (answers 503), slow (holds each request before passing it on) or hung (never answers); or
 * pass the request on and then hold the subgraph's answer (answerDelayMs) or drop the connection
 * instead of answering (dropAnswer): the subgraph did the work, the gateway never hears of it.
 */
export function recordingProxy(target: () => string) {
  const seen: SeenRequest[] = [];
  const mode = { down: false, hung: false, delayMs: 0, answerDelayMs: 0, dropAnswer: false };
  const connectionIds = new WeakMap<Socket, number>();
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    seen.push({ headers: req.headers, body, connection: connectionIds.get(req.socket) ?? 0 });
    if (mode.hung) return;
    if (mode.down) {
      res.writeHead(503).end('down');
      return;
    }
    if (mode.delayMs) await new Promise((resolve) => setTimeout(resolve, mode.delayMs));
    const upstream = await fetch(target(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) },
      body,
    });
    const answer = await upstream.text();
    if (mode.dropAnswer) {
      req.socket.destroy();
      return;
    }
    if (mode.answerDelayMs) await new Promise((resolve) => setTimeout(resolve, mode.answerDelayMs));
    res.writeHead(upstream.status, { 'content-type': 'application/json' }).end(answer);
  });
  let opened = 0;
  server.on('connection', (socket: Socket) => {
    opened += 1;
    connectionIds.set(socket, opened);
  });
  return {
    seen,
    mode,
    /** Forgets what was seen and goes back to passing every request straight on. */
    reset() {
      seen.length = 0;
      Object.assign(mode, { down: false, hung: false, delayMs: 0, answerDelayMs: 0, dropAnswer: false });
    },
    setDown: (value: boolean) => {
      mode.down = value;
    },
    listen: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`)),
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
