import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';

/**
 * One POST to a subgraph over node:http (or node:https, as its URL says), for SubgraphClient. Not
 * undici: undici writes to an idle keep-alive connection only a turn of the event loop later (it
 * first reads what the server may have sent on it), so under load a fetch went out only once every
 * client request of that turn had been read, and the subgraph's time never overlapped that work
 * (measured: 5 ms of a 23 ms cycle of 16 clients; 20–30 % more answers a second without it). What
 * that turn guarded against, a connection the subgraph closed just as it was reused, is handled
 * here: such a query is sent once more on a new connection, and a write never reuses a connection.
 */

/** A subgraph's answer: its status, its headers (lower-case names, one string each) and its body as text. */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** How long a connection to a subgraph may take to open (undici's default, as before). */
export const CONNECT_TIMEOUT_MS = 10_000;

/** A subgraph answer longer than the gateway reads (HUB_MAX_RESPONSE); the data source reports it as SUBGRAPH_RESPONSE_TOO_LARGE. */
export class SubgraphAnswerTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`answered more than ${maxBytes} bytes`);
  }
}

/** A request that never reached its subgraph: no connection was opened, so nothing was written (a write may be sent again). */
export class SubgraphNotConnectedError extends Error {
  constructor(reason: string) {
    super(`no connection to the subgraph (${reason})`);
  }
}

/** A reused keep-alive connection the subgraph had closed: the request was not read, and a query may be sent again. */
export class StaleConnectionError extends Error {
  constructor(readonly code: string) {
    super(`the subgraph had closed the connection (${code})`);
  }
}

/** The errors of a connection the other end closed. */
const CLOSED = new Set(['ECONNRESET', 'EPIPE']);

/**
 * The most connections open at once to one subgraph for queries: past them a fetch waits for one to be
 * free (its own timeout still runs), so a flood of distinct documents reaches a subgraph, whose pool
 * holds 5 database connections, as a queue of this depth and not as that many sockets. Writes go on
 * connections of their own, outside it.
 */
export const MAX_SOCKETS_PER_SUBGRAPH = 64;

// Idle connections are closed a second before the subgraph's own Keep-Alive timeout says (Node reads
// the hint); no socket timeout: the caller's signal (a read's timeout, a write's) is the one limit.
const agentOptions = { keepAlive: true, maxSockets: MAX_SOCKETS_PER_SUBGRAPH };
const agents = { http: new HttpAgent(agentOptions), https: new HttpsAgent(agentOptions) };

/**
 * The connections that have carried a request. Node tells a request it reuses a connection
 * (`reusedSocket`) only when it takes one from the idle pool; one handed straight from a finished
 * request to a waiting one is not told so, and under the cap that is how most are reused.
 */
const carried = new WeakSet<Socket>();

export interface PostOptions {
  signal: AbortSignal;
  /** The most bytes of the answer read: past them, SubgraphAnswerTooLargeError and the rest is not read. */
  maxBytes: number;
  /** A connection of its own, closed after the answer (a write: never sent on a connection the subgraph may be closing). */
  fresh: boolean;
  connectTimeoutMs?: number;
}

/**
 * POSTs `body` and reads the whole answer. Fails with SubgraphNotConnectedError when no connection
 * opened (refused, unreachable, none within the connect timeout, aborted while connecting), with
 * StaleConnectionError when a reused connection was closed before any answer, and otherwise with
 * the error as it came: an abort included, at once when the request still waits for a connection
 * (the caller tells its timeout from it).
 */
export function post(url: string, headers: Record<string, string>, body: string, options: PostOptions): Promise<Answer> {
  const secure = url.startsWith('https:');
  const request = secure ? httpsRequest : httpRequest;
  return new Promise<Answer>((resolve, reject) => {
    let connected = false;
    let answered = false;
    let reused = false;
    let assigned = false;
    let sent: ReturnType<typeof request>;
    try {
      sent = request(url, {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        agent: options.fresh ? false : secure ? agents.https : agents.http,
        signal: options.signal,
      });
    } catch (error) {
      // Refused before anything was sent (a header Node will not write, say).
      reject(new SubgraphNotConnectedError((error as Error).message));
      return;
    }
    // Node settles a request aborted while it waits for a connection only once one reaches it: this settles it now.
    const abortWhileWaiting = () => {
      if (!assigned) reject(options.signal.reason);
    };
    options.signal.addEventListener('abort', abortWhileWaiting, { once: true });
    sent.once('close', () => options.signal.removeEventListener('abort', abortWhileWaiting));
    sent.on('socket', (socket) => {
      assigned = true;
      options.signal.removeEventListener('abort', abortWhileWaiting);
      reused = sent.reusedSocket || carried.has(socket);
      carried.add(socket);
      if (!socket.connecting) {
        connected = true;
        return;
      }
      // Only a new connection has a connect timeout: a reused one is open already (no timer on the hot path).
      const connectTimeoutMs = options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS;
      const connecting = setTimeout(
        () => sent.destroy(new SubgraphNotConnectedError(`none within ${connectTimeoutMs} ms`)),
        connectTimeoutMs,
      );
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        connected = true;
        clearTimeout(connecting);
      });
      sent.once('close', () => clearTimeout(connecting));
    });
    sent.on('response', (response) => {
      answered = true;
      readBounded(response, options.maxBytes).then(
        (text) => resolve({ status: response.statusCode ?? 0, headers: flatHeaders(response.headers), body: text }),
        reject,
      );
    });
    sent.on('error', (error: NodeJS.ErrnoException) => {
      if (!assigned) reject(error);
      else if (!connected)
        reject(error instanceof SubgraphNotConnectedError ? error : new SubgraphNotConnectedError(error.code ?? error.message));
      else if (reused && !answered && error.code && CLOSED.has(error.code)) reject(new StaleConnectionError(error.code));
      else reject(error);
    });
    sent.end(body);
  });
}

/** The body as text, or SubgraphAnswerTooLargeError as soon as it passes maxBytes (the rest is not read). */
async function readBounded(response: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(response.headers['content-length'] ?? 0);
  const chunks: Buffer[] = [];
  let size = 0;
  if (!(declared > maxBytes)) {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) break;
      chunks.push(chunk);
    }
  }
  if (declared > maxBytes || size > maxBytes) {
    response.destroy();
    throw new SubgraphAnswerTooLargeError(maxBytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Node's headers (a list where a header came more than once) as one string each, as Apollo's data source reads them. */
function flatHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}
