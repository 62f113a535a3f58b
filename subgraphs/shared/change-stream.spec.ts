import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANGES_PATH } from '../../server/paths.js';
import type { ChangeState } from '../../server/response-cache.js';
import { changeStream } from './change-stream.js';

// /changes holds a socket per stream: a subgraph keeps at most a configured number open.

const state = { instance: 'test', generation: 1 } as unknown as ChangeState;
const changes = { state, watch: () => () => {} };
let server: Server;
const opened: AbortController[] = [];

afterEach(async () => {
  for (const controller of opened.splice(0)) controller.abort();
  await new Promise((resolve) => server?.close(resolve));
});

async function serve(max: number): Promise<string> {
  const app = express();
  changeStream(changes, max).routes(app);
  server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}${CHANGES_PATH}`;
}

async function open(url: string): Promise<{ response: Response; controller: AbortController }> {
  const controller = new AbortController();
  opened.push(controller);
  return { response: await fetch(url, { signal: controller.signal }), controller };
}

describe('the change stream', () => {
  it('refuses a stream over the maximum with 503, Retry-After and a JSON error, and takes one again once a stream closes', async () => {
    const url = await serve(2);
    const first = await open(url);
    const second = await open(url);
    expect([first.response.status, second.response.status]).toEqual([200, 200]);
    expect(first.response.headers.get('content-type')).toBe('text/event-stream');

    const refused = await open(url);
    expect(refused.response.status).toBe(503);
    expect(refused.response.headers.get('retry-after')).toBe('5');
    expect((await refused.response.json()).errors[0].extensions.code).toBe('TOO_MANY_STREAMS');

    first.controller.abort();
    // The server hears the close a moment later.
    let again = await open(url);
    for (let tries = 0; again.response.status !== 200 && tries < 50; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      again = await open(url);
    }
    expect(again.response.status).toBe(200);
  });
});
