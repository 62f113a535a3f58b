import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contractExamples } from '../gateway/examples.js';
import { type RunningGateway, startGateway } from '../gateway/gateway.js';
import { ownOperations } from '../gateway/own-operations.js';
import { httpOptionsFromEnv } from '../server/http-options.js';
import { type PersistedQueryManifest, sha256, trustedDocumentsOf } from '../server/trusted-documents.js';
import { type Hub, operation, root, startHub } from './support/hub.js';

// Automatic persisted queries, and HUB_TRUSTED_DOCUMENTS=on admitting only the contract operations and the
// gateway's own (HSDS, JSON-LD, the dashboard), which keep working.

let hub: Hub;
let trusted: RunningGateway;
let manifest: PersistedQueryManifest;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
  manifest = JSON.parse(await readFile(`${root}/schema/trusted-documents.json`, 'utf8'));
  trusted = await startGateway({
    supergraphSdl: await readFile(`${root}/schema/supergraph.graphql`, 'utf8'),
    subgraphUrls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
    port: 0,
    examples: contractExamples(root),
    http: { ...httpOptionsFromEnv({}), trustedDocuments: trustedDocumentsOf(manifest) },
  });
});
afterAll(async () => {
  await trusted?.stop();
  await hub?.stop();
});

async function send(url: string, body: Record<string, unknown>) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
}
const persisted = (query: string) => ({ persistedQuery: { version: 1, sha256Hash: sha256(query) } });

describe('automatic persisted queries', () => {
  it('answers the protocol’s mistakes 400 with a PERSISTED_QUERY_* code; an unknown hash is the registration step', async () => {
    const query = `{ municipi { number } } # ${Date.now()}`;
    const wrongHash = await send(hub.gateway.url, { query, extensions: persisted(`${query} `) });
    expect([wrongHash.status, wrongHash.body.errors?.[0]?.extensions?.code]).toEqual([400, 'PERSISTED_QUERY_HASH_MISMATCH']);
    const version = await send(hub.gateway.url, { query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } });
    expect([version.status, version.body.errors?.[0]?.extensions?.code]).toEqual([400, 'PERSISTED_QUERY_VERSION_NOT_SUPPORTED']);
    // As Apollo's protocol has it (Apollo Client's persisted-query link then sends the document): 200.
    const unknown = await send(hub.gateway.url, { extensions: persisted(query) });
    expect([unknown.status, unknown.body.errors?.[0]?.extensions?.code]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
  });

  it('registers a document sent with its hash, then runs it from the hash alone', async () => {
    const query = `{ municipi { number } } # ${Date.now()}`;
    const unknown = await send(hub.gateway.url, { extensions: persisted(query) });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await send(hub.gateway.url, { query, extensions: persisted(query) });
    expect(registered.body.data.municipi).toHaveLength(9);
    const byHash = await send(hub.gateway.url, { extensions: persisted(query) });
    expect(byHash.body.data.municipi).toHaveLength(9);
  });
});

describe('trusted documents (HUB_TRUSTED_DOCUMENTS=on)', () => {
  it('lists every contract operation as Apollo Client and the client preset send it, by the sha256 of that text', async () => {
    const named = manifest.operations.filter((o) => o.name === 'CityOverview');
    expect(named).toHaveLength(2);
    for (const o of named) expect(o).toEqual({ id: sha256(o.body), name: 'CityOverview', type: 'query', body: o.body });
    // Apollo Client adds __typename; the client preset prints the document on one line.
    expect(named.map((o) => o.body.includes('__typename'))).toEqual([true, false]);
    expect(manifest.operations.filter((o) => o.name === 'SetPointHours').map((o) => o.type)).toEqual(['mutation', 'mutation']);
  });

  it('runs a contract operation from its hash alone, from the first request', async () => {
    const listed = manifest.operations.find((o) => o.name === 'ServizioCivileCall');
    const response = await send(trusted.url, { extensions: persisted(listed?.body ?? ''), variables: { year: 2022 } });
    expect(response.body.data.servizioCivileCall.totalVolunteers).toBe(10);
  });

  it('runs a contract operation sent whole as a client sends it', async () => {
    const response = await send(trusted.url, { query: manifest.operations.find((o) => o.name === 'NetworkHealth')?.body });
    expect(response.body.errors).toBeUndefined();
  });

  it('refuses any other document with 400 PERSISTED_QUERY_NOT_IN_LIST, whole or registered by hash', async () => {
    const query = '{ municipi { number } }';
    const whole = await send(trusted.url, { query });
    expect(whole.status).toBe(400);
    expect(whole.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const registering = await send(trusted.url, { query, extensions: persisted(query) });
    expect(registering.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
    const byHash = await send(trusted.url, { extensions: persisted(query) });
    expect(byHash.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    // A contract operation with one character changed is another document.
    const changed = await send(trusted.url, { query: `${await operation('NetworkHealth')} ` });
    expect(changed.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('lists the gateway’s own operations (HSDS, JSON-LD, the dashboard) as they are sent', () => {
    for (const { name, body, type } of ownOperations()) {
      expect(manifest.operations.find((o) => o.name === name)).toEqual({ id: sha256(body), name, type, body });
    }
    expect(ownOperations().map((o) => o.name)).toEqual(
      expect.arrayContaining([
        'HsdsPoints',
        'HsdsProgrammes',
        'PointJsonLd',
        'DashboardFrame',
        'DashboardPoints',
        'BackofficePoint',
        'BackofficeSetHours',
      ]),
    );
  });

  it('keeps the HSDS API and the JSON-LD pages answering', async () => {
    const origin = new URL(trusted.url).origin;
    const services = await fetch(`${origin}/hsds/services?proximity=45.4642,9.19,5000`);
    expect(services.status).toBe(200);
    expect((await services.json()).contents.length).toBeGreaterThan(0);
    const page = await fetch(`${origin}/points/csrc-sammartini.jsonld`);
    expect(page.status).toBe(200);
    expect((await page.json())['@type']).toBeDefined();
  });

  it('runs every operation of the dashboard, as its page sends them', async () => {
    const variables: Record<string, Record<string, unknown>> = {
      DashboardFrame: {},
      DashboardFigures: { callYear: 2022, at: '2026-12-01T10:00:00+01:00' },
      DashboardPoints: { municipio: 2, at: '2026-12-01T10:00:00+01:00' },
      DashboardComparison: { fromYear: 2022, toYear: 2023 },
    };
    for (const { name, body: query } of ownOperations().filter((o) => o.name.startsWith('Dashboard'))) {
      const response = await send(trusted.url, { query, variables: variables[name] });
      expect(response.body.errors, name).toBeUndefined();
      expect(response.status, name).toBe(200);
    }
  });

  it('leaves the playground of the development gateway alone', async () => {
    const examples = contractExamples(root).map((e) => e.query);
    const document = examples.join('\n');
    const response = await send(hub.gateway.url, { query: document, operationName: 'NetworkHealth' });
    expect(response.body.errors).toBeUndefined();
  });
});
