import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { GRAPHQL_PATH, HEALTH_PATH, METRICS_PATH, READY_PATH } from '../server/paths.js';
import { type Hub, operation, startHub } from './support/hub.js';
import { recordingProxy } from './support/recording-proxy.js';

// What the gateway adds to the subgraphs: the offline playground, header forwarding, health, and
// partial answers when a subgraph is down.

let hub: Hub;
let levaCivicaUrl = '';
const proxy = recordingProxy(() => levaCivicaUrl);

beforeAll(async () => {
  const proxyUrl = await proxy.listen();
  hub = await startHub(inject('databaseUrl'), {
    override: (running) => {
      levaCivicaUrl = running.find((s) => s.name === 'leva-civica')?.url ?? '';
      return { 'leva-civica': proxyUrl };
    },
  });
});
afterAll(async () => {
  await hub?.stop();
  await proxy.close();
});

describe('gateway', () => {
  it('serves GraphiQL from the gateway itself, with no request to any outside address', async () => {
    const response = await fetch(hub.gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('YogaGraphiQL.renderYogaGraphiQL');
    expect(html).toContain('Milano Municipal Graph');
    // Nothing is loaded from elsewhere: no external script, stylesheet, font or fetch target.
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="https?:|@import\s+url\(["']?https?:|fetch\(["']https?:/);
    // The contract operations are there, ready to run.
    expect(html).toContain('query CityOverview');
    expect(html).toContain('query NetworkHealth');
  });

  it('answers /health, and /ready: degraded (still 200) while one subgraph is down', async () => {
    const at = (path: string) => fetch(hub.gateway.url.replace(GRAPHQL_PATH, path));
    expect(await (await at(HEALTH_PATH)).json()).toEqual({ status: 'ok', service: 'gateway' });
    const ready = await at(READY_PATH);
    expect(ready.status).toBe(200);
    expect((await ready.json()).checks).toEqual({ 'servizio-civile': 'ok', 'leva-civica': 'ok', 'spazio-comune': 'ok' });
    proxy.setDown(true);
    try {
      // The replica stays in the Service: the other subgraphs' part is still served (partial answers).
      const degraded = await at(READY_PATH);
      expect(degraded.status).toBe(200);
      const body = await degraded.json();
      expect(body.status).toBe('degraded');
      expect(body.checks['leva-civica']).toBe('answered 503');
      expect((await at(HEALTH_PATH)).status).toBe(200);
    } finally {
      proxy.setDown(false);
    }
  });

  it('forwards the client’s Authorization header and the request id to the subgraphs', async () => {
    proxy.seen.length = 0;
    const response = await hub.query(
      await operation('LevaCivicaProjects'),
      {},
      { authorization: 'Bearer prova-123', 'x-request-id': 'req-7' },
    );
    expect(response.body.errors).toBeUndefined();
    expect(proxy.seen.map((r) => r.headers.authorization)).toContain('Bearer prova-123');
    // …and the request id, so that the subgraphs' log lines join the gateway's.
    expect(proxy.seen.map((r) => r.headers['x-request-id'])).toContain('req-7');
  });

  it('keeps the other subgraphs’ data when one subgraph is down', async () => {
    proxy.setDown(true);
    try {
      const response = await hub.query(await operation('CityOverview'), { callYear: 2022 });
      expect(response.status).toBe(200);
      const municipi = response.body.data?.municipi as any[];
      expect(municipi).toHaveLength(9);
      expect(municipi.every((m) => m.levaCivica === null)).toBe(true);
      expect(municipi.find((m) => m.number === 2).servizioCivile.volunteers).toBe(3);
      expect(municipi.find((m) => m.number === 2).spazioComune.code).toBe('SPAZIO COMUNE.2');
      expect(response.body.errors?.[0]?.extensions).toEqual({ code: 'SUBGRAPH_UNAVAILABLE', serviceName: 'leva-civica' });
      expect(JSON.stringify(response.body.errors)).not.toContain('127.0.0.1');
      expect(JSON.stringify(response.body)).not.toMatch(/stacktrace/);
      const metrics = await (await fetch(hub.gateway.url.replace(GRAPHQL_PATH, METRICS_PATH))).text();
      expect(metrics).toMatch(/^subgraph_fetch_errors_total\{subgraph="leva-civica",service="gateway"\} [1-9]/m);
    } finally {
      proxy.setDown(false);
    }
  });
});
