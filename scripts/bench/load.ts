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
  return attack(url, connections, seconds, HOSTILE_DOCUMENTS);
}

const heavyPoints = (alias: string) =>
  `${alias}: points(first: 100) { nodes { id name isOpen(at: $at) nextChange(after: $at) { at opens } openingHours { day opens closes activity } specialSchedules { validFrom validTo closed } municipio { number name } spazioComune { code } } }`;

/**
 * The heaviest documents the limits let through, as an attacker who read the limits would send them:
 * the nine 100 KB boundaries four times over (an answer of 3.5 MB, under HUB_MAX_RESPONSE), five pages
 * of 100 points with their hours and next change, and the HSDS programmes query, the dearest the hub's
 * own consumers send. Each request asks about another instant, so no cache answers it: every one is
 * planned, fetched and executed. The benchmark checks that each is answered, not refused, first.
 */
export const HEAVY_DOCUMENTS = [
  `query HeavyBoundaries($at: DateTime!) { ${[0, 1, 2, 3].map((i) => `b${i}: municipi { number boundary }`).join(' ')} p: points(first: 20) { nodes { id isOpen(at: $at) } } }`,
  `query HeavyPoints($at: DateTime!) { ${[0, 1, 2, 3, 4].map((i) => heavyPoints(`p${i}`)).join(' ')} }`,
];

/** Another instant for each request (a minute of 2026), so that no response cache answers it. */
export const anInstant = () => new Date(Date.UTC(2026, 0, 1) + Math.floor(Math.random() * 525_600) * 60_000).toISOString();

/** `connections` clients posting the heaviest documents the limits allow, each at another instant; how many were answered. */
export async function heavyAttackRound(url: string, connections: number, seconds: number, extra: Request[] = []): Promise<number> {
  const documents = [...HEAVY_DOCUMENTS.map((query) => ({ query, variables: {} })), ...extra];
  return attack(
    url,
    connections,
    seconds,
    documents.map((d) => d.query),
    (i) => ({ ...documents[i]?.variables, at: anInstant() }),
  );
}

async function attack(
  url: string,
  connections: number,
  seconds: number,
  queries: string[],
  variables?: (index: number) => Record<string, unknown>,
): Promise<number> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: queries.map((query, i) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      ...(variables
        ? { setupRequest: (req: object) => ({ ...req, body: JSON.stringify({ query, variables: variables(i) }) }) }
        : { body: JSON.stringify({ query }) }),
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
