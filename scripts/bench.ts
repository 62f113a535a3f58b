import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { contractExamples } from '../gateway/examples.js';
import { startGateway } from '../gateway/gateway.js';
import { subgraphs } from '../subgraphs/index.js';
import { type RunningSubgraph, startSubgraph } from '../subgraphs/shared/server.js';
import { provideDatabase } from './embedded-postgres.js';

/**
 * npm run bench: latency of contract operations through the gateway and, side by side in the same
 * run, straight to the subgraph that answers them, as ratios of medians. Requests alternate between
 * the two sides so that a noisy neighbour slows both alike. Nothing here is asserted in tests.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 300);
const root = process.cwd();

async function post(url: string, query: string, variables: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`errors from ${url}: ${JSON.stringify(body.errors)}`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function sideBySide(a: () => Promise<void>, b: () => Promise<void>) {
  const times: [number[], number[]] = [[], []];
  for (let i = 0; i < 20; i++) await Promise.all([a(), b()]); // warm-up
  for (let i = 0; i < ROUNDS; i++) {
    for (const [side, run] of [a, b].entries()) {
      const start = performance.now();
      await run();
      times[side as 0 | 1].push(performance.now() - start);
    }
  }
  return { a: median(times[0]), b: median(times[1]) };
}

const database = await provideDatabase({ dataDir: `${tmpdir()}/milano-bench-${process.pid}`, persistent: false });
const running: RunningSubgraph[] = [];
for (const definition of subgraphs) running.push(await startSubgraph(definition, { databaseUrl: database.url, port: 0 }));
const url = (name: string) => running.find((s) => s.name === name)?.url ?? '';
const gateway = await startGateway({
  supergraphSdl: await readFile(`${root}/schema/supergraph.graphql`, 'utf8'),
  subgraphUrls: Object.fromEntries(running.map((s) => [s.name, s.url])),
  port: 0,
  examples: contractExamples(root),
});
const op = (name: string) => readFile(`${root}/schema/operations/${name}.graphql`, 'utf8');

const heap = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};
const heapBefore = heap();
const rows: [string, string, string, string][] = [];
for (const [name, variables, subgraph] of [
  ['ServizioCivileCall', { year: 2022 }, 'servizio-civile'],
  ['LevaCivicaProjects', {}, 'leva-civica'],
  ['NetworkHealth', {}, 'spazio-comune'],
  ['PointsNearby', { latitude: 45.4642, longitude: 9.19, radiusKm: 5, at: '2026-11-23T10:00:00+01:00' }, 'spazio-comune'],
  ['PointsPage', { first: 50, filter: { openAt: '2026-11-23T10:00:00+01:00' } }, 'spazio-comune'],
] as const) {
  const query = await op(name);
  const { a, b } = await sideBySide(
    () => post(gateway.url, query, variables),
    () => post(url(subgraph), query, variables),
  );
  rows.push([name, a.toFixed(2), b.toFixed(2), (a / b).toFixed(2)]);
}
const city = await op('CityOverview');
const call = await op('ServizioCivileCall');
const { a: cityMs, b: callMs } = await sideBySide(
  () => post(gateway.url, city, { callYear: 2022 }),
  () => post(gateway.url, call, { year: 2022 }),
);

console.log(`rounds per side: ${ROUNDS}, Node ${process.version}`);
console.log('operation            gateway ms  subgraph ms  gateway/subgraph');
for (const [name, a, b, ratio] of rows) console.log(`${name.padEnd(20)} ${a.padStart(10)} ${b.padStart(12)} ${ratio.padStart(17)}`);
console.log(
  `CityOverview (3 subgraphs) / ServizioCivileCall (1 subgraph), both through the gateway: ${(cityMs / callMs).toFixed(2)} (${cityMs.toFixed(2)} ms / ${callMs.toFixed(2)} ms)`,
);
console.log(
  `heap of the whole hub in this process after GC: ${heap().toFixed(0)} MiB (${heapBefore.toFixed(0)} MiB before the rounds); resident ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`,
);

await gateway.stop();
for (const subgraph of running) await subgraph.stop();
await database.stop();
