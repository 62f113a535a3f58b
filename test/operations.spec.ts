import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningGateway, startGateway } from '../gateway/gateway.js';
import { freePort } from '../scripts/embedded-postgres.js';
import { HEALTH_PATH, METRICS_PATH, READY_PATH } from '../server/paths.js';
import { variablePrefix } from '../server/subgraph-list.js';
import { levaCivica } from '../subgraphs/leva-civica/subgraph.js';
import { type RunningSubgraph, startSubgraph } from '../subgraphs/shared/server.js';
import { type Hub, operation, post, root, startHub } from './support/hub.js';
import { sample } from './support/metrics.js';
import { scratchDatabase } from './support/scratch-database.js';

// What a city needs to run the hub: probes, metrics, structured logs, and a configuration checked at start.

let hub: Hub;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
});
afterAll(() => hub?.stop());

const at = (url: string, path: string) => url.replace('/graphql', path);

describe('metrics', () => {
  it('count requests by operation name and outcome, and the gateway’s fetches by subgraph', async () => {
    const ok = { operation: 'NetworkHealth', outcome: 'ok' };
    const fetches = { subgraph: 'spazio-comune', outcome: 'ok' };
    const hits = { operation: 'NetworkHealth' };
    const before = await sample(hub.gateway.url, 'graphql_requests_total', ok);
    const fetchesBefore = await sample(hub.gateway.url, 'subgraph_fetch_duration_seconds_count', fetches);
    const hitsBefore = await sample(hub.gateway.url, 'graphql_response_cache_hits_total', hits);
    await hub.query(await operation('NetworkHealth'));
    await hub.query(await operation('NetworkHealth'));
    expect(await sample(hub.gateway.url, 'graphql_requests_total', ok)).toBe(before + 2);
    expect(await sample(hub.gateway.url, 'graphql_request_duration_seconds_count', { operation: 'NetworkHealth' })).toBeGreaterThanOrEqual(
      2,
    );
    // The second is answered from the gateway's response cache: one fetch for the two.
    expect(await sample(hub.gateway.url, 'subgraph_fetch_duration_seconds_count', fetches)).toBe(fetchesBefore + 1);
    expect(await sample(hub.gateway.url, 'graphql_response_cache_hits_total', hits)).toBe(hitsBefore + 1);

    const refused = { operation: 'Wrong', outcome: 'BAD_USER_INPUT' };
    const refusedBefore = await sample(hub.gateway.url, 'graphql_requests_total', refused);
    await hub.query('query Wrong { servizioCivileCall(year: -5) { year } }');
    expect(await sample(hub.gateway.url, 'graphql_requests_total', refused)).toBe(refusedBefore + 1);

    const spazio = hub.subgraphs.find((s) => s.name === 'spazio-comune')?.url ?? '';
    expect(await sample(spazio, 'graphql_requests_total', { service: 'spazio-comune' })).toBeGreaterThan(0);
    const metrics = await (await fetch(at(spazio, METRICS_PATH))).text();
    expect(metrics).toMatch(/^db_pool_connections_total\{service="spazio-comune"\} \d+/m);
    expect(metrics).toMatch(/^process_resident_memory_bytes/m);
  });

  it('count the SQL statements each subgraph sends (what the benchmark divides by the requests)', async () => {
    const leva = hub.subgraphs.find((s) => s.name === 'leva-civica')?.url ?? '';
    const before = await sample(leva, 'db_statements_total', { service: 'leva-civica' });
    // A query the response cache cannot answer: a new argument each time.
    await hub.query(`{ levaCivicaProjects(first: ${1 + (Math.floor(before) % 90)}) { title } }`);
    expect(await sample(leva, 'db_statements_total', { service: 'leva-civica' })).toBeGreaterThan(before);
  });
});

describe('a subgraph’s /ready', () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    database = await scratchDatabase(inject('databaseUrl'), 'ready');
    subgraph = await startSubgraph(levaCivica, { databaseUrl: database.url, port: 0 });
  });
  afterAll(async () => {
    await subgraph?.stop().catch(() => {});
  });

  it('is ready while its database answers, and unready (503) once it stops; /health stays alive', async () => {
    const ready = await fetch(at(subgraph.url, READY_PATH));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', service: 'leva-civica', checks: { database: 'ok' } });
    await database.drop(); // "with (force)": every connection of the subgraph is cut
    const unready = await fetch(at(subgraph.url, READY_PATH));
    expect(unready.status).toBe(503);
    expect((await unready.json()).checks.database).not.toBe('ok');
    expect((await fetch(at(subgraph.url, HEALTH_PATH))).status).toBe(200);
  });
});

describe('the gateway’s /ready', () => {
  const gateways: RunningGateway[] = [];
  afterAll(async () => {
    await Promise.all(gateways.map((g) => g.stop()));
  });
  /** A gateway whose named subgraphs are reached at a port where nothing listens. */
  async function gatewayWithout(down: string[]): Promise<RunningGateway> {
    const nowhere = `http://127.0.0.1:${await freePort()}/graphql`;
    const gateway = await startGateway({
      supergraphSdl: await readFile(`${root}/schema/supergraph.graphql`, 'utf8'),
      subgraphUrls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, down.includes(s.name) ? nowhere : s.url])),
      port: 0,
      examples: [],
    });
    gateways.push(gateway);
    return gateway;
  }
  const ready = async (url: string) => {
    const response = await fetch(at(url, READY_PATH));
    return { status: response.status, body: await response.json() };
  };

  it('is ready when every subgraph answers, with each one’s state in checks', async () => {
    expect(await ready(hub.gateway.url)).toEqual({
      status: 200,
      body: { status: 'ready', service: 'gateway', checks: { 'servizio-civile': 'ok', 'leva-civica': 'ok', 'spazio-comune': 'ok' } },
    });
  });

  it('stays ready (200, degraded) while one subgraph is down, and serves the others’ part of an answer', async () => {
    const gateway = await gatewayWithout(['leva-civica']);
    expect(await ready(gateway.url)).toEqual({
      status: 200,
      body: {
        status: 'degraded',
        service: 'gateway',
        checks: { 'servizio-civile': 'ok', 'leva-civica': 'does not answer', 'spazio-comune': 'ok' },
      },
    });
    const answer = await post(
      gateway.url,
      '{ servizioCivileCall(year: 2022) { totalVolunteers } municipi { number levaCivica { places } } }',
    );
    expect(answer.body.data?.servizioCivileCall.totalVolunteers).toBe(10);
    expect(answer.body.data?.municipi).toHaveLength(9);
    expect(answer.body.data?.municipi[0].levaCivica).toBeNull();
    expect(answer.body.errors?.[0]?.extensions?.serviceName).toBe('leva-civica');
    expect((await fetch(at(gateway.url, HEALTH_PATH))).status).toBe(200);
  });

  it('is unready (503) when no subgraph answers; /health stays alive', async () => {
    const gateway = await gatewayWithout(hub.subgraphs.map((s) => s.name));
    const answer = await ready(gateway.url);
    expect(answer.status).toBe(503);
    expect(answer.body.status).toBe('unready');
    expect(Object.values(answer.body.checks)).toEqual(['does not answer', 'does not answer', 'does not answer']);
    expect((await fetch(at(gateway.url, HEALTH_PATH))).status).toBe(200);
  });
});

describe('the gateway process', () => {
  let gateway: ChildProcess;
  let url = '';
  let output = '';
  beforeAll(async () => {
    execFileSync(process.execPath, [`${root}/node_modules/typescript/bin/tsc`, '-p', `${root}/tsconfig.build.json`], { cwd: root });
    const port = await freePort();
    const { VITEST: _v, VITEST_WORKER_ID: _w, ...env } = process.env;
    gateway = spawn(process.execPath, [`${root}/dist/gateway/main.js`], {
      cwd: root,
      env: {
        ...env,
        PORT: String(port),
        LOG_LEVEL: 'info',
        ...Object.fromEntries(hub.subgraphs.map((s) => [`${variablePrefix(s.name)}_URL`, s.url])),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [gateway.stdout, gateway.stderr]) stream?.on('data', (chunk) => (output += chunk));
    const deadline = Date.now() + 60_000;
    while (!output.includes('gateway ready at') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    url = `http://127.0.0.1:${port}/graphql`;
  });
  afterAll(() => {
    gateway?.kill('SIGTERM');
  });

  it('logs one JSON line per request, with the request id it passes on, and no token or variables', async () => {
    const headers = { 'content-type': 'application/json', authorization: 'Bearer segreto.segreto.segreto', 'x-request-id': 'prova-42' };
    const body = JSON.stringify({ query: await operation('SiteByCode'), variables: { code: '202928' } });
    const response = await fetch(url, { method: 'POST', headers, body });
    expect(response.headers.get('x-request-id')).toBe('prova-42');
    expect((await response.json()).data.servizioCivileSite.code).toBe('202928');
    await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query: '{ servizioCivileCall(year: -5) { year } }' }) });
    await new Promise((r) => setTimeout(r, 300));
    const lines = output
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l));
    const line = lines.find((l) => l.requestId === 'prova-42' && l.operation === 'SiteByCode');
    expect(line).toMatchObject({ service: 'gateway', status: 200, msg: 'graphql request' });
    expect(typeof line.durationMs).toBe('number');
    expect(lines.find((l) => l.requestId === 'prova-42' && l.errors)?.errors).toEqual(['BAD_USER_INPUT']);
    expect(output).not.toContain('segreto');
    expect(output).not.toContain('202928');
    expect(output).not.toMatch(/\bat .+\.js:\d+/);
  });

  it('stops at once on a wrong configuration, naming the variable', () => {
    for (const [variable, value] of [
      ['PORT', 'quattromila'],
      ['HUB_TRUSTED_DOCUMENTS', 'forse'],
      ['SPAZIO_COMUNE_URL', 'not a url'],
      ['HUB_MAX_DEPTH', '-1'],
      ['HUB_CORS_ORIGINS', 'dashboard'],
      ['LOG_LEVEL', 'loud'],
    ]) {
      let failure: { status: number; stderr: string } | null = null;
      try {
        execFileSync(process.execPath, [`${root}/dist/gateway/main.js`], {
          cwd: root,
          env: { ...process.env, [variable as string]: value },
          stdio: 'pipe',
        });
      } catch (error) {
        failure = error as { status: number; stderr: string };
      }
      expect(failure?.status).toBe(2);
      expect(String(failure?.stderr)).toContain(variable);
    }
  });
});
