import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SubgraphClient, SubgraphTimeoutError, WriteOutcomeUnknownError } from './subgraph-client.js';
import { MAX_SOCKETS_PER_SUBGRAPH, SubgraphAnswerTooLargeError, SubgraphNotConnectedError } from './subgraph-http.js';

// The gateway's HTTP to the subgraphs (subgraph-http.ts), against small servers that misbehave on purpose.

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A server on a free port; `handle` sees each request with how many requests its connection carried before. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, before: number) => void) {
  const requests = new Map<Socket, number>();
  const server = createServer((req, res) => {
    const before = requests.get(req.socket) ?? 0;
    requests.set(req.socket, before + 1);
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => {
      Object.assign(req, { body });
      handle(req, res, before);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

const query = (name: string) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `query{${name}}` }) });
const mutation = (name: string) => ({
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: `mutation{${name}}` }),
});
const ok = (res: ServerResponse, text = '{"data":{}}') => res.writeHead(200, { 'content-type': 'application/json' }).end(text);

describe('the connection to a subgraph', () => {
  it('sends a query again on a new connection when the subgraph had closed the reused one, and never reuses one for a write', async () => {
    // Every connection's second request is dropped unread, as by a subgraph closing an idle connection just as it is reused.
    const arrivals: string[] = [];
    const subgraph = await serve((req, res, before) => {
      arrivals.push(`${(req as IncomingMessage & { body: string }).body.slice(10, -2)}${before === 0 ? '' : ' (dropped)'}`);
      if (before === 0) ok(res);
      else res.socket?.destroy();
    });
    const client = new SubgraphClient(2_000);
    expect(await (await client.fetch(subgraph.url, query('a'))).text()).toBe('{"data":{}}');
    expect(await (await client.fetch(subgraph.url, query('b'))).text()).toBe('{"data":{}}');
    // A write goes on a connection of its own each time: it is never the second request of a connection, nor sent twice.
    for (const name of ['c', 'd', 'e']) expect((await client.fetch(subgraph.url, mutation(name))).status).toBe(200);
    expect(arrivals).toEqual(['query{a}', 'query{b} (dropped)', 'query{b}', 'mutation{c}', 'mutation{d}', 'mutation{e}']);
  });

  it('opens at most MAX_SOCKETS_PER_SUBGRAPH connections to a subgraph for queries, and answers every one past them in turn', async () => {
    let open = 0;
    let most = 0;
    let opened = 0;
    const subgraph = await serve((_req, res) => setTimeout(() => ok(res), 50));
    subgraph.server.on('connection', (socket: Socket) => {
      opened += 1;
      open += 1;
      most = Math.max(most, open);
      socket.once('close', () => {
        open -= 1;
      });
    });
    const client = new SubgraphClient(10_000);
    // Distinct documents, so that none shares another's fetch.
    const answers = await Promise.all(
      Array.from({ length: 3 * MAX_SOCKETS_PER_SUBGRAPH }, async (_, i) => (await client.fetch(subgraph.url, query(`q${i}`))).status),
    );
    expect(answers).toEqual(answers.map(() => 200));
    expect(most).toBe(MAX_SOCKETS_PER_SUBGRAPH);
    // The queries past them went on the same connections, handed on as each answer ended.
    expect(opened).toBe(MAX_SOCKETS_PER_SUBGRAPH);
  });

  it('tells a query still waiting for a connection that its time is up at once, as a timeout', async () => {
    const silent = await serve(() => {}); // reads every query, never answers
    const patient = new SubgraphClient(5_000);
    const holding = Array.from({ length: MAX_SOCKETS_PER_SUBGRAPH }, (_, i) =>
      patient.fetch(silent.url, query(`h${i}`)).catch((e: Error) => e),
    );
    let settled = 0;
    for (const held of holding) void held.then(() => settled++);
    const waiting = await new SubgraphClient(200).fetch(silent.url, query('w')).catch((e: Error) => e);
    // When its own time is up, not when a connection frees (the others' 5 s).
    expect({ waiting, settled }).toEqual({ waiting: expect.any(SubgraphTimeoutError), settled: 0 });
    silent.server.closeAllConnections();
    await Promise.all(holding);
  });

  it('sends a query again when the connection handed on to it had been closed by the subgraph', async () => {
    // Each connection's second request is dropped unread. Past the cap, a connection goes straight from one
    // query to the next waiting one, and Node does not tell that query it reuses a connection.
    const subgraph = await serve((_req, res, before) => {
      if (before === 0) setTimeout(() => ok(res), 20);
      else res.socket?.destroy();
    });
    const client = new SubgraphClient(10_000);
    const answers = await Promise.all(
      Array.from({ length: MAX_SOCKETS_PER_SUBGRAPH + 8 }, async (_, i) => (await client.fetch(subgraph.url, query(`r${i}`))).status),
    );
    expect(answers).toEqual(answers.map(() => 200));
  });

  it('tells a write that never left (nothing listens, or Node would not send it) from one left without an answer', async () => {
    const closed = await serve(() => {});
    const url = closed.url;
    servers.pop()?.close();
    const client = new SubgraphClient(2_000, () => null, 2_000);
    await expect(client.fetch(url, mutation('a'))).rejects.toBeInstanceOf(SubgraphNotConnectedError);
    const subgraph = await serve(() => {}); // reads the write, never answers
    await expect(client.fetch(subgraph.url, { ...mutation('b'), headers: { 'x-bad': 'a\nb' } })).rejects.toBeInstanceOf(
      SubgraphNotConnectedError,
    );
    await expect(client.fetch(subgraph.url, mutation('c'))).rejects.toBeInstanceOf(WriteOutcomeUnknownError);
  });

  it('speaks TLS to an https URL', async () => {
    // A plain HTTP server: the TLS handshake fails, so no connection opens (node:http alone would refuse the protocol).
    const subgraph = await serve((_req, res) => ok(res));
    const error = await new SubgraphClient(2_000).fetch(subgraph.url.replace('http:', 'https:'), query('a')).catch((e: Error) => e);
    expect(error).toBeInstanceOf(SubgraphNotConnectedError);
    expect((error as Error).message).not.toMatch(/not supported|INVALID_PROTOCOL/);
  });

  it('times out a body that stops halfway, and never hands over part of it', async () => {
    const subgraph = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":{"a":"');
    });
    await expect(new SubgraphClient(300).fetch(subgraph.url, query('a'))).rejects.toBeInstanceOf(SubgraphTimeoutError);
  });

  it('stops reading an answer past the byte bound, whether or not it says its length', async () => {
    const big = `{"data":{"a":"${'x'.repeat(5_000)}"}}`;
    const chunked = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(big.slice(0, 2_500));
      res.end(big.slice(2_500));
    });
    const declared = await serve((_req, res) => ok(res, big));
    const client = new SubgraphClient(2_000, () => null, 2_000, 1_000);
    await expect(client.fetch(chunked.url, query('a'))).rejects.toBeInstanceOf(SubgraphAnswerTooLargeError);
    await expect(client.fetch(declared.url, query('a'))).rejects.toBeInstanceOf(SubgraphAnswerTooLargeError);
    expect(await (await new SubgraphClient(2_000).fetch(chunked.url, query('a'))).text()).toBe(big);
  });

  it('sends the length of the body in bytes, and passes on each header, repeated ones joined', async () => {
    const subgraph = await serve((req, res) => {
      const body = (req as IncomingMessage & { body: string }).body;
      res.setHeader('x-seen', [req.headers['content-length'] ?? '', String(Buffer.byteLength(body))]);
      ok(res);
    });
    const sent = query('città');
    expect(Buffer.byteLength(sent.body)).toBe(sent.body.length + 1);
    const response = await new SubgraphClient(2_000).fetch(subgraph.url, sent);
    expect(response.headers.get('x-seen')).toBe(`${Buffer.byteLength(sent.body)}, ${Buffer.byteLength(sent.body)}`);
  });
});
