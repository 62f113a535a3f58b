import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import pg from 'pg';
import { CONTRACT_VARIABLES } from '../../gateway/examples.js';
import { METRICS_PATH } from '../../server/paths.js';
import { SUBGRAPHS } from '../../server/subgraph-list.js';
import { generateScaleData } from '../scale/generate.js';
import { SEED_POINTS, sizesAt } from '../scale/sizes.js';
import { answer, median, type Request } from './load.js';
import { residentMiB, type Service, startApolloGateway, startSubgraphProcess } from './services.js';

/**
 * The growth curve (issue 16, point 5): the same reads, unloaded and with every cache off, over the
 * seed alone and over the scale data set at each scale, each on a new database of its own. For each
 * read: its median latency and the SQL statements it costs (the subgraphs' db_statements_total,
 * before and after); for each size: the processes' memory and the throughput of `npm run import`.
 */
export interface GrowthLevel {
  /** The seed, the seed with the import's points, or a scale. */
  label: string;
  /** 0 for the seed alone. */
  scale: number;
  points: number;
  placementsPerCall: number;
  /** Per read, in the order of GROWTH_READS. */
  reads: { p50: number; statements: number }[];
  memory: { name: string; mib: number }[];
  import: { points: number; seconds: number };
}

interface Read {
  name: string;
  /** A GraphQL request to the gateway, or a GET of one of its routes. */
  request: Request | { path: string };
}

/** Every read of the contract (schema/operations, as the playground runs them), HSDS pages and a JSON-LD document. */
export const GROWTH_READS = async (readOperation: (name: string) => Promise<string>): Promise<Read[]> => [
  ...(await Promise.all(
    Object.entries(CONTRACT_VARIABLES).map(async ([name, variables]) => ({
      name,
      request: { query: await readOperation(name), variables },
    })),
  )),
  { name: 'HSDS services, page 1', request: { path: '/hsds/services?page=1&per_page=20' } },
  { name: 'HSDS service_at_locations', request: { path: '/hsds/service_at_locations?page=2&per_page=20' } },
  { name: 'HSDS services, search', request: { path: '/hsds/services?search=spazio&per_page=20' } },
  { name: 'JSON-LD of a point', request: { path: '/points/demo-csrc-1-1.jsonld' } },
];

/** Points of the import timed at each size: over the 1 MB request limit, so sent in staged parts. */
const IMPORT_POINTS = Number(process.env.BENCH_GROWTH_IMPORT_POINTS ?? 10_000);

export async function measureGrowth(options: {
  root: string;
  /** The database server's URL: each size gets a new database on it. */
  serverUrl: string;
  workDir: string;
  scales: number[];
  requests: number;
  reads: Read[];
  log: (line: string) => void;
}): Promise<GrowthLevel[]> {
  const levels: GrowthLevel[] = [];
  for (const scale of [0, ...options.scales]) {
    const url = await newDatabase(options.serverUrl, `hub_growth_${String(scale).replace('.', '_')}`);
    if (scale > 0) await generateScaleData(url, scale, options.log);
    const env = { DATABASE_URL: url, HUB_KEYS_DIR: `${options.workDir}/keys`, NODE_ENV: 'production', HUB_RESPONSE_CACHE_SECONDS: '0' };
    const started: Service[] = [];
    try {
      options.log(`growth, ${scale === 0 ? 'the seed' : `scale ${scale}`}: starting the three subgraphs and our gateway, caches off…`);
      const subgraphs = await Promise.all(SUBGRAPHS.map(({ name }) => startSubgraphProcess(options.root, name, env)));
      started.push(...subgraphs);
      const gateway = await startApolloGateway(options.root, subgraphs, { ...env, HUB_RATE_LIMIT: 'off' });
      started.push(gateway);
      const measure = async (label: string, points: number) => {
        const reads = await timeReads(gateway.url, subgraphs, options, label);
        const sizes = scale > 0 ? sizesAt(scale) : null;
        return {
          label,
          scale,
          points,
          placementsPerCall: sizes?.placementsPerCall ?? 7,
          reads,
          memory: started.map((s) => ({ name: s.name, mib: residentMiB(s.pid) })),
          import: { points: 0, seconds: Number.NaN },
        };
      };
      const points = SEED_POINTS + (scale > 0 ? sizesAt(scale).points : 0);
      const level: GrowthLevel = await measure(scale === 0 ? 'seed' : `scale ${scale}`, points);
      level.import = await timeImport(options, gateway.url, env, scale);
      levels.push(level);
      // The issue's test: the seed with the import's points on top, through `npm run import`.
      if (scale === 0) levels.push(await measure(`seed + ${IMPORT_POINTS} imported`, points + IMPORT_POINTS));
    } finally {
      for (const service of started.reverse()) await service.stop();
    }
  }
  return levels;
}

/** Each read's median latency and the SQL statements it costs, unloaded. */
async function timeReads(
  gatewayUrl: string,
  subgraphs: Service[],
  options: { requests: number; reads: Read[]; log: (line: string) => void },
  label: string,
): Promise<GrowthLevel['reads']> {
  const reads: GrowthLevel['reads'] = [];
  for (const read of options.reads) {
    const send = () => ('path' in read.request ? get(gatewayUrl, read.request.path) : answer(gatewayUrl, read.request));
    try {
      for (let i = 0; i < 3; i++) await send();
      const before = await statementsSent(subgraphs);
      const times: number[] = [];
      for (let i = 0; i < options.requests; i++) {
        const began = performance.now();
        await send();
        times.push(performance.now() - began);
      }
      // The /metrics reads between cost no statements; the change listeners' pings may add a few.
      reads.push({ p50: median(times), statements: ((await statementsSent(subgraphs)) - before) / options.requests });
      options.log(`growth, ${label}: ${read.name} ${median(times).toFixed(1)} ms`);
    } catch (error) {
      // A read that fails at a size is a finding, shown as such in the table; the others still run.
      reads.push({ p50: Number.NaN, statements: Number.NaN });
      options.log(`growth, ${label}: ${read.name} FAILED: ${String(error).slice(0, 300)}`);
    }
  }
  return reads;
}

/** The rows of the growth table, as the README shows it. */
export function growthLines(reads: Read[], levels: GrowthLevel[]): string[] {
  const cell = (text: string) => text.padStart(22);
  const [seed, imported] = levels;
  const last = levels.at(-1);
  const lines = [
    `${'read (p50 ms, SQL statements)'.padEnd(34)}${levels.map((l) => cell(l.label)).join('')}${cell('imported / seed [≤ 2]')}${cell(`${last?.label} / seed`)}`,
    `${'  points; placements per call'.padEnd(34)}${levels.map((l) => cell(`${l.points}; ${l.placementsPerCall}`)).join('')}`,
  ];
  reads.forEach((read, i) => {
    const at = (l: GrowthLevel) => l.reads[i] ?? { p50: Number.NaN, statements: Number.NaN };
    const ratio = (l: GrowthLevel | undefined) => (l && seed ? `${(at(l).p50 / at(seed).p50).toFixed(2)}×` : '');
    lines.push(
      `${read.name.padEnd(34)}${levels.map((l) => cell(`${at(l).p50.toFixed(1)} (${at(l).statements.toFixed(1)})`)).join('')}${cell(ratio(imported))}${cell(ratio(last))}`,
    );
  });
  for (const name of levels[0]?.memory.map((m) => m.name) ?? []) {
    lines.push(
      `${`memory of ${name}, MiB`.padEnd(34)}${levels.map((l) => cell((l.memory.find((m) => m.name === name)?.mib ?? Number.NaN).toFixed(0))).join('')}`,
    );
  }
  lines.push(
    `${`npm run import of ${IMPORT_POINTS} points, s`.padEnd(34)}${levels.map((l) => cell(l.import.points ? `${l.import.seconds.toFixed(1)} (${(l.import.points / l.import.seconds).toFixed(0)}/s)` : '')).join('')}`,
  );
  return lines;
}

/** A new, empty database beside the server URL's (dropped first if a previous run left it). */
async function newDatabase(serverUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function statementsSent(subgraphs: Service[]): Promise<number> {
  let total = 0;
  for (const subgraph of subgraphs) {
    const text = await (await fetch(new URL(METRICS_PATH, subgraph.url))).text();
    total += Number(/^db_statements_total\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? Number.NaN);
  }
  return total;
}

async function get(graphqlUrl: string, path: string): Promise<void> {
  const response = await fetch(new URL(path, graphqlUrl));
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  await response.arrayBuffer();
}

/** `npm run import` (the built CLI) of new points into the running hub: how long until it reported the commit. */
async function timeImport(
  options: { root: string; workDir: string; log: (line: string) => void },
  gatewayUrl: string,
  env: Record<string, string>,
  scale: number,
): Promise<GrowthLevel['import']> {
  const rows = Array.from({ length: IMPORT_POINTS }, (_, i) => {
    const n = String(i).padStart(5, '0');
    // A grid over central Milan, so that the points fall in every Municipio and have neighbours.
    const [latitude, longitude] = [45.44 + (i % 100) / 1000, 9.14 + Math.floor(i / 100) / 1000];
    return `bench-import-${n},WEMI,Spazio WeMi del benchmark ${n},"Via del benchmark, ${i + 1}",Milano,${latitude.toFixed(5)},${longitude.toFixed(5)},MON 09:00-13:00 FRONT_OFFICE`;
  });
  const file = `${options.workDir}/growth-import-${scale}.csv`;
  await writeFile(file, ['id,kind,name,street,city,latitude,longitude,hours', ...rows].join('\n'));
  const began = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [`${options.root}/dist/scripts/import.js`, file], {
      env: { ...process.env, ...env, HUB_URL: gatewayUrl },
      stdio: 'ignore',
    });
    child.once('exit', resolve);
  });
  const seconds = (performance.now() - began) / 1000;
  if (code !== 0) throw new Error(`npm run import of ${IMPORT_POINTS} points exited with ${code}`);
  options.log(`growth, scale ${scale}: imported ${IMPORT_POINTS} points in ${seconds.toFixed(1)} s`);
  return { points: IMPORT_POINTS, seconds };
}
