import { answer, loadRound, median, type Request, type RoundResult } from './load.js';
import { cpuSeconds, residentMiB, type Service, subgraphRequests } from './services.js';

/** Two gateways in front of the same subgraphs, both keeping whole answers or neither. */
export interface Pair {
  title: string;
  ours: Service;
  theirs: Service;
  /** The subgraphs behind both. */
  subgraphs: Service[];
  /** Whether both gateways answer a repeated query from their response cache. */
  caching: boolean;
}

export interface Operation {
  name: string;
  request: Request;
  /** The subgraph that answers it alone, measured beside the gateways. */
  direct?: Service;
}

export interface Load {
  connections: number;
  seconds: number;
  rounds: number;
  warmup: number;
  log(line: string): void;
}

export interface Measured {
  operation: string;
  target: string;
  rounds: RoundResult[];
  /** Per round, the CPU the target's process used, in % of one core (a Node process is CPU-bound near 100). */
  cpu: number[];
  /** Per round, the CPU the pair's subgraphs used together, in % of one core. */
  subgraphsCpu: number[];
}

/** Repeats sent one at a time to tell whether a gateway answers from its cache (no subgraph asked) or not. */
const REPEATS = 5;

/**
 * Loads each operation through both gateways of the pair (and the subgraph alone, if any) in rounds
 * that alternate between the targets, in an order reversed every other round, so that a noisy
 * neighbour and the warming up of the services they share touch them alike. Before any timing,
 * every target must give the first one's answer, and each gateway must do what the pair says of
 * caching: with caches, repeats reach no subgraph; without, each repeat does.
 */
export async function comparePair(pair: Pair, operations: Operation[], load: Load) {
  const rows: Measured[] = [];
  const peakRss = new Map<string, number>();
  for (const operation of operations) {
    const targets = [pair.ours, pair.theirs, ...(operation.direct ? [operation.direct] : [])];
    const expected = JSON.stringify(await answer(pair.ours.url, operation.request));
    for (const target of targets) {
      if (JSON.stringify(await answer(target.url, operation.request)) !== expected)
        throw new Error(`${target.name} answers ${operation.name} differently`);
      if (load.warmup > 0) await loadRound(target.url, operation.request, load.connections, load.warmup);
      if (target === operation.direct) continue;
      const before = await subgraphRequests(pair.subgraphs);
      for (let i = 0; i < REPEATS; i++) await answer(target.url, operation.request);
      const asked = (await subgraphRequests(pair.subgraphs)) - before;
      if (pair.caching ? asked > 0 : asked < REPEATS)
        throw new Error(`${pair.title}: ${target.name} sent ${asked} subgraph requests for ${REPEATS} repeats of ${operation.name}`);
    }
    const measured: Measured[] = targets.map((target) => ({
      operation: operation.name,
      target: target.name,
      rounds: [],
      cpu: [],
      subgraphsCpu: [],
    }));
    rows.push(...measured);
    for (let round = 1; round <= load.rounds; round++) {
      // Every other round in the reverse order (A B, B A, …): the services warm up through the run, and
      // whoever always went first would always meet them colder.
      const order = round % 2 === 1 ? [...targets.entries()] : [...targets.entries()].reverse();
      for (const [i, target] of order) {
        const sampler = setInterval(() => {
          peakRss.set(target.name, Math.max(peakRss.get(target.name) ?? 0, residentMiB(target.pid)));
        }, 200);
        const cpuBefore = cpuSeconds(target.pid);
        const subgraphsBefore = subgraphsCpu(pair.subgraphs);
        const result = await loadRound(target.url, operation.request, load.connections, load.seconds);
        clearInterval(sampler);
        const cpu = ((cpuSeconds(target.pid) - cpuBefore) / load.seconds) * 100;
        const behind = ((subgraphsCpu(pair.subgraphs) - subgraphsBefore) / load.seconds) * 100;
        measured[i]?.rounds.push(result);
        measured[i]?.cpu.push(cpu);
        measured[i]?.subgraphsCpu.push(behind);
        load.log(
          `${pair.title} ${operation.name} round ${round}/${load.rounds} ${target.name.padEnd(15)} ${result.rps.toFixed(0).padStart(6)} req/s  p50 ${result.p50} ms  p99 ${result.p99} ms  cpu ${cpu.toFixed(0)}%, subgraphs ${behind.toFixed(0)}%${result.failures ? `  ${result.failures} FAILED` : ''}`,
        );
      }
    }
  }
  return { rows, peakRss };
}

const subgraphsCpu = (subgraphs: Service[]) => subgraphs.reduce((sum, s) => sum + cpuSeconds(s.pid), 0);

/** Medians of a target's rounds, and its failures summed. */
export function summary(rows: Measured[], target: string, operation: string) {
  const row = rows.find((r) => r.target === target && r.operation === operation);
  const rounds = row?.rounds ?? [];
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    failures: rounds.reduce((sum, r) => sum + r.failures, 0),
    cpu: median(row?.cpu ?? []),
    subgraphsCpu: median(row?.subgraphsCpu ?? []),
  };
}
