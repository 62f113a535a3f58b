import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import autocannon from 'autocannon';
import { METRICS_PATH } from '../../server/paths.js';
import { SUBGRAPHS } from '../../server/subgraph-list.js';
import { embeddedKeys } from '../../subgraphs/shared/auth/embedded-keys.js';
import { signToken } from '../../subgraphs/shared/auth/sign.js';
import { Role } from '../../subgraphs/shared/auth/viewer.js';
import { provideDatabase } from '../embedded-postgres.js';
import { createDatabase, dropDatabase } from './databases.js';
import { median } from './load.js';
import { type Service, startApolloGateway, startSubgraphProcess } from './services.js';

/**
 * Issue 16, point 3: the dashboards and apps read while the back office writes once a second
 * (recordParticipation and setPointOpeningHours in turn, through the gateway with an admin token).
 * Two hubs run side by side, each on a database of its own in the same PostgreSQL (a notification
 * reaches only the listeners of its database): one whose writes empty only the answers that read the
 * tables they wrote (HUB_CACHE_INVALIDATION=tables, the default), one whose writes empty every answer
 * (`all`, as before). Rounds alternate between them, so that a noisy neighbour slows them alike. For
 * each: the reads' p50 and p99 (autocannon), and the share of reads the gateway answered from its
 * cache and of the gateway's fetches each subgraph answered from its own (their /metrics).
 */
export interface MixedOptions {
  root: string;
  /** The PostgreSQL the two hubs' databases are created in. */
  databaseUrl: string;
  /** The environment of every service (HUB_KEYS_DIR…), as the benchmark gives it. */
  env: Record<string, string>;
  connections: number;
  seconds: number;
  rounds: number;
  warmup: number;
  log(line: string): void;
}

const MODES = ['tables', 'all'] as const;
type Mode = (typeof MODES)[number];

/** The read mix, weighted like the traffic of the apps (most of it) and of the dashboards, per 100 requests. */
const READS: { name: string; weight: number; variables: (i: number, points: string[]) => Record<string, unknown> }[] = [
  // An app's page of a point, over ten points (the first two are the ones written).
  { name: 'PointSchedule', weight: 30, variables: (i, points) => ({ id: points[i % points.length], at: AT }) },
  { name: 'PointsPage', weight: 15, variables: (i) => ({ first: 20, filter: i % 2 ? { municipio: (i % 9) + 1 } : null }) },
  { name: 'PointsNearby', weight: 10, variables: () => ({ latitude: 45.4642, longitude: 9.19, radiusKm: 3, at: AT }) },
  { name: 'MunicipioAt', weight: 10, variables: (i) => ({ latitude: 45.44 + (i % 5) * 0.01, longitude: 9.15 + (i % 5) * 0.01 }) },
  { name: 'YouthOpportunities', weight: 5, variables: (i) => ({ filter: i % 2 ? { municipio: 2 } : null }) },
  { name: 'SiteByCode', weight: 5, variables: (i) => ({ code: ['202928', '167292', '211622'][i % 3] }) },
  { name: 'CityOverview', weight: 8, variables: () => ({ callYear: 2022 }) },
  { name: 'NetworkHealth', weight: 7, variables: () => ({}) },
  { name: 'ServizioCivileCall', weight: 5, variables: () => ({ year: 2022 }) },
  { name: 'CallComparison', weight: 3, variables: () => ({ fromYear: 2022, toYear: 2022 }) },
  { name: 'LevaCivicaProjects', weight: 2, variables: () => ({}) },
];

/** The instant the apps ask about: one, so that their answers may be kept (an app asks about the current minute). */
const AT = '2026-12-03T10:00:00+01:00';

interface Hub {
  mode: Mode;
  gateway: Service;
  subgraphs: Service[];
}

interface Round {
  p50: number;
  p99: number;
  rps: number;
  failures: number;
  /** Reads answered from the gateway's cache, of all reads. */
  gatewayHits: number;
  /** Fetches answered from a subgraph's cache, of all the gateway's fetches. */
  subgraphHits: number;
  writes: number;
  writeFailures: number;
}

/** Runs the mixed workload and answers the lines of its report. */
export async function mixedWorkload(options: MixedOptions): Promise<string[]> {
  const { log } = options;
  const hubs: Hub[] = [];
  try {
    for (const mode of MODES) {
      const url = await createDatabase(options.databaseUrl, databaseName(mode));
      const env = { ...options.env, DATABASE_URL: url, HUB_CACHE_INVALIDATION: mode };
      const subgraphs = await Promise.all(SUBGRAPHS.map(({ name }) => startSubgraphProcess(options.root, name, env)));
      hubs.push({ mode, subgraphs, gateway: await startApolloGateway(options.root, subgraphs, { ...env, HUB_RATE_LIMIT: 'off' }) });
    }
    // Signed with the key pair the services trust (HUB_KEYS_DIR), as `npm run token -- --role admin` does.
    const { privateJwk } = await embeddedKeys(options.env.HUB_KEYS_DIR);
    const token = `Bearer ${await signToken(privateJwk, { sub: 'bench-mixed', roles: [Role.ADMIN], municipi: [], ttl: '1h' })}`;
    const rounds = new Map<Mode, Round[]>(MODES.map((m) => [m, []]));
    const workloads = await Promise.all(hubs.map((hub) => prepare(options.root, hub, token)));
    for (const [i, hub] of hubs.entries()) if (options.warmup > 0) await measure(hub, workloads[i] as Workload, options, options.warmup);
    for (let round = 1; round <= options.rounds; round++) {
      for (const [i, hub] of hubs.entries()) {
        const result = await measure(hub, workloads[i] as Workload, options, options.seconds);
        rounds.get(hub.mode)?.push(result);
        log(
          `mixed ${hub.mode.padEnd(6)} round ${round}/${options.rounds}: reads p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.rps.toFixed(0)} req/s; gateway hits ${percent(result.gatewayHits)}, subgraph hits ${percent(result.subgraphHits)}; ${result.writes} writes${result.writeFailures ? `, ${result.writeFailures} FAILED` : ''}${result.failures ? `, ${result.failures} reads FAILED` : ''}`,
        );
      }
    }
    const lines = [
      `\nmixed workload: reads (${READS.map((r) => `${r.name} ${r.weight}`).join(', ')} per 100) at ${options.connections} connections, beside 1 write a second (recordParticipation and setPointOpeningHours in turn); medians of ${options.rounds} rounds of ${options.seconds} s\n`,
      `${'invalidation'.padEnd(14)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(8)}${'req/s'.padStart(8)}${'gateway hits'.padStart(14)}${'subgraph hits'.padStart(15)}${'writes'.padStart(8)}`,
    ];
    for (const mode of MODES) {
      const r = rounds.get(mode) ?? [];
      const m = (pick: (round: Round) => number) => median(r.map(pick));
      lines.push(
        `${(mode === 'tables' ? 'tables (new)' : 'all (before)').padEnd(14)}${String(m((x) => x.p50)).padStart(8)}${String(m((x) => x.p99)).padStart(8)}${m(
          (x) => x.rps,
        )
          .toFixed(0)
          .padStart(
            8,
          )}${percent(m((x) => x.gatewayHits)).padStart(14)}${percent(m((x) => x.subgraphHits)).padStart(15)}${String(r.reduce((s, x) => s + x.writes, 0)).padStart(8)}`,
      );
    }
    return lines;
  } finally {
    for (const hub of hubs.reverse()) for (const service of [hub.gateway, ...hub.subgraphs]) await service.stop();
    for (const mode of MODES) await dropDatabase(options.databaseUrl, databaseName(mode));
  }
}

/** The database of a mode's hub: named for the benchmark, created by it and dropped after it. */
const databaseName = (mode: Mode) => `milano_bench_mixed_${mode}`;

interface Workload {
  /** The reads, in the order each connection sends them (weighted, interleaved). */
  requests: string[];
  /** The writes, sent one a second in turn. */
  write: (n: number) => Promise<boolean>;
}

/** What the workload reads of the gateway's answers to its own requests. */
interface Answer {
  data?: {
    points?: { nodes: { id: string; version: number }[] };
    recordParticipation?: { userErrors: unknown[] };
    setPointOpeningHours?: { point: { version: number } | null; userErrors: unknown[] };
  };
  errors?: unknown[];
}

/** The hub's points, the read bodies, and the writer (setPointOpeningHours follows the point's version from its own answers). */
async function prepare(root: string, hub: Hub, token: string): Promise<Workload> {
  const graphql = (query: string, variables: Record<string, unknown>) =>
    fetch(hub.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: token },
      body: JSON.stringify({ query, variables }),
    }).then((r) => r.json() as Promise<Answer>);
  const listed = await graphql('{ points(first: 10) { nodes { id version } } }', {});
  const points = listed.data?.points?.nodes ?? [];
  if (points.length < 2) throw new Error(`mixed: the hub lists ${points.length} points`);
  const ids = points.map((p) => p.id);
  const text = async (name: string) => readFile(`${root}/schema/operations/${name}.graphql`, 'utf8');
  const bodies: string[][] = [];
  for (const read of READS) {
    const query = await text(read.name);
    bodies.push(Array.from({ length: read.weight }, (_, i) => JSON.stringify({ query, variables: read.variables(i, ids) })));
  }
  // Interleaved: the n-th request of each operation, spread over the sequence, not in runs.
  const requests = bodies
    .flatMap((list) => list.map((body, i) => ({ body, at: (i + 0.5) / list.length })))
    .sort((a, b) => a.at - b.at)
    .map((r) => r.body);
  const record = await text('RecordParticipation');
  const setHours = await text('SetPointHours');
  const written = points[1] as { id: string; version: number };
  const write = async (n: number): Promise<boolean> => {
    if (n % 2 === 0) {
      const input = { indicatorCode: 'EECO01', pointId: points[0]?.id, date: `2026-03-${String((n % 28) + 1).padStart(2, '0')}`, count: 1 };
      const answer = await graphql(record, { input });
      return !answer.errors && answer.data?.recordParticipation?.userErrors.length === 0;
    }
    const opens = n % 4 === 1 ? '09:00' : '09:30';
    const hours = [{ day: 'MONDAY', opens, closes: '13:00', activity: 'FRONT_OFFICE' }];
    const answer = await graphql(setHours, { input: { pointId: written.id, expectedVersion: written.version, hours } });
    const version = answer.data?.setPointOpeningHours?.point?.version;
    if (typeof version === 'number') written.version = version;
    return !answer.errors && answer.data?.setPointOpeningHours?.userErrors.length === 0;
  };
  return { requests, write };
}

/** One round: the reads under autocannon for `seconds`, a write each second beside them, and what the metrics counted. */
async function measure(hub: Hub, workload: Workload, options: MixedOptions, seconds: number): Promise<Round> {
  const before = await counts(hub);
  let writes = 0;
  let writeFailures = 0;
  const writing: Promise<void>[] = [];
  const timer = setInterval(() => {
    const n = writes++;
    writing.push(
      workload.write(n).then(
        (ok) => {
          if (!ok) writeFailures++;
        },
        () => {
          writeFailures++;
        },
      ),
    );
  }, 1000);
  const url = new URL(hub.gateway.url);
  const result = await autocannon({
    url: url.origin,
    connections: options.connections,
    duration: seconds,
    requests: workload.requests.map((body) => ({
      method: 'POST',
      path: url.pathname,
      headers: { 'content-type': 'application/json' },
      body,
    })),
  });
  clearInterval(timer);
  await Promise.all(writing);
  const after = await counts(hub);
  const ratio = (hits: number, all: number) => (all > 0 ? hits / all : Number.NaN);
  return {
    p50: result.latency.p50,
    p99: result.latency.p99,
    rps: result.requests.average,
    failures: result.non2xx + result.errors + result.timeouts,
    gatewayHits: ratio(after.gateway.hits - before.gateway.hits, after.gateway.reads - before.gateway.reads),
    subgraphHits: ratio(after.subgraphs.hits - before.subgraphs.hits, after.subgraphs.reads - before.subgraphs.reads),
    writes,
    writeFailures,
  };
}

const WRITES = ['RecordParticipation', 'SetPointHours'];

/** Reads answered and cache hits so far, in the gateway and in the subgraphs together (mutations left out). */
async function counts(hub: Hub) {
  const of = async (services: Service[]) => {
    let reads = 0;
    let hits = 0;
    for (const service of services) {
      const text = await (await fetch(new URL(METRICS_PATH, service.url))).text();
      for (const line of text.split('\n')) {
        // The writes, and the subgraph operations the gateway makes of them (`SetPointHours__spazio_comune__0`).
        const operation = /operation="([^"]*)"/.exec(line)?.[1] ?? '';
        if (WRITES.some((write) => operation.startsWith(write))) continue;
        const value = Number(line.split(' ').at(-1));
        if (line.startsWith('graphql_requests_total{')) reads += value;
        else if (line.startsWith('graphql_response_cache_hits_total{')) hits += value;
      }
    }
    return { reads, hits };
  };
  return { gateway: await of([hub.gateway]), subgraphs: await of(hub.subgraphs) };
}

const percent = (share: number) => (Number.isNaN(share) ? '—' : `${(share * 100).toFixed(1)} %`);

// `node dist/scripts/bench/mixed.js` (after npm run build): the mixed workload alone, on a scratch PostgreSQL.
if (import.meta.url === `file://${process.argv[1]}`) {
  const workDir = await mkdtemp(`${tmpdir()}/milano-mixed-`);
  await chmod(workDir, 0o755);
  const database = await provideDatabase({ dataDir: `${workDir}/postgres`, persistent: false });
  try {
    const lines = await mixedWorkload({
      root: process.cwd(),
      databaseUrl: database.url,
      env: { HUB_KEYS_DIR: `${workDir}/keys`, NODE_ENV: 'production' },
      connections: Number(process.env.BENCH_CONNECTIONS ?? 16),
      seconds: Number(process.env.BENCH_DURATION ?? 10),
      rounds: Number(process.env.BENCH_ROUNDS ?? 3),
      warmup: Number(process.env.BENCH_WARMUP ?? 2),
      log: (line) => console.log(`[bench] ${line}`),
    });
    console.log(lines.join('\n'));
  } finally {
    await database.stop();
    await rm(workDir, { recursive: true, force: true });
  }
}
