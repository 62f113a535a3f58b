import { readFile } from 'node:fs/promises';
import { contractExamples } from '../../gateway/examples.js';
import { type RunningGateway, startGateway } from '../../gateway/gateway.js';
import { type HttpOptions, httpOptionsFromEnv } from '../../server/http-options.js';
import type { BackofficeSignIn } from '../../server/service-config.js';
import { subgraphs } from '../../subgraphs/index.js';
import type { AuthConfig } from '../../subgraphs/shared/auth/config.js';
import { type RunningSubgraph, startSubgraph } from '../../subgraphs/shared/server.js';
import { TestTokens } from './tokens.js';

export interface GraphQLResponse {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
    extensions?: Record<string, any>;
  };
}

export interface Hub {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  /** Tokens the subgraphs of this hub accept (and wrong ones, to check that they do not). */
  tokens: TestTokens;
  query(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse>;
  stop(): Promise<void>;
}

export const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');

/** POSTs a GraphQL request over real HTTP. */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLResponse['body'] };
}

/**
 * The whole hub in this process, as production runs it: the three subgraph servers on real ports,
 * migrated and seeded, and the gateway over the checked-in supergraph.
 */
export async function startHub(
  databaseUrl: string,
  options: {
    demoData?: boolean;
    override?: (running: RunningSubgraph[]) => Record<string, string>;
    onQuery?: (subgraph: string, sql: string) => void;
    /** Limits, CORS, trusted documents of every server (default: the environment's). */
    http?: HttpOptions;
    /** How long the gateway and the subgraphs keep an answer (default: as in production; 0 turns caching off). */
    responseCacheSeconds?: number;
    /** Whose tokens the subgraphs and the gateway trust (default: those of the hub's `tokens`), e.g. an OpenID provider. */
    auth?: AuthConfig;
    /** The gateway's port (default: any free one), e.g. one an OpenID provider was told to send people back to. */
    gatewayPort?: number;
    /** How the back office page signs in (default: from the environment). */
    backofficeSignIn?: BackofficeSignIn;
  } = {},
): Promise<Hub> {
  const running: RunningSubgraph[] = [];
  const tokens = await TestTokens.create();
  const auth = options.auth ?? tokens.auth;
  const demoData = options.demoData ?? true;
  for (const definition of subgraphs) {
    const onQuery = options.onQuery;
    const orm = onQuery
      ? {
          onQuery: (sql: string) => {
            onQuery(definition.name, sql);
            return sql;
          },
        }
      : {};
    running.push(
      await startSubgraph(definition, {
        databaseUrl,
        port: 0,
        demoData,
        orm,
        auth,
        http: options.http,
        responseCacheSeconds: options.responseCacheSeconds,
      }),
    );
  }
  const gateway = await startGateway({
    supergraphSdl: await readFile(`${root}/schema/supergraph.graphql`, 'utf8'),
    subgraphUrls: { ...Object.fromEntries(running.map((s) => [s.name, s.url])), ...options.override?.(running) },
    port: options.gatewayPort ?? 0,
    examples: contractExamples(root),
    http: options.http,
    auth,
    backofficeSignIn: options.backofficeSignIn,
    responseCacheSeconds: options.responseCacheSeconds,
  });
  return {
    gateway,
    subgraphs: running,
    tokens,
    query: (query, variables, headers) => post(gateway.url, query, variables, headers),
    async stop() {
      await gateway.stop();
      for (const subgraph of running) await subgraph.stop();
    },
  };
}

export async function operation(name: string): Promise<string> {
  return readFile(`${root}/schema/operations/${name}.graphql`, 'utf8');
}

/** The default HTTP options with some limits raised, for a spec that sends one very large document on purpose. */
export function withLimits(limits: Partial<HttpOptions['limits']>): HttpOptions {
  const defaults = httpOptionsFromEnv({});
  return { ...defaults, limits: { ...defaults.limits, ...limits } };
}
