import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { HsdsProgrammesDocument } from '../gateway/isomorphic/graph-documents.generated.js';
import { SUBGRAPHS } from '../server/subgraph-list.js';
import {
  anInstant,
  answer,
  attackRound,
  HEAVY_DOCUMENTS,
  heavyAttackRound,
  loadRound,
  median,
  type Request,
  type RoundResult,
  unloadedMedian,
} from './bench/load.js';
import { residentMiB, type Service, startApolloGateway, startHiveGateway, startSubgraphProcess } from './bench/services.js';
import { timeNpmStart } from './bench/start-time.js';
import { provideDatabase } from './embedded-postgres.js';
import { generateScaleData } from './scale/generate.js';

/**
 * npm run bench: load tests of the contract operations through our Apollo gateway, through a stock
 * Hive Gateway serving the same supergraph in front of the same subgraphs, and straight to the
 * subgraph for one-subgraph operations. Every service runs in its own process, as deployed; rounds
 * alternate between the targets so that a noisy neighbour slows them alike. Nothing here
 * is asserted in tests.
 */
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const SECONDS = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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
const started: Service[] = [];
const database = await provideDatabase({ dataDir: `${workDir}/postgres`, persistent: false });
try {
  log(`${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per target and operation (${WARMUP} s warm-up each)`);
  // BENCH_SCALE=N: the scale data set (scripts/scale) in the scratch database, before the services start.
  if (process.env.BENCH_SCALE) await generateScaleData(database.url, Number(process.env.BENCH_SCALE), log);
  log('starting PostgreSQL, the three subgraphs and both gateways…');
  const env = { DATABASE_URL: database.url, HUB_KEYS_DIR: `${workDir}/keys`, NODE_ENV: 'production' };
  const subgraphs = await Promise.all(SUBGRAPHS.map(({ name }) => startSubgraphProcess(root, name, env)));
  started.push(...subgraphs);
  // Rate limits off: the benchmark is one client measuring throughput, not a client to throttle.
  const apollo = await startApolloGateway(root, subgraphs, { NODE_ENV: 'production', HUB_RATE_LIMIT: 'off' });
  started.push(apollo);
  const hive = await startHiveGateway(root, subgraphs, workDir);
  started.push(hive);
  const peakRss = new Map<string, number>();

  const results: { operation: string; target: string; rounds: RoundResult[] }[] = [];
  for (const operation of operations) {
    const req = await request(operation.name, operation.variables);
    const targets = [apollo, hive, ...subgraphs.filter((s) => s.name === operation.subgraph)];
    // Every target must give the same answer before it is timed.
    const expected = JSON.stringify(await answer(apollo.url, req));
    for (const target of targets) {
      if (JSON.stringify(await answer(target.url, req)) !== expected)
        throw new Error(`${target.name} answers ${operation.name} differently`);
      if (WARMUP > 0) await loadRound(target.url, req, CONNECTIONS, WARMUP);
    }
    const rows = targets.map((target) => ({ operation: operation.name, target: target.name, rounds: [] as RoundResult[] }));
    results.push(...rows);
    for (let round = 1; round <= ROUNDS; round++) {
      for (const [i, target] of targets.entries()) {
        const sampler = setInterval(() => {
          peakRss.set(target.name, Math.max(peakRss.get(target.name) ?? 0, residentMiB(target.pid)));
        }, 200);
        const result = await loadRound(target.url, req, CONNECTIONS, SECONDS);
        clearInterval(sampler);
        rows[i]?.rounds.push(result);
        log(
          `${operation.name} round ${round}/${ROUNDS} ${target.name.padEnd(15)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms${result.failures ? `  ${result.failures} FAILED` : ''}`,
        );
      }
    }
  }

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

  const summary = (target: string, operation: string) => {
    const rounds = results.find((r) => r.target === target && r.operation === operation)?.rounds ?? [];
    return {
      rps: median(rounds.map((r) => r.rps)),
      p50: median(rounds.map((r) => r.p50)),
      p99: median(rounds.map((r) => r.p99)),
      failures: rounds.reduce((sum, r) => sum + r.failures, 0),
    };
  };
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(
    `\nNode ${process.version}, ${cpus().length} × ${cpu}; ${CONNECTIONS} connections; medians of ${ROUNDS} rounds of ${SECONDS} s\n`,
  );
  console.log(
    `${'operation'.padEnd(20)}${'target'.padEnd(17)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}  failed`,
  );
  for (const { operation, target } of results) {
    const s = summary(target, operation);
    console.log(
      `${operation.padEnd(20)}${target.padEnd(17)}${s.rps.toFixed(0).padStart(8)}${String(s.p50).padStart(9)}${String(s.p99).padStart(9)}  ${s.failures}`,
    );
  }
  console.log('\nratios (goal in brackets)');
  for (const operation of operations) {
    const ours = summary(apollo.name, operation.name);
    const theirs = summary(hive.name, operation.name);
    console.log(`  ${operation.name.padEnd(20)} Apollo / Hive req/s      ${(ours.rps / theirs.rps).toFixed(2)}  [≥ 1.0]`);
    if (operation.subgraph) {
      const direct = summary(operation.subgraph, operation.name);
      console.log(`  ${operation.name.padEnd(20)} Apollo / subgraph p50    ${(ours.p50 / direct.p50).toFixed(2)}  [≤ 1.3]`);
    }
  }
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
  console.log('\npeak resident memory under load');
  for (const [name, mib] of peakRss) console.log(`  ${name.padEnd(17)} ${mib.toFixed(0)} MiB${name === apollo.name ? '  [≤ 250]' : ''}`);
} finally {
  for (const service of started.reverse()) await service.stop();
  await database.stop();
}
try {
  log('npm start: a first start on a new data folder, then two with nothing changed…');
  const [first, ...warm] = await timeNpmStart(root, `${workDir}/start`, 3);
  console.log(
    `\nnpm start until the gateway is ready: ${(first ?? Number.NaN).toFixed(1)} s on a new data folder; ${warm.map((s) => s.toFixed(1)).join(' s, ')} s with nothing changed  [≤ 5]`,
  );
} finally {
  await rm(workDir, { recursive: true, force: true });
}
