import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Router } from 'express';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { catalogRouter } from '../gateway/catalog/router.js';
import type { RunOperation } from '../gateway/graph.js';
import { hsdsRouter } from '../gateway/hsds/router.js';
import { pointJsonLdRouter } from '../gateway/jsonld/route.js';
import { OPENAPI_FILE, openApiDocument, REST_MOUNTS, STATUS_PATH } from '../gateway/rest/openapi.js';
import { CATALOG_ROUTES, documentPath, HSDS_ROUTES, POINT_ROUTES } from '../gateway/rest/openapi-paths.js';
import { type Hub, root, startHub } from './support/hub.js';

// The REST API's OpenAPI document (gateway/rest/openapi.ts) kept true to the routes: the checked-in
// file is the code's, AgID's ruleset finds no error in it, the routers have exactly the documented
// routes, and on a real hub every documented path, parameter, answer and header is what it answers.

/** AgID's ruleset (AGPL), run where it is, in ../shared: CI has it, and it is never copied here. */
const SHARED = `${root}/../shared`;
const RULESET = 'standards/agid-oas-checker/spectral-italian-guidelines.yml';
/** The warnings kept, each with its reason in README "Per la pubblica amministrazione". */
const KEPT_WARNINGS = ['no-x-headers-response'];

type Json = Record<string, any>;
const document = openApiDocument() as Json;
const operations: Json[] = Object.entries(document.paths as Record<string, { get: Json }>).map(([path, item]) => ({ ...item.get, path }));
/** A `$ref` of the document, resolved. */
const resolved = (value: Json): Json =>
  value.$ref
    ? resolved(
        value.$ref
          .split('/')
          .slice(1)
          .reduce((at: Json, key: string) => at[key], document),
      )
    : value;

let hub: Hub;
let origin: string;
/** A real id for each path parameter, by the list it comes from. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
  origin = new URL(hub.gateway.url).origin;
  for (const list of ['services', 'service_at_locations', 'organizations', 'taxonomies', 'taxonomy_terms']) {
    const page = (await (await fetch(`${origin}/hsds/v3/${list}?per_page=1`)).json()) as { contents: { id: string }[] };
    ids[list] = page.contents[0]?.id ?? '';
  }
  ids.points = 'demo-csrc-1-1';
});
afterAll(() => hub?.stop());

/** A documented path with its parameters filled with real ids. */
function concrete(path: string): string {
  const list = path.split('/')[3] ?? '';
  return path.replace('{id}', ids[path.startsWith('/points') ? 'points' : list] ?? '').replace('{dataset}', 'spazio-comune-punti');
}

async function expectProblem(response: Response, status: number, what: string): Promise<Json> {
  expect(response.status, what).toBe(status);
  expect(response.headers.get('content-type'), what).toMatch(/^application\/problem\+json/);
  const body = (await response.json()) as Json;
  expect(body, what).toMatchObject({ type: 'about:blank', status, title: expect.any(String), detail: expect.any(String) });
  return body;
}

/** Every header the document declares required on this answer is there. */
function expectHeaders(response: Response, declared: Json | undefined, what: string): void {
  for (const [name, header] of Object.entries(declared ?? {}))
    if (resolved(header).required) expect(response.headers.get(name), `${what}: ${name}`).not.toBeNull();
}

describe('the document', () => {
  it('is checked in as the code builds it', async () => {
    const file = JSON.parse(await readFile(`${root}/${OPENAPI_FILE}`, 'utf8'));
    // Stale: `npx tsc -p tsconfig.build.json && node dist/scripts/openapi.js`.
    expect(file).toEqual(document);
    expect(document.openapi).toBe('3.1.0');
  });

  it('passes the AgID ruleset (Italian Guidelines Full) with 0 errors, and only the warnings README lists', async () => {
    const spectral = `${root}/node_modules/@stoplight/spectral-cli/dist/index.js`;
    const run = promisify(execFile)(process.execPath, [spectral, 'lint', '-r', RULESET, '-f', 'json', `${root}/${OPENAPI_FILE}`], {
      cwd: SHARED,
      maxBuffer: 16 * 1024 * 1024,
    });
    // Spectral exits 1 when it finds an error: its report is the same.
    const { stdout } = await run.catch((failed: { stdout?: string; stderr?: string }) => {
      if (!failed.stdout?.startsWith('[')) throw new Error(`spectral did not run: ${failed.stderr}`);
      return { stdout: failed.stdout };
    });
    const results = JSON.parse(stdout) as { code: string; severity: number; message: string; path: string[] }[];
    expect(results.filter((r) => r.severity === 0).map((r) => `${r.code} at ${r.path.join('.')}: ${r.message}`)).toEqual([]);
    expect([...new Set(results.filter((r) => r.severity === 1).map((r) => r.code))].sort()).toEqual(KEPT_WARNINGS);
  }, 120_000);
});

describe('the routes', () => {
  const noGraph: RunOperation = () => Promise.reject(new Error('not run'));
  const pathsOf = (router: Router) => router.stack.flatMap((layer) => (layer.route ? [layer.route.path] : []));

  it('are exactly the documented ones, router by router', () => {
    expect(pathsOf(hsdsRouter(noGraph))).toEqual(HSDS_ROUTES.map((r) => r.path));
    expect(pathsOf(pointJsonLdRouter(noGraph))).toEqual(POINT_ROUTES.map((r) => r.path));
    expect(pathsOf(catalogRouter(noGraph))).toEqual(CATALOG_ROUTES.map((r) => r.path));
    const versioned = [REST_MOUNTS.hsds[0], REST_MOUNTS.points[0], REST_MOUNTS.catalog[0]];
    for (const { path } of operations)
      expect(path === STATUS_PATH || versioned.some((mount) => path === mount || path.startsWith(`${mount}/`)), path).toBe(true);
    expect(Object.keys(document.paths)).toContain(documentPath(REST_MOUNTS.hsds[0], '/openapi.json'));
  });

  it('answer every documented path with its answer, media type and headers, at the versioned path and the path of before', async () => {
    for (const operation of operations) {
      const path = concrete(operation.path);
      const success = resolved(operation.responses[200]);
      for (const at of [path, path.replace('/v3', '')]) {
        const response = await fetch(`${origin}${at}`);
        const type = response.headers.get('content-type')?.split(';')[0] ?? '';
        expect([at, response.status], await response.clone().text()).toEqual([at, 200]);
        expect(Object.keys(success.content), at).toContain(type);
        expectHeaders(response, success.headers, at);
        await response.arrayBuffer();
      }
    }
  });

  it('take every documented parameter, and an HSDS route refuses any other as a problem (400)', async () => {
    for (const operation of operations) {
      const path = concrete(operation.path);
      for (const parameter of (operation.parameters as Json[]).filter((p) => p.in === 'query')) {
        const schema = parameter.schema as Json;
        const value = schema.example ?? schema.default ?? schema.enum?.[0] ?? (schema.format === 'uuid' ? ids.taxonomies : 'x');
        const response = await fetch(`${origin}${path}?${parameter.name}=${encodeURIComponent(String(value))}`);
        // postcode is taken only to be refused with why (gateway/hsds/parameters.ts).
        if (parameter.name === 'postcode') expect((await expectProblem(response, 400, path)).detail).toContain('service areas');
        else expect([path, parameter.name, response.status], await response.text()).toEqual([path, parameter.name, 200]);
      }
      if (!operation.path.startsWith(REST_MOUNTS.hsds[0]) || operation.path.endsWith('openapi.json')) continue;
      const refused = await fetch(`${origin}${path}?colour=blue`);
      expectHeaders(refused, resolved(operation.responses[400]).headers, path);
      expect((await expectProblem(refused, 400, path)).detail).toContain('colour: not a parameter');
    }
  });

  it('answer an unknown id, and any path of their mounts they do not have, with a problem (404)', async () => {
    for (const operation of operations.filter((o) => o.responses[404])) {
      const path = operation.path.replace('{id}', '00000000-0000-5000-8000-000000000000').replace('{dataset}', 'no-such-dataset');
      const response = await fetch(`${origin}${path}`);
      expectHeaders(response, resolved(operation.responses[404]).headers, path);
      await expectProblem(response, 404, path);
    }
    for (const path of ['/hsds/v3/nothing', '/hsds/nothing', '/points/v3/x', '/points/x', '/catalog/v3/a/b', '/catalog/a/b'])
      await expectProblem(await fetch(`${origin}${path}`), 404, path);
    await expectProblem(await fetch(`${origin}/catalog/v3/spazio-comune-punti.csv?page=0`), 400, 'a CSV page 0');
  });

  it('serve the document at /hsds/openapi.json, the hub that served it first among the servers', async () => {
    for (const mount of REST_MOUNTS.hsds) {
      const served = (await (await fetch(`${origin}${mount}/openapi.json`)).json()) as Json;
      expect(served.servers[0].url).toBe(origin);
      expect({ ...served, servers: served.servers.slice(1) }).toEqual(document);
    }
  });
});

// Last in this file: it stops a subgraph of the hub.
describe('/status', () => {
  it('answers 200 as a problem (RFC 9457) when every subgraph answers, and 503 with Retry-After when one does not', async () => {
    const up = await fetch(`${origin}/status`);
    const declared = document.paths[STATUS_PATH].get.responses;
    expectHeaders(up, resolved(declared[200]).headers, 'status 200');
    const body = await expectProblem(up, 200, 'status up');
    expect(Object.values(body.checks).every((check) => check === 'ok')).toBe(true);

    const index = hub.subgraphs.findIndex((s) => s.name === 'leva-civica');
    const [levaCivica] = hub.subgraphs.splice(index, 1);
    await levaCivica?.stop();
    const down = await fetch(`${origin}/status`);
    expectHeaders(down, resolved(declared[503]).headers, 'status 503');
    expect((await expectProblem(down, 503, 'status down')).checks['leva-civica']).not.toBe('ok');
    // A route that needs it: 503, with Retry-After as documented.
    const route = await fetch(`${origin}/hsds/v3/services`);
    expectHeaders(route, resolved(document.paths['/hsds/v3/services'].get.responses[503]).headers, 'services 503');
    await expectProblem(route, 503, 'services down');
  });
});
