import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { gatewayNodeOptions, subgraphNodeOptions } from '../../server/heap.js';
import { METRICS_PATH, READY_PATH } from '../../server/paths.js';
import { variablePrefix } from '../../server/subgraph-list.js';
import { freePort } from '../embedded-postgres.js';
import { waitForHealth } from '../supervisor.js';

/** A service of the benchmark, each in its own process so that its memory can be read apart. */
export interface Service {
  name: string;
  /** Its GraphQL endpoint. */
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The services running now: a signal that stops the benchmark stops them too (else they outlive it, idle, holding ports and memory). */
const running = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill('SIGTERM');
    // A process ended by a signal emits no 'exit': say here where the services' output is.
    if (logDir) console.error(`The services' output is kept in ${logDir}.`);
    // Then the signal's own effect: with no listener left, it ends the process as it would have.
    process.kill(process.pid, signal);
  });
}

/**
 * Where the services write their output: a file each, not a pipe into this process. This process is
 * also the load generator, and a gateway that logs a line per request (ours, at info) would make it
 * read and split 1,500 lines a second during that gateway's rounds only.
 */
let logDir: string | null = null;

/** The files of the services' output: each is emptied when it passes OUTPUT_BYTES (our gateway writes about 1.5 MB a second under load, caches on). */
const outputs = new Set<string>();
const OUTPUT_BYTES = 10 * 1024 * 1024;

/** The folder of the services' output, made when the first service starts: removed when the run ends well, kept when it fails. */
function outputFolder(): string {
  if (logDir) return logDir;
  const made = mkdtempSync(join(tmpdir(), 'milano-bench-logs-'));
  process.once('exit', (code) => {
    if (code === 0) rmSync(made, { recursive: true, force: true });
    else console.error(`The services' output is kept in ${made}.`);
  });
  // Appended to (O_APPEND): after a truncation, a service's next line goes at the new end.
  setInterval(() => {
    for (const file of outputs) if (existsSync(file) && statSync(file).size > OUTPUT_BYTES) truncateSync(file, 0);
  }, 2_000).unref();
  logDir = made;
  return made;
}

/**
 * Starts a Node script on the project's Node (process.execPath, Node 24 under `npm run`) and waits
 * for its health URL. Its output goes to a file, shown (its last 50 lines) only when it fails to
 * start; with BENCH_VERBOSE=on it is shown as it comes instead.
 */
async function startProcess(name: string, args: string[], env: Record<string, string>, port: number, healthPath: string) {
  const verbose = process.env.BENCH_VERBOSE === 'on';
  const logFile = join(outputFolder(), `${name}-${port}.log`);
  const out = verbose ? 'pipe' : openSync(logFile, 'a');
  outputs.add(logFile);
  const child: ChildProcess = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', out, out] });
  if (typeof out === 'number') closeSync(out);
  running.add(child);
  child.once('exit', () => running.delete(child));
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  try {
    await waitForHealth(`http://127.0.0.1:${port}${healthPath}`, 120_000, () => child.exitCode !== null);
  } catch (error) {
    if (!verbose) console.error(readFileSync(logFile, 'utf8').split('\n').slice(-50).join('\n'));
    child.kill('SIGKILL');
    throw error;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    pid: child.pid ?? 0,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  } satisfies Service;
}

/** One subgraph as `npm start` runs it (dist/subgraphs/<name>/main.js), on a free port. */
export async function startSubgraphProcess(root: string, name: string, env: Record<string, string>): Promise<Service> {
  const port = await freePort();
  return startProcess(
    name,
    [`${root}/dist/subgraphs/${name}/main.js`],
    { ...env, PORT: String(port), NODE_OPTIONS: subgraphNodeOptions() },
    port,
    READY_PATH,
  );
}

/** Our Apollo gateway as `npm start` runs it (its heap flags included), in front of the given subgraphs. */
export async function startApolloGateway(
  root: string,
  subgraphs: Service[],
  env: Record<string, string> = {},
  name = 'apollo-gateway',
): Promise<Service> {
  const port = await freePort();
  const urls = Object.fromEntries(subgraphs.map((s) => [`${variablePrefix(s.name)}_URL`, s.url]));
  return startProcess(
    name,
    [`${root}/dist/gateway/main.js`],
    { ...env, ...urls, PORT: String(port), NODE_OPTIONS: gatewayNodeOptions() },
    port,
    READY_PATH,
  );
}

/**
 * A Hive Gateway (the @graphql-hive/gateway devDependency) serving the checked-in supergraph, its
 * subgraph URLs pointed at the given subgraphs: stock (default options), or with a gateway.config
 * file given by its documented `--config-path`.
 */
export async function startHiveGateway(
  root: string,
  subgraphs: Service[],
  workDir: string,
  name = 'hive-gateway',
  configPath?: string,
): Promise<Service> {
  const port = await freePort();
  let supergraph = await readFile(`${root}/schema/supergraph.graphql`, 'utf8');
  for (const subgraph of subgraphs) {
    supergraph = supergraph.replace(new RegExp(`(@join__graph\\(name: "${subgraph.name}", url: ")[^"]*`), `$1${subgraph.url}`);
  }
  const file = join(workDir, `supergraph-${port}.graphql`);
  await writeFile(file, supergraph);
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('@graphql-hive/gateway/package.json');
  const bin = join(
    dirname(packageJson),
    (JSON.parse(readFileSync(packageJson, 'utf8')) as { bin: Record<string, string> }).bin['hive-gateway'] ?? '',
  );
  return startProcess(
    name,
    [bin, 'supergraph', file, '--port', String(port), '--host', '127.0.0.1', ...(configPath ? ['--config-path', configPath] : [])],
    { NODE_ENV: 'production' },
    port,
    '/healthcheck',
  );
}

/** The resident memory of a process and its children, in MiB (Linux /proc). */
export function residentMiB(pid: number): number {
  let kib = 0;
  const visit = (id: number) => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      kib += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').split(' ').filter(Boolean)) visit(Number(task));
    } catch {
      // the process is gone, or this is not Linux
    }
  };
  visit(pid);
  return kib / 1024;
}

/**
 * How many GraphQL requests the given subgraphs have answered so far (their graphql_requests_total in
 * /metrics), once the count holds still for 200 ms (at most 3 s): requests of a load that just ended may
 * still be in flight, and a subgraph counts a request as its answer is sent, after the gateway may have
 * it. Read too early, a pair's check of what reaches the subgraphs saw one request too few or too many.
 */
export async function subgraphRequests(subgraphs: Service[]): Promise<number> {
  let last = await subgraphRequestsNow(subgraphs);
  for (let waited = 0; waited < 3_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = await subgraphRequestsNow(subgraphs);
    if (now === last) return now;
    last = now;
  }
  return last;
}

async function subgraphRequestsNow(subgraphs: Service[]): Promise<number> {
  let total = 0;
  for (const subgraph of subgraphs) {
    const text = await (await fetch(new URL(METRICS_PATH, subgraph.url))).text();
    for (const line of text.split('\n')) if (line.startsWith('graphql_requests_total{')) total += Number(line.split(' ').at(-1));
  }
  return total;
}

/** The CPU seconds a process has used so far, user and system (Linux /proc, in ticks of 1/100 s). */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0; // the process is gone, or this is not Linux
  }
}
