import autocannon from 'autocannon';

export interface Request {
  query: string;
  variables: Record<string, unknown>;
}

export interface RoundResult {
  rps: number;
  p50: number;
  p99: number;
  /** Answers that were not 2xx, or that failed at the socket. */
  failures: number;
}

const body = (request: Request) => JSON.stringify({ query: request.query, variables: request.variables });

/** POSTs one request and returns its `data`, failing on any GraphQL error: a target must answer right before it is timed. */
export async function answer(url: string, request: Request): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(request) });
  const json = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (!response.ok || json.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json.errors ?? json)}`);
  return json.data;
}

/** One round of load: `connections` clients posting the request back to back for `seconds`. */
export async function loadRound(url: string, request: Request, connections: number, seconds: number): Promise<RoundResult> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(request),
    connections,
    duration: seconds,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * Documents over the limits, as an attacker would send them: many aliases, deep nesting, many tokens.
 * The hub refuses each with 400 before executing it; the attack measures what refusing costs.
 */
export const HOSTILE_DOCUMENTS = [
  `{ ${Array.from({ length: 10_000 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
  `{ ${'municipi { spazioComune { points { spazioComune { '.repeat(8)}code${' } } } }'.repeat(8)} }`,
  `{ ${Array.from({ length: 200 }, (_, i) => `m${i}: municipi { number name }`).join(' ')} }`,
];

/** `connections` clients posting the hostile documents in turn for `seconds`; how many were answered. */
export async function attackRound(url: string, connections: number, seconds: number): Promise<number> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: HOSTILE_DOCUMENTS.map((query) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })),
  });
  return result.requests.total;
}

/** The median latency of `count` requests sent one after the other (no load), in milliseconds. */
export async function unloadedMedian(url: string, request: Request, count: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await answer(url, request);
    times.push(performance.now() - start);
  }
  return median(times);
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
