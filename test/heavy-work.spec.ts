import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningGateway, startGateway } from '../gateway/gateway.js';
import { httpOptionsFromEnv } from '../server/http-options.js';
import { type Hub, post, root, startHub } from './support/hub.js';

// Heavy work shared by every client (server/heavy-work.ts): documents whose estimated cost is at least
// HUB_HEAVY_COST take turns from one bucket of work, whoever sends them; past it they wait, and are
// answered 503 SERVER_BUSY with Retry-After when their turn does not come in time. Cheap documents
// never wait.

/** Nine boundaries: 9 × 1001 points, estimated and actual. */
const HEAVY = '{ municipi { number boundary } }';

let hub: Hub;
let busy: RunningGateway;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
  const defaults = httpOptionsFromEnv({});
  busy = await startGateway({
    supergraphSdl: await readFile(`${root}/schema/supergraph.graphql`, 'utf8'),
    subgraphUrls: Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])),
    port: 0,
    examples: [],
    // Room for one heavy document, nothing refills during the test, and nobody may wait.
    http: {
      ...defaults,
      rateLimits: { ...defaults.rateLimits, enabled: false },
      heavyWork: { enabled: true, threshold: 5_000, points: 10_000, restorePerSecond: 0.001, maxWaitMs: 0, maxWaiting: 0 },
    },
  });
});
afterAll(async () => {
  await busy?.stop();
  await hub?.stop();
});

describe('heavy work', () => {
  it('runs a heavy document while the work allows, then answers 503 SERVER_BUSY with Retry-After, while cheap documents are served', async () => {
    const first = await post(busy.url, HEAVY);
    expect(first.status).toBe(200);
    expect(first.body.data?.municipi).toHaveLength(9);

    const response = await fetch(busy.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: HEAVY }),
    });
    expect(response.status).toBe(503);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await response.json()) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'SERVER_BUSY', cost: 9 * 1001 });

    const cheap = await post(busy.url, 'query PointsPage($first: Int!) { points(first: $first) { totalCount nodes { id } } }', {
      first: 20,
    });
    expect(cheap.status).toBe(200);
    expect(cheap.body.data?.points.nodes).toHaveLength(20);
  });

  it('leaves the hub’s own heavy documents alone at the defaults (a dashboard frame, twice at once)', async () => {
    const frame = '{ municipi { number name boundary } }';
    const answers = await Promise.all([post(hub.gateway.url, frame), post(hub.gateway.url, frame)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
  });
});
