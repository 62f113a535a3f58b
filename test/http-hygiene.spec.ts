import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { httpOptionsFromEnv } from '../server/http-options.js';
import { type Hub, operation, startHub } from './support/hub.js';

// Compression, a cacheable playground, no X-Powered-By, CSRF prevention and CORS from HUB_CORS_ORIGINS.

let hub: Hub;
const dashboard = 'https://dashboard.comune.milano.it';
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'), { http: httpOptionsFromEnv({ HUB_CORS_ORIGINS: dashboard }) });
});
afterAll(() => hub?.stop());

describe('HTTP hygiene', () => {
  it('sends the playground compressed (brotli or gzip), well under 3 MB on the wire, and cacheable', async () => {
    for (const encoding of ['br', 'gzip']) {
      // fetch would decompress and hide the size: read the raw bytes through node:http.
      const { status, headers, body } = await rawGet(hub.gateway.url, { accept: 'text/html', 'accept-encoding': encoding });
      expect(status).toBe(200);
      expect(headers['content-encoding']).toBe(encoding);
      expect(body.length).toBeLessThan(3 * 1024 * 1024);
      expect(headers['cache-control']).toMatch(/max-age=\d+/);
      expect(headers.etag).toBeTruthy();
      if (encoding === 'gzip') expect(gunzipSync(body).toString()).toContain('Milano Municipal Graph');
    }
  });

  it('compresses GraphQL answers too, and never says X-Powered-By', async () => {
    for (const url of [hub.gateway.url, ...hub.subgraphs.map((s) => s.url)]) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip' },
        body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
      });
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('content-encoding')).toBe('gzip');
    }
  });

  it('refuses a plain GET as a possible CSRF, and runs it with the apollo-require-preflight header', async () => {
    const url = `${hub.gateway.url}?query=${encodeURIComponent('{ municipi { number } }')}`;
    const plain = await fetch(url);
    expect(plain.status).toBe(400);
    const withHeader = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(withHeader.status).toBe(200);
    expect(((await withHeader.json()) as { data: { municipi: unknown[] } }).data.municipi).toHaveLength(9);
  });

  it('allows the origins of HUB_CORS_ORIGINS and no other', async () => {
    const preflight = (origin: string) =>
      fetch(hub.gateway.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,authorization' },
      });
    const allowed = await preflight(dashboard);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(dashboard);
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const query = await hub.query(await operation('NetworkHealth'), {}, { origin: dashboard });
    expect(query.status).toBe(200);
  });
});

async function rawGet(url: string, headers: Record<string, string>) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (c: Buffer) => chunks.push(c));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}
