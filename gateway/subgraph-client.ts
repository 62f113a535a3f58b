import { createHash } from 'node:crypto';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { OperationTypeNode, parse } from 'graphql';
import { Agent, request } from 'undici';

/** How long one subgraph fetch may take, unless HUB_SUBGRAPH_TIMEOUT_MS says otherwise. */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000;

export function subgraphTimeoutFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.HUB_SUBGRAPH_TIMEOUT_MS;
  if (value === undefined || value === '') return DEFAULT_SUBGRAPH_TIMEOUT_MS;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new Error(`HUB_SUBGRAPH_TIMEOUT_MS must be a whole number of milliseconds above 0, not "${value}".`);
  return ms;
}

/** A subgraph fetch that took longer than the timeout; the data source reports it as SUBGRAPH_TIMEOUT. */
export class SubgraphTimeoutError extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;
type FetcherResponse = Awaited<ReturnType<Fetcher>>;

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * The gateway's HTTP client to the subgraphs, as a `fetcher` for Apollo's RemoteGraphQLDataSource:
 * - keep-alive connections (an undici Agent) instead of Apollo's default client;
 * - identical fetches in flight at the same time (same URL, Authorization and body, that is the same
 *   document and variables) share one request: a burst of the same dashboard query costs the
 *   subgraph one execution. Each caller gets its own copy of the answer. Mutations are never shared;
 * - a timeout per fetch, so that a hung subgraph cannot hold the client's answer.
 */
export class SubgraphClient {
  private readonly agent = new Agent({ keepAliveTimeout: 4_000, keepAliveMaxTimeout: 60_000 });
  private readonly inFlight = new Map<string, Promise<Answer>>();
  private readonly mutations = new DocumentKinds();

  constructor(
    readonly timeoutMs: number = subgraphTimeoutFromEnv(),
    /** The gateway's data version: a fetch is shared only by requests made at the same one. */
    private readonly version: () => string | null = () => null,
  ) {}

  readonly fetch: Fetcher = async (url: string, init: FetcherRequestInit = {}): Promise<FetcherResponse> => {
    const headers = init.headers ?? {};
    const body = typeof init.body === 'string' ? init.body : (init.body?.toString('utf8') ?? '');
    if (this.mutations.isMutation(body)) return toResponse(url, await this.send(url, headers, body));
    // Apollo's data source hands the headers over with lower-case names.
    // The data version is part of the key: a request made after a write must not share a fetch that
    // began before it, or its response cache would keep the old answer under the new version.
    // Hashed: the map holds a short key for each fetch in flight, not a second copy of its body.
    const key = sha256(`${this.version() ?? ''}\n${url}\n${headers.authorization ?? ''}\n${body}`);
    let shared = this.inFlight.get(key);
    if (!shared) {
      shared = this.send(url, headers, body).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, shared);
    }
    return toResponse(url, await shared);
  };

  private async send(url: string, headers: Record<string, string>, body: string): Promise<Answer> {
    // A timer cleared on the answer, not AbortSignal.timeout(): that one would keep every request's
    // state reachable until it fires, which made the gateway's memory grow under load.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.timeoutMs);
    try {
      const response = await request(url, { method: 'POST', headers, body, dispatcher: this.agent, signal: controller.signal });
      const text = await response.body.text();
      const flat: Record<string, string> = {};
      for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) flat[name] = String(value);
      return { status: response.statusCode, headers: flat, body: text };
    } catch (error) {
      if (controller.signal.aborted) throw new SubgraphTimeoutError(this.timeoutMs);
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
