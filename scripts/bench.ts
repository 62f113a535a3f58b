import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { HsdsProgrammesDocument } from '../gateway/isomorphic/graph-documents.generated.js';
import { SUBGRAPHS } from '../server/subgraph-list.js';
import { comparePair, summary } from './bench/compare.js';
import { GROWTH_READS, growthLines, measureGrowth } from './bench/growth.js';
import {
  anInstant,
  answer,
  attackRound,
  HEAVY_DOCUMENTS,
  heavyAttackRound,
  loadRound,
  median,
  type Request,
  unloadedMedian,
} from './bench/load.js';
import { mixedWorkload } from './bench/mixed.js';
import { residentMiB, type Service, startApolloGateway, startHiveGateway, startSubgraphProcess } from './bench/services.js';
import { timeNpmStart } from './bench/start-time.js';
import { provideDatabase } from './embedded-postgres.js';
import { generateScaleData } from './scale/generate.js';

/**
 * npm run bench: load tests of the contract operations through our Apollo gateway and through a
 * Hive Gateway serving the same supergraph in front of the same subgraphs, in two pairs that keep
 * like with like: both with their response caches (pair 1, with the subgraph alone beside them for
 * one-subgraph operations), then both without (pair 2, on subgraphs of their own with their caches
 * off, on the same database). Every service runs in its own process, as deployed; rounds alternate
 * between the targets so that a noisy neighbour slows them alike. Then our gateway under attack,
 * unloaded, and `npm start`'s time. Nothing here is asserted in tests.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.BENCH_DURATION ?? 5);
// Even, so that each target of a pair goes first as often as the other (the order turns every round).
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 2);
const UNLOADED = Number(process.env.BENCH_UNLOADED_REQUESTS ?? 200);
const ATTACKERS = Number(process.env.BENCH_ATTACK_CONNECTIONS ?? 4);
const root = process.cwd();
const log = (line: string) => console.log(`[bench] ${line}`);

const operations: { name: string; variables: Record<string, unknown>; subgraph?: string }[] = [
  { name: 'CityOverview', variables: { callYear: 2022 } },
  { name: 'ServizioCivileCall', variables: { year: 2022 }, subgraph: 'servizio-civile' },
  { name: 'PointsPage', variables: { first: 20 }, subgraph: 'spazio-comune' },
];
const request = async (name: string, variables: Record<string, unknown>): Promise<Request> => ({
  query: await readFile(`${root}/schema/operations/${name}.graphql`, 'utf8'),
  variables,
});

const workDir = await mkdtemp(`${tmpdir()}/milano-bench-`);
await chmod(workDir, 0o755); // the embedded PostgreSQL runs as another user when we are root

/**
 * The growth table (scripts/bench/growth.ts), last in the run or alone with BENCH_GROWTH=only, on a
 * database server of its own; BENCH_GROWTH_SCALES (default 10,100) says which scales, "off" none.
 */
async function growth() {
  if (process.env.BENCH_GROWTH === 'off') return;
  const scales = (process.env.BENCH_GROWTH_SCALES ?? '10,100').split(',').filter(Boolean).map(Number);
  const server = await provideDatabase({ dataDir: `${workDir}/growth-postgres`, persistent: false });
  try {
    const reads = await GROWTH_READS((name) => readFile(`${root}/schema/operations/${name}.graphql`, 'utf8'));
    const requests = Number(process.env.BENCH_GROWTH_REQUESTS ?? 20);
    log(
      `growth: against a hub on the seed, the seed with an import, then scales ${scales.join(', ')}; ${requests} requests per read, caches off…`,
    );
    const levels = await measureGrowth({ root, serverUrl: server.url, workDir, scales, requests, reads, log });
    console.log(`\ngrowth, caches off, unloaded: p50 ms of ${requests} requests (SQL statements per request)\n`);
    for (const line of growthLines(reads, levels)) console.log(line);
  } finally {
    await server.stop();
  }
}
if (process.env.BENCH_GROWTH === 'only') {
  await growth();
  await rm(workDir, { recursive: true, force: true });
  process.exit(0);
}
const started: Service[] = [];
const database = await provideDatabase({ dataDir: `${workDir}/postgres`, persistent: false });
try {
  log(`${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target and operation (${WARMUP} s warm-up each)`);
  // BENCH_SCALE=N: the scale data set (scripts/scale) in the scratch database, before the services start.
  if (process.env.BENCH_SCALE) await generateScaleData(database.url, Number(process.env.BENCH_SCALE), log);
  log('pair 1, caches on: starting PostgreSQL, the three subgraphs, our gateway and Hive Gateway with its response cache…');
  const env = { DATABASE_URL: database.url, HUB_KEYS_DIR: `${workDir}/keys`, NODE_ENV: 'production' };
  const subgraphs = await Promise.all(SUBGRAPHS.map(({ name }) => startSubgraphProcess(root, name, env)));
  started.push(...subgraphs);
  // Rate limits off: the benchmark is one client measuring throughput, not a client to throttle.
  const apollo = await startApolloGateway(root, subgraphs, { NODE_ENV: 'production', HUB_RATE_LIMIT: 'off' });
  started.push(apollo);
  const hiveCached = await startHiveGateway(root, subgraphs, workDir, 'hive-gateway', `${root}/dist/scripts/bench/gateway.config.js`);
  started.push(hiveCached);
  const load = { connections: CONNECTIONS, seconds: SECONDS, rounds: ROUNDS, warmup: WARMUP, log };
  const requests = await Promise.all(operations.map((o) => request(o.name, o.variables)));
  const pair1 = await comparePair(
    { title: 'caches on', ours: apollo, theirs: hiveCached, subgraphs, caching: true },
    operations.map((o, i) => ({ name: o.name, request: requests[i] as Request, direct: subgraphs.find((s) => s.name === o.subgraph) })),
    load,
  );

  log(`under attack: PointsPage through the Apollo gateway alone, then beside ${ATTACKERS} connections of documents over the limits…`);
  const normal = await request('PointsPage', { first: 20 });
  const alone: number[] = [];
  const attacked: number[] = [];
  let refused = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    alone.push((await loadRound(apollo.url, normal, CONNECTIONS, SECONDS)).rps);
    const [result, answered] = await Promise.all([
      loadRound(apollo.url, normal, CONNECTIONS, SECONDS),
      attackRound(apollo.url, ATTACKERS, SECONDS),
    ]);
    attacked.push(result.rps);
    refused += answered;
    log(`attack round ${round}/${ROUNDS}: ${alone.at(-1)?.toFixed(0)} req/s alone, ${result.rps.toFixed(0)} req/s under attack`);
  }

  log(`under a heavy attack: PointsPage alone, then beside ${ATTACKERS} connections of the heaviest documents the limits let through…`);
  // Each must be answered, not refused: the attack is what the limits allow.
  const heavy = [
    ...HEAVY_DOCUMENTS.map((query) => ({ query, variables: {} })),
    { query: HsdsProgrammesDocument.toString(), variables: {} },
  ];
  for (const document of heavy) await answer(apollo.url, { query: document.query, variables: { ...document.variables, at: anInstant() } });
  const heavyAlone: number[] = [];
  const heavyAttacked: number[] = [];
  let heavyAnswered = 0;
  let heavyPeak = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    heavyAlone.push((await loadRound(apollo.url, normal, CONNECTIONS, SECONDS)).rps);
    const sampler = setInterval(() => {
      heavyPeak = Math.max(heavyPeak, residentMiB(apollo.pid));
    }, 200);
    const [result, answered] = await Promise.all([
      loadRound(apollo.url, normal, CONNECTIONS, SECONDS),
      heavyAttackRound(apollo.url, ATTACKERS, SECONDS, heavy.slice(HEAVY_DOCUMENTS.length)),
    ]);
    clearInterval(sampler);
    heavyAttacked.push(result.rps);
    heavyAnswered += answered;
    log(`heavy attack round ${round}/${ROUNDS}: ${heavyAlone.at(-1)?.toFixed(0)} req/s alone, ${result.rps.toFixed(0)} req/s beside it`);
  }

  log(`unloaded: ${UNLOADED} requests one after the other per target…`);
  /** Median latencies of two requests sent one at a time, alternating in slices like the load rounds. */
  const alternate = async (a: [string, Request], b: [string, Request]) => {
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < 5; i++) {
      times[0].push(await unloadedMedian(a[0], a[1], Math.ceil(UNLOADED / 5)));
      times[1].push(await unloadedMedian(b[0], b[1], Math.ceil(UNLOADED / 5)));
    }
    return [median(times[0]), median(times[1])] as const;
  };
  const unloaded: [string, number, number][] = [];
  const [cityMs, typenameMs] = await alternate(
    [apollo.url, await request('CityOverview', { callYear: 2022 })],
    [apollo.url, { query: '{ __typename }', variables: {} }],
  );
  for (const operation of operations.filter((o) => o.subgraph)) {
    const req = await request(operation.name, operation.variables);
    const direct = subgraphs.find((s) => s.name === operation.subgraph)?.url ?? '';
    unloaded.push([operation.name, ...(await alternate([apollo.url, req], [direct, req]))]);
  }

  log(
    'pair 2, caches off: pair 1 stopped; the three subgraphs and our gateway with HUB_RESPONSE_CACHE_SECONDS=0, and a stock Hive Gateway…',
  );
  for (const service of [...started].reverse()) await service.stop();
  const uncached = { HUB_RESPONSE_CACHE_SECONDS: '0' };
  const bare = await Promise.all(SUBGRAPHS.map(({ name }) => startSubgraphProcess(root, name, { ...env, ...uncached })));
  started.push(...bare);
  const apolloBare = await startApolloGateway(root, bare, { NODE_ENV: 'production', HUB_RATE_LIMIT: 'off', ...uncached });
  started.push(apolloBare);
  const hive = await startHiveGateway(root, bare, workDir);
  started.push(hive);
  const pair2 = await comparePair(
    { title: 'caches off', ours: apolloBare, theirs: hive, subgraphs: bare, caching: false },
    operations.map((o, i) => ({ name: o.name, request: requests[i] as Request })),
    load,
  );

  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nNode ${process.version}, ${cpus().length} × ${cpu}; ${CONNECTIONS} connections; medians of ${ROUNDS} rounds of ${SECONDS} s`,
  );
  const pairs = [
    {
      title: 'pair 1, caches on: our gateway and subgraphs with their response caches; Hive Gateway with its own (every client, 5 min)',
      ours: apollo.name,
      theirs: hiveCached.name,
      ...pair1,
    },
    {
      title: 'pair 2, caches off: our gateway and subgraphs with HUB_RESPONSE_CACHE_SECONDS=0; stock Hive Gateway in front of them',
      ours: apolloBare.name,
      theirs: hive.name,
      ...pair2,
    },
  ];
  for (const { title, ours: oursName, theirs: theirsName, rows, peakRss } of pairs) {
    console.log(`\n${title}\n`);
    console.log(
      `${'operation'.padEnd(20)}${'target'.padEnd(17)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'failed'.padStart(8)}${'cpu %'.padStart(7)}${'subgraphs cpu %'.padStart(17)}`,
    );
    for (const { operation, target } of rows) {
      const s = summary(rows, target, operation);
      console.log(
        `${operation.padEnd(20)}${target.padEnd(17)}${s.rps.toFixed(0).padStart(8)}${String(s.p50).padStart(9)}${String(s.p99).padStart(9)}${String(s.failures).padStart(8)}${s.cpu.toFixed(0).padStart(7)}${s.subgraphsCpu.toFixed(0).padStart(17)}`,
      );
    }
    console.log('ratios (goal in brackets)');
    for (const operation of operations) {
      const ours = summary(rows, oursName, operation.name);
      const theirs = summary(rows, theirsName, operation.name);
      console.log(`  ${operation.name.padEnd(20)} Apollo / Hive req/s      ${(ours.rps / theirs.rps).toFixed(2)}  [≥ 1.0]`);
      if (operation.subgraph && rows.some((r) => r.target === operation.subgraph)) {
        const direct = summary(rows, operation.subgraph, operation.name);
        console.log(`  ${operation.name.padEnd(20)} Apollo / subgraph p50    ${(ours.p50 / direct.p50).toFixed(2)}  [≤ 1.3]`);
      }
    }
    console.log('peak resident memory under load');
    for (const [name, mib] of peakRss) console.log(`  ${name.padEnd(17)} ${mib.toFixed(0)} MiB${name === oursName ? '  [≤ 250]' : ''}`);
  }

  console.log('\nour gateway alone, caches on');
  console.log(
    `  unloaded CityOverview / { __typename } p50 through the Apollo gateway: ${(cityMs / typenameMs).toFixed(2)} (${cityMs.toFixed(1)} ms / ${typenameMs.toFixed(1)} ms)  [≤ 4]`,
  );
  for (const [name, gateway, direct] of unloaded) {
    console.log(
      `  unloaded ${name} p50, Apollo gateway / subgraph: ${(gateway / direct).toFixed(2)} (${gateway.toFixed(1)} ms / ${direct.toFixed(1)} ms)`,
    );
  }
  console.log(
    `  PointsPage under attack / alone, req/s through the Apollo gateway: ${(median(attacked) / median(alone)).toFixed(2)} (${median(attacked).toFixed(0)} / ${median(alone).toFixed(0)}; ${refused} hostile documents refused)  [≥ 0.8]`,
  );
  console.log(
    `  PointsPage beside the heaviest documents allowed / alone, req/s through the Apollo gateway: ${(median(heavyAttacked) / median(heavyAlone)).toFixed(2)} (${median(heavyAttacked).toFixed(0)} / ${median(heavyAlone).toFixed(0)}; ${heavyAnswered} heavy documents answered; gateway peak ${heavyPeak.toFixed(0)} MiB)  [≥ 0.8, ≤ 320 MiB]`,
  );

  // Issue 16, point 3: reads beside 1 write a second, with the finer invalidation and without (scripts/bench/mixed.ts).
  for (const service of started.splice(0).reverse()) await service.stop();
  console.log((await mixedWorkload({ root, databaseUrl: database.url, env, ...load })).join('\n'));
} finally {
  for (const service of started.reverse()) await service.stop();
  await database.stop();
}
await growth();
try {
  log('npm start: a first start on a new data folder, then two with nothing changed…');
  const [first, ...warm] = await timeNpmStart(root, `${workDir}/start`, 3);
  console.log(
    `\nnpm start until the gateway is ready: ${(first ?? Number.NaN).toFixed(1)} s on a new data folder; ${warm.map((s) => s.toFixed(1)).join(' s, ')} s with nothing changed  [≤ 5]`,
  );
} finally {
  await rm(workDir, { recursive: true, force: true });
}
