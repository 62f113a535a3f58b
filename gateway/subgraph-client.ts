import { createHash } from 'node:crypto';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { OperationTypeNode, parse } from 'graphql';
import { AUTHORIZATION_HEADER } from '../server/authorization-header.js';
import { type Answer, post, StaleConnectionError, SubgraphNotConnectedError } from './subgraph-http.js';

/** How long one subgraph fetch may take, unless HUB_SUBGRAPH_TIMEOUT_MS says otherwise. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

/**
 * How long a mutation's fetch may take, unless HUB_SUBGRAPH_MUTATION_TIMEOUT_MS says otherwise: a
 * write (an import of 10,000 points) may take longer than a read, and a write cut off while the
 * subgraph commits leaves its client not knowing what was written.
 */
export const DEFAULT_SUBGRAPH_MUTATION_TIMEOUT_MS = 300_000;

export function subgraphTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return milliseconds(env, 'HUB_SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS);
}

export function mutationTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  return milliseconds(env, 'HUB_SUBGRAPH_MUTATION_TIMEOUT_MS', DEFAULT_SUBGRAPH_MUTATION_TIMEOUT_MS);
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`${name} must be a whole number of milliseconds above 0, not "${value}".`);
  return ms;
}

/** A subgraph fetch that took longer than the timeout; the data source reports it as SUBGRAPH_TIMEOUT. */
export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/**
 * A mutation sent to a subgraph that gave no answer (it timed out, or the connection broke after
 * the request was sent): the subgraph may have committed it. The data source reports it as
 * WRITE_OUTCOME_UNKNOWN, never as a refusal.
 */
export class WriteOutcomeUnknownError extends Error {
  constructor(readonly reason: string) {
    super(`a write was sent and no answer came back (${reason})`);
  }
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

/**
 * The gateway's HTTP client to the subgraphs, as a `fetcher` for Apollo's RemoteGraphQLDataSource:
 * - keep-alive connections (subgraph-http.ts, over node:http) instead of Apollo's default client;
 * - identical fetches in flight at the same time (same URL, Authorization and body, that is the same
 *   document and variables) share one request: a burst of the same dashboard query costs the
 *   subgraph one execution. Each caller gets its own copy of the answer. Mutations are never shared;
 * - a timeout per fetch, so that a hung subgraph cannot hold the client's answer; a mutation has its
 *   own, longer one, and a mutation left without an answer is a WriteOutcomeUnknownError.
 * - a bound on the bytes of a query's answer: reading stops past it and the fetch fails (a mutation's answer
 *   is read whole: its write is committed).
 */
export class SubgraphClient {
  private readonly inFlight = new Map<string, Promise<Answer>>();
  private readonly mutations = new DocumentKinds();

  constructor(
    readonly timeoutMs: number = subgraphTimeoutFromEnv(),
    /** The gateway's data version: a fetch is shared only by requests made at the same one. */
    private readonly version: () => string | null = () => null,
    readonly mutationTimeoutMs: number = mutationTimeoutFromEnv(),
    /** The most bytes of an answer read (HUB_MAX_RESPONSE). */
    readonly maxBytes: number = Number.POSITIVE_INFINITY,
    /** How long a connection may take to open (subgraph-http.ts). */
    readonly connectTimeoutMs?: number,
  ) {}

  readonly fetch: Fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const headers = init.headers ?? {};
    const body = typeof init.body === 'string' ? init.body : (init.body?.toString('utf8') ?? '');
    if (this.mutations.isMutation(body)) return toResponse(url, await this.sendWrite(url, headers, body));
    // Apollo's data source hands the headers over with lower-case names.
    // The data version is part of the key: a request made after a write must not share a fetch that
    // began before it, or its response cache would keep the old answer under the new version.
    // Hashed: the map holds a short key for each fetch in flight, not a second copy of its body.
    const key = sha256(`${this.version() ?? ''}\n${url}\n${headers[AUTHORIZATION_HEADER] ?? ''}\n${body}`);
    let shared = this.inFlight.get(key);
    if (!shared) {
      shared = this.send(url, headers, body).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, shared);
    }
    return toResponse(url, await shared);
  };

  /**
   * A mutation: its own timeout, and no answer after it was sent is an unknown outcome, not a failure.
   * Its answer is read whole, whatever its size: the write is committed (a 10,000-point import's report
   * is about 5 MB), and only a token holder's mutation runs at all.
   */
  private async sendWrite(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
    try {
      return await this.send(url, headers, body, this.mutationTimeoutMs, Number.POSITIVE_INFINITY, true);
    } catch (error) {
      if (error instanceof SubgraphNotConnectedError) throw error; // nothing was sent: not written
      if (error instanceof SubgraphTimeoutError) throw new WriteOutcomeUnknownError(`no answer within ${error.timeoutMs} ms`);
      throw new WriteOutcomeUnknownError((error as Error).message);
    }
  }

  /** One fetch with its timeout; `fresh`: on a connection of its own (a write). */
  private async send(
    url: string,
    headers: Record<string, string>,
    body: string,
    timeoutMs = this.timeoutMs,
    maxBytes = this.maxBytes,
    fresh = false,
  ): Promise<Answer> {
    // A timer cleared on the answer, not AbortSignal.timeout(): that one would keep every request's
    // state reachable until it fires, which made the gateway's memory grow under load.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const options = { signal: controller.signal, maxBytes, fresh, connectTimeoutMs: this.connectTimeoutMs };
    try {
      try {
        return await post(url, headers, body, options);
      } catch (error) {
        // A reused connection the subgraph had closed: the query was not read; once more, on a new one (never a write).
        if (error instanceof StaleConnectionError && !fresh && !controller.signal.aborted)
          return await post(url, headers, body, { ...options, fresh: true });
        throw error;
      }
    } catch (error) {
      // Out of time with a connection, or still waiting for one (MAX_SOCKETS_PER_SUBGRAPH): a timeout. None
      // could be opened: unreachable, and a write never sent.
      if (controller.signal.aborted && !(error instanceof SubgraphNotConnectedError)) throw new SubgraphTimeoutError(timeoutMs);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}

function toResponse(url: string, answer: Answer): FetcherResponse {
  const response = new Response(answer.body, { status: answer.status, headers: answer.headers });
  Object.defineProperty(response, 'url', { value: url });
  return response as unknown as FetcherResponse;
}

/**
 * Whether a subgraph request body holds a mutation. The gateway sends a bounded set of documents
 * (one per query-plan fetch), so each is parsed once and remembered, by its hash: a document may
 * carry a literal as long as HUB_MAX_LITERAL, and 1,000 hashes weigh about 150 KB whatever the
 * documents. Apollo's data source writes the document first (`{"query":"…",…`): it is cut out of
 * the body without parsing the variables.
 */
export class DocumentKinds {
  private readonly known = new Map<string, boolean>();

  isMutation(body: string): boolean {
    const literal = queryLiteral(body);
    if (literal === null) return true; // not a request we understand: never shared
    const key = sha256(literal);
    let mutation = this.known.get(key);
    if (mutation === undefined) {
      try {
        mutation = parse(JSON.parse(literal) as string).definitions.some(
          (definition) => definition.kind === 'OperationDefinition' && definition.operation !== OperationTypeNode.QUERY,
        );
      } catch {
        mutation = true;
      }
      if (this.known.size >= 1_000) this.known.clear();
      this.known.set(key, mutation);
    }
    return mutation;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** The JSON string literal of "query" at the start of a request body, quotes included; null if the body does not start so. */
function queryLiteral(body: string): string | null {
  const prefix = '{"query":"';
  if (!body.startsWith(prefix)) return null;
  for (let i = prefix.length; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '"') return body.slice(prefix.length - 1, i + 1);
  }
  return null;
}
