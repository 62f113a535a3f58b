import { readdir, readFile } from 'node:fs/promises';
import { generatePersistedQueryManifest } from '@apollo/generate-persisted-query-manifest';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hubClient, pointSchedule } from '../examples/clients/apollo-client.js';
import { trustedHubClient } from '../examples/clients/apollo-client-persisted.js';
import { getQuery } from '../examples/clients/get.js';
import { CityOverviewDocument, PointsPageDocument, ServizioCivileCallDocument } from '../examples/clients/gql/graphql.js';
import { runPersisted } from '../examples/clients/persisted-fetch.js';
import { pointsPage, urqlClient } from '../examples/clients/urql.js';
import { contractExamples } from '../gateway/examples.js';
import { type RunningGateway, startGateway } from '../gateway/gateway.js';
import { httpOptionsFromEnv } from '../server/http-options.js';
import { type PersistedQueryManifest, trustedDocumentsOf } from '../server/trusted-documents.js';
import { type Hub, root, startHub } from './support/hub.js';

// The README's page for client developers, run: every example it quotes is a file of examples/clients/,
// run here against the hub (and, for persisted documents, a gateway with HUB_TRUSTED_DOCUMENTS=on), and
// the README quotes each file as it is.

let hub: Hub;
let trusted: RunningGateway;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
  const manifest = JSON.parse(await readFile(`${root}/schema/trusted-documents.json`, 'utf8')) as PersistedQueryManifest;
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

describe('Apollo Client with its default cache, no type policies', () => {
  it('runs a contract operation with its typed document and scalars, and answers it again from the cache', async () => {
    const client = hubClient(hub.gateway.url);
    const point = await pointSchedule(client, 'demo-csrc-1-1', '2026-08-10T15:00:00+02:00');
    expect(point?.id).toBe('demo-csrc-1-1');
    expect(typeof point?.isOpen).toBe('boolean');
    expect(point?.nextChange?.at).toMatch(/^2026-08-\d\dT\d\d:\d\d:\d\d\+02:00$/);
    expect(point?.openingHours.every((h) => /^\d\d:\d\d$/.test(h.opens))).toBe(true);
    expect((client.cache.extract() as Record<string, unknown>)['Point:demo-csrc-1-1']).toBeDefined();
    // The same question again is answered by the cache: the hub is not asked (its metrics do not move).
    const before = await requestsCounted();
    expect(await pointSchedule(client, 'demo-csrc-1-1', '2026-08-10T15:00:00+02:00')).toEqual(point);
    expect(await requestsCounted()).toBe(before);
  });

  it('runs in trusted mode from the manifest Apollo’s generator writes for the app', async () => {
    const manifest = await generatePersistedQueryManifest({ documents: [`${root}/schema/operations/*.graphql`] }, undefined);
    const client = trustedHubClient(trusted.url, manifest);
    const point = await pointSchedule(client, 'demo-csrc-1-1', '2026-08-10T15:00:00+02:00');
    expect(point?.id).toBe('demo-csrc-1-1');
  });
});

describe('urql', () => {
  it('pages the points of a Municipio with the typed document', async () => {
    const client = urqlClient(hub.gateway.url);
    const first = await pointsPage(client, 2, 2);
    expect(first?.edges).toHaveLength(2);
    const next = await pointsPage(client, 2, 2, first?.pageInfo.endCursor ?? undefined);
    expect(next?.edges[0]?.node.id).not.toBe(first?.edges[0]?.node.id);
  });
});

describe('persisted documents of the client preset', () => {
  it('run by documentId on a hub with HUB_TRUSTED_DOCUMENTS=on', async () => {
    const call = await runPersisted(trusted.url, ServizioCivileCallDocument, { year: 2022 });
    expect(call.servizioCivileCall?.totalVolunteers).toBe(10);
    const page = await runPersisted(trusted.url, PointsPageDocument, { first: 3, filter: { municipio: 2 } });
    expect(page.points.edges).toHaveLength(3);
  });

  it('run by documentId in a GET too (cacheable by a CDN), with apollo-require-preflight', async () => {
    const { hash } = (ServizioCivileCallDocument as { __meta__?: { hash?: string } }).__meta__ ?? {};
    const search = new URLSearchParams({ documentId: hash ?? '', variables: JSON.stringify({ year: 2022 }) });
    const response = await fetch(`${trusted.url}?${search}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect((await response.json()).data.servizioCivileCall.totalVolunteers).toBe(10);
  });

  it('are all in the hub’s list, as are the ids Apollo’s generator gives the contract operations', async () => {
    const listed = new Set(
      (JSON.parse(await readFile(`${root}/schema/trusted-documents.json`, 'utf8')) as PersistedQueryManifest).operations.map((o) => o.id),
    );
    const preset = JSON.parse(await readFile(`${root}/examples/clients/gql/persisted-documents.json`, 'utf8')) as Record<string, string>;
    // One persisted document for each operation of schema/operations.
    expect(Object.keys(preset)).toHaveLength((await readdir(`${root}/schema/operations`)).filter((f) => f.endsWith('.graphql')).length);
    for (const hash of Object.keys(preset)) expect(listed).toContain(hash.replace(/^sha256:/, ''));
    const apollo = await generatePersistedQueryManifest({ documents: [`${root}/schema/operations/*.graphql`] }, undefined);
    for (const { id } of apollo.operations) expect(listed).toContain(id);
  });
});

describe('GET', () => {
  it('answers a query with apollo-require-preflight, and refuses it without', async () => {
    const query = 'query Municipi { municipi { number name } }';
    const answer = await getQuery(hub.gateway.url, query);
    expect(answer.status).toBe(200);
    expect(answer.body.data?.municipi).toHaveLength(9);
    const bare = await fetch(`${hub.gateway.url}?query=${encodeURIComponent(query)}`);
    expect(bare.status).toBe(400);
  });

  it('takes the variables of a typed document', async () => {
    const { print } = await import('graphql');
    const answer = await getQuery(hub.gateway.url, print(CityOverviewDocument), { callYear: 2022 });
    expect(answer.body.data?.municipi).toHaveLength(9);
  });
});

describe('the README', () => {
  it('quotes every example as its file is, and the client output of codegen.ts', async () => {
    const readme = await readFile(`${root}/README.md`, 'utf8');
    for (const file of ['apollo-client.ts', 'apollo-client-persisted.ts', 'urql.ts', 'persisted-fetch.ts', 'get.ts']) {
      const text = await readFile(`${root}/examples/clients/${file}`, 'utf8');
      expect(readme, file).toContain(`\`examples/clients/${file}\`:\n\n\`\`\`ts\n${text}\`\`\``);
    }
    const codegen = await readFile(`${root}/codegen.ts`, 'utf8');
    const quoted = /<!-- codegen\.ts -->\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(quoted).toBeDefined();
    for (const line of (quoted ?? '').split('\n').filter((l) => l.trim() && !l.trim().startsWith('//') && l.trim() !== '...')) {
      expect(codegen, line).toContain(line);
    }
  });
});

/** How many GraphQL requests the gateway has answered so far (its Prometheus counter). */
async function requestsCounted(): Promise<number> {
  const metric = await hub.gateway.metrics.registry.getSingleMetric('graphql_requests_total')?.get();
  return (metric?.values ?? []).reduce((sum, v) => sum + v.value, 0);
}
