import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { CONTRACT_VARIABLES } from '../../gateway/examples.js';
import { METRICS_PATH } from '../../server/paths.js';
import { SUBGRAPHS } from '../../server/subgraph-list.js';
import { generateScaleData } from '../scale/generate.js';
import { SEED_POINTS, sizesAt } from '../scale/sizes.js';
import { createDatabase, dropDatabase } from './databases.js';
import { answer, median, type Request } from './load.js';
import { residentMiB, type Service, startApolloGateway, startSubgraphProcess } from './services.js';

/**
 * The growth curve (issue 16, point 5): the same reads, unloaded and with every cache off, over the
 * seed with 10,000 points imported through `npm run import` (the issue's test) and over the scale
 * data set at each scale, each on a new database of its own, each against a hub on the seed alone
 * that stays up all along: the two hubs' requests alternate in slices, so that a noisy machine slows
 * both alike and the ratio holds where the milliseconds do not. For each read: its median latency
 * and the SQL statements it costs (the subgraphs' db_statements_total, before and after); for each
 * size: the processes' memory and the time of `npm run import`.
 */
export interface GrowthLevel {
  /** The seed with the import's points, or a scale. */
  label: string;
  points: number;
  placementsPerCall: number;
  /** Per read, in the order of GROWTH_READS: on this data, and on the seed hub in the same slices. */
  reads: { p50: number; statements: number; seedP50: number }[];
  memory: { name: string; mib: number }[];
  /** The import's time, and the resident memory of spazio-comune before it and at its peak while it ran. */
  import: { points: number; seconds: number; before: number; peak: number };
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

/** Slices of requests per read, alternating between the seed hub and the other. */
const SLICES = 5;

interface RunningHub {
  gateway: Service;
  subgraphs: Service[];
  env: Record<string, string>;
  stop(): Promise<void>;
}

type Options = {
  root: string;
  /** The database server's URL: each size gets a new database on it. */
  serverUrl: string;
  workDir: string;
  scales: number[];
  requests: number;
  reads: Read[];
  log: (line: string) => void;
};

export async function measureGrowth(options: Options): Promise<GrowthLevel[]> {
  const levels: GrowthLevel[] = [];
  const seed = await startHubOn(options, await createDatabase(options.serverUrl, 'hub_growth_seed'));
  try {
    for (const scale of [0, ...options.scales]) {
      const name = `hub_growth_${String(scale).replace('.', '_')}`;
      const url = await createDatabase(options.serverUrl, name);
      if (scale > 0) await generateScaleData(url, scale, options.log);
      const hub = await startHubOn(options, url);
      try {
        const label = scale === 0 ? `seed + ${IMPORT_POINTS} imported` : `scale ${scale}`;
        // The seed level is the issue's test: the points go in through `npm run import`, then the reads.
        const imported = scale === 0 ? await timeImport(options, hub, 'seed') : null;
        const reads = await timeReads(seed, hub, options, label);
        const later = scale === 0 ? null : await timeImport(options, hub, label);
        levels.push({
          label,
          points: SEED_POINTS + (scale > 0 ? sizesAt(scale).points : IMPORT_POINTS),
          placementsPerCall: scale > 0 ? sizesAt(scale).placementsPerCall : 7,
          reads,
          memory: [hub.gateway, ...hub.subgraphs].map((s) => ({ name: s.name, mib: residentMiB(s.pid) })),
          import: (imported ?? later) as GrowthLevel['import'],
        });
      } finally {
        await hub.stop();
        // Nothing of the run stays behind on a server of your own (DATABASE_URL).
        await dropDatabase(options.serverUrl, name);
      }
    }
  } finally {
    await seed.stop();
    await dropDatabase(options.serverUrl, 'hub_growth_seed');
  }
  return levels;
}

/** The three subgraphs and our gateway on one database, every cache off, as `npm start` runs them. */
async function startHubOn(options: Options, url: string): Promise<RunningHub> {
  const env = { DATABASE_URL: url, HUB_KEYS_DIR: `${options.workDir}/keys`, NODE_ENV: 'production', HUB_RESPONSE_CACHE_SECONDS: '0' };
  const started: Service[] = [];
  const stop = async () => {
    for (const service of started.reverse()) await service.stop();
  };
  try {
    const subgraphs = await Promise.all(SUBGRAPHS.map(({ name }) => startSubgraphProcess(options.root, name, env)));
    started.push(...subgraphs);
    const gateway = await startApolloGateway(options.root, subgraphs, { ...env, HUB_RATE_LIMIT: 'off' });
    started.push(gateway);
    return { gateway, subgraphs, env, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Each read's median latency on both hubs, in alternating slices, and the SQL statements it costs the other. */
async function timeReads(seed: RunningHub, hub: RunningHub, options: Options, label: string): Promise<GrowthLevel['reads']> {
  const reads: GrowthLevel['reads'] = [];
  for (const read of options.reads) {
    const send = (url: string) => ('path' in read.request ? get(url, read.request.path) : answer(url, read.request));
    const timed = async (url: string, count: number, times: number[]) => {
      for (let i = 0; i < count; i++) {
        const began = performance.now();
        await send(url);
        times.push(performance.now() - began);
      }
    };
    try {
      for (let i = 0; i < 3; i++) await Promise.all([send(seed.gateway.url), send(hub.gateway.url)]);
      const onSeed: number[] = [];
      const onHub: number[] = [];
      let statements = 0;
      for (let slice = 0; slice < SLICES; slice++) {
        await timed(seed.gateway.url, Math.ceil(options.requests / SLICES), onSeed);
        const before = await statementsSent(hub.subgraphs);
        await timed(hub.gateway.url, Math.ceil(options.requests / SLICES), onHub);
        // The /metrics reads between cost no statements; the change listeners' pings may add a few.
        statements += (await statementsSent(hub.subgraphs)) - before;
      }
      reads.push({ p50: median(onHub), statements: statements / onHub.length, seedP50: median(onSeed) });
      options.log(`growth, ${label}: ${read.name} ${median(onHub).toFixed(1)} ms (seed ${median(onSeed).toFixed(1)} ms)`);
    } catch (error) {
      // A read that fails at a size is a finding, shown as such in the table; the others still run.
      reads.push({ p50: Number.NaN, statements: Number.NaN, seedP50: Number.NaN });
      options.log(`growth, ${label}: ${read.name} FAILED: ${String(error).slice(0, 300)}`);
    }
  }
  return reads;
}

/** The rows of the growth table, as the README shows it: per level, p50 ms (SQL statements) and the ratio to the seed. */
export function growthLines(reads: Read[], levels: GrowthLevel[]): string[] {
  const cell = (text: string) => text.padStart(30);
  const lines = [
    `${'read: p50 ms (statements), ÷ seed'.padEnd(30)}${cell('seed')}${levels.map((l) => cell(l.label)).join('')}`,
    `${'  points; placements per call'.padEnd(30)}${cell(`${SEED_POINTS}; 7`)}${levels.map((l) => cell(`${l.points}; ${l.placementsPerCall}`)).join('')}`,
  ];
  reads.forEach((read, i) => {
    const at = (l: GrowthLevel) => l.reads[i] ?? { p50: Number.NaN, statements: Number.NaN, seedP50: Number.NaN };
    const seedP50 = levels[0] ? at(levels[0]).seedP50 : Number.NaN;
    lines.push(
      `${read.name.padEnd(30)}${cell(seedP50.toFixed(1))}${levels
        .map((l) => cell(`${at(l).p50.toFixed(1)} (${at(l).statements.toFixed(1)}) ${(at(l).p50 / at(l).seedP50).toFixed(2)}×`))
        .join('')}`,
    );
  });
  for (const name of levels[0]?.memory.map((m) => m.name) ?? []) {
    lines.push(
      `${`${name}, MiB`.padEnd(30)}${cell('')}${levels.map((l) => cell((l.memory.find((m) => m.name === name)?.mib ?? Number.NaN).toFixed(0))).join('')}`,
    );
  }
  lines.push(
    `${`npm run import, ${IMPORT_POINTS} points`.padEnd(30)}${cell('')}${levels.map((l) => cell(`${l.import.seconds.toFixed(1)} s (${(l.import.points / l.import.seconds).toFixed(0)}/s)`)).join('')}`,
    `${'  spazio-comune, MiB → peak'.padEnd(30)}${cell('')}${levels.map((l) => cell(`${l.import.before.toFixed(0)} → ${l.import.peak.toFixed(0)}`)).join('')}`,
  );
  return lines;
}

/** A new, empty database beside the server URL's (dropped first if a previous run left it). */
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
async function timeImport(options: Options, hub: RunningHub, label: string): Promise<GrowthLevel['import']> {
  const rows = Array.from({ length: IMPORT_POINTS }, (_, i) => {
    const n = String(i).padStart(5, '0');
    // A grid over central Milan, so that the points fall in every Municipio and have neighbours.
    const [latitude, longitude] = [45.44 + (i % 100) / 1000, 9.14 + Math.floor(i / 100) / 1000];
    return `bench-import-${n},WEMI,Spazio WeMi del benchmark ${n},"Via del benchmark, ${i + 1}",Milano,${latitude.toFixed(5)},${longitude.toFixed(5)},MON 09:00-13:00 FRONT_OFFICE`;
  });
  const file = `${options.workDir}/growth-import-${label.replace(/\W+/g, '-')}.csv`;
  await writeFile(file, ['id,kind,name,street,city,latitude,longitude,hours', ...rows].join('\n'));
  const importer = hub.subgraphs.find((s) => s.name === 'spazio-comune');
  if (!importer) throw new Error('no spazio-comune subgraph');
  const before = residentMiB(importer.pid);
  let peak = before;
  const sampling = setInterval(() => {
    peak = Math.max(peak, residentMiB(importer.pid));
  }, 100);
  const began = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [`${options.root}/dist/scripts/import.js`, file], {
      env: { ...process.env, ...hub.env, HUB_URL: hub.gateway.url },
      stdio: 'ignore',
    });
    child.once('exit', resolve);
  });
  const seconds = (performance.now() - began) / 1000;
  clearInterval(sampling);
  if (code !== 0) throw new Error(`npm run import of ${IMPORT_POINTS} points exited with ${code}`);
  options.log(`growth, ${label}: imported ${IMPORT_POINTS} points in ${seconds.toFixed(1)} s, spazio-comune ${before} → ${peak} MiB`);
  return { points: IMPORT_POINTS, seconds, before, peak };
}
