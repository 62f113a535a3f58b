import { ConfigError, httpUrl, integer, oneOf, onOff, postgresUrl } from './config.js';
import { type HttpOptions, httpOptionsFromEnv } from './http-options.js';
import { identityProviderOf } from './identity-provider.js';
import { LOG_LEVELS } from './logger.js';
import { SUBGRAPHS, variablePrefix } from './subgraph-list.js';

/** How many /changes streams a subgraph keeps open at most (each gateway replica follows one). */
export const DEFAULT_MAX_CHANGE_STREAMS = 64;

type Env = Record<string, string | undefined>;

/** What a server process (the gateway, a subgraph) reads from its environment, checked. */
export interface ServiceConfig {
  port: number;
  host: string;
  http: HttpOptions;
  /** HUB_RESPONSE_CACHE_SECONDS: how long an answer may be kept at most; 0 turns the response caches off. */
  responseCacheSeconds: number;
}

/** How long the gateway and the subgraphs keep an answer at most; a write ends it sooner. */
export const DEFAULT_RESPONSE_CACHE_SECONDS = 300;

function common(env: Env, defaultPort: number): ServiceConfig {
  oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info');
  httpUrl(env, 'OTEL_EXPORTER_OTLP_ENDPOINT');
  return {
    port: integer(env, 'PORT', defaultPort, 0, 65_535),
    host: env.HOST?.trim() || '127.0.0.1',
    http: httpOptionsFromEnv(env),
    responseCacheSeconds: integer(env, 'HUB_RESPONSE_CACHE_SECONDS', DEFAULT_RESPONSE_CACHE_SECONDS, 0, 86_400),
  };
}

export interface GatewayConfig extends ServiceConfig {
  /** SERVIZIO_CIVILE_URL…: where each subgraph answers, when not at the supergraph's URL. */
  subgraphUrls: Record<string, string>;
  /** HUB_TRUSTED_DOCUMENTS=on: only the contract operations run. */
  trustedDocuments: boolean;
  /** How the back office page (/backoffice/) signs its staff in. */
  backofficeSignIn: BackofficeSignIn;
}

/** The back office page's client id at the provider unless HUB_OIDC_CLIENT_ID names another. */
export const DEFAULT_OIDC_CLIENT_ID = 'hub-backoffice';

export type BackofficeSignIn = { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'local' } | { mode: 'none' };

/**
 * How the back office page signs in: with the Comune's OpenID Connect provider (HUB_OIDC_ISSUER, and
 * HUB_OIDC_CLIENT_ID, default "hub-backoffice"; HUB_OIDC_SCOPE, default "openid"), or, with no identity
 * provider at all (identityProviderOf), a local development sign-in that signs tokens with the embedded key.
 * `none`: the subgraphs trust a provider (HUB_JWKS_URL) but the page is not told which: no sign-in.
 */
export function backofficeSignIn(env: Env = process.env): BackofficeSignIn {
  const issuer = httpUrl(env, 'HUB_OIDC_ISSUER');
  const clientId = env.HUB_OIDC_CLIENT_ID?.trim() || undefined;
  const scope = env.HUB_OIDC_SCOPE?.trim() || 'openid';
  if (issuer || clientId) {
    if (!issuer) throw new ConfigError('HUB_OIDC_CLIENT_ID needs HUB_OIDC_ISSUER, the provider it is a client of.');
    if (!scope.split(/\s+/).includes('openid')) throw new ConfigError(`HUB_OIDC_SCOPE must include "openid", not "${scope}".`);
    return { mode: 'oidc', issuer, clientId: clientId ?? DEFAULT_OIDC_CLIENT_ID, scope };
  }
  return identityProviderOf(env) ? { mode: 'none' } : { mode: 'local' };
}

export function gatewayConfig(env: Env = process.env): GatewayConfig {
  const subgraphUrls: Record<string, string> = {};
  for (const { name } of SUBGRAPHS) {
    const url = httpUrl(env, `${variablePrefix(name)}_URL`);
    if (url) subgraphUrls[name] = url;
  }
  return {
    ...common(env, 4000),
    subgraphUrls,
    trustedDocuments: onOff(env, 'HUB_TRUSTED_DOCUMENTS', false),
    backofficeSignIn: backofficeSignIn(env),
  };
}

export interface SubgraphConfig extends ServiceConfig {
  databaseUrl: string | undefined;
  demoData: boolean;
  /** HUB_MIGRATE=off: the server neither migrates nor seeds (a migrate step does) and refuses a schema with pending migrations. */
  migrate: boolean;
  /** HUB_MAX_CHANGE_STREAMS: how many /changes streams may be open at once. */
  maxChangeStreams: number;
}

export function subgraphConfig(defaultPort: number, env: Env = process.env): SubgraphConfig {
  onOff(env, 'HUB_SQL_LOG', false);
  return {
    ...common(env, defaultPort),
    databaseUrl: postgresUrl(env, 'DATABASE_URL'),
    demoData: onOff(env, 'HUB_DEMO_DATA', true),
    migrate: onOff(env, 'HUB_MIGRATE', true),
    maxChangeStreams: integer(env, 'HUB_MAX_CHANGE_STREAMS', DEFAULT_MAX_CHANGE_STREAMS, 1, 10_000),
  };
}
