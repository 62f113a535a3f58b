import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler } from 'express';
import { errorBody, formatError } from './errors.js';
import { type HttpOptions, httpOptionsFromEnv } from './http-options.js';
import { armor, refusalDelay, tooManyTokens } from './limits.js';
import { logger } from './logger.js';
import { Metrics } from './metrics.js';
import { GRAPHQL_PATH, HEALTH_PATH, METRICS_PATH, READY_PATH } from './paths.js';
import { useRequestChecks } from './request-checks.js';
import { type RequestIdentity, useRequestLog } from './request-log.js';
import { traceRequests } from './tracing.js';
import { persistedQueriesOf, useTrustedDocuments } from './trusted-documents.js';

/** What a dependency check says: ready, or not with a reason per dependency. */
export type Readiness = Record<string, 'ok' | string>;

export interface GraphQLServerOptions<TContext extends BaseContext> {
  /** The service's name in logs and metrics ("gateway", "servizio-civile"…). */
  name: string;
  /** What Apollo serves: `{ schema }` for a subgraph, `{ gateway }` for the gateway. */
  apollo: Pick<ApolloServerOptions<TContext & RequestIdentity>, 'schema' | 'gateway'>;
  /** The request's own context (the layer adds its requestId). */
  context(req: Request): Promise<TContext>;
  /** Checks what the server depends on, for /ready. */
  readiness(): Promise<Readiness>;
  /**
   * Whether /ready needs every check ok (the default: a subgraph without its database cannot serve) or
   * any one (the gateway: with one subgraph down it still serves the others' part, a partial answer).
   */
  readyWhen?: 'all' | 'any';
  plugins?: ApolloServerPlugin<TContext & RequestIdentity>[];
  /** Registers the server's own metrics (a database pool…). */
  metrics?(metrics: Metrics): void;
  port: number;
  host?: string;
  /** Limits, CORS, trusted documents; from the environment unless given. */
  http?: HttpOptions;
  /** Other routes of the server (the gateway's open formats), given the running Apollo server. */
  routes?(app: Express, apollo: ApolloServer<TContext & RequestIdentity>): void;
}

export interface RunningServer {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4001/graphql. */
  url: string;
  port: number;
  metrics: Metrics;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[\w.:-]{1,64}$/;

/**
 * The one HTTP layer of the hub, used by the gateway and by every subgraph alike: Express with
 * compression and no X-Powered-By, CORS from HUB_CORS_ORIGINS, the GraphQL endpoint behind the
 * limits, CSRF prevention and the request checks, /health, /ready and /metrics, JSON errors for
 * every request that never reaches GraphQL (a body that is not JSON, too large, a wrong path),
 * a request id on every request and log line, a trace span per request (server/tracing.ts), and
 * one way to stop (draining open requests).
 */
export async function serveGraphQL<TContext extends BaseContext>(options: GraphQLServerOptions<TContext>): Promise<RunningServer> {
  const http = options.http ?? httpOptionsFromEnv();
  const metrics = new Metrics(options.name);
  options.metrics?.(metrics);
  const app = express();
  app.disable('x-powered-by');
  const httpServer = createServer(app);
  const limits = armor(http.limits);
  const apollo = new ApolloServer<TContext & RequestIdentity>({
    ...options.apollo,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    ...(http.trustedDocuments ? { persistedQueries: persistedQueriesOf(http.trustedDocuments) } : {}),
    validationRules: limits.validationRules,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(limits.plugins as ApolloServerPlugin<TContext & RequestIdentity>[]),
      useRequestChecks(),
      ...(http.trustedDocuments ? [useTrustedDocuments(http.trustedDocuments)] : []),
      metrics.plugin(),
      useRequestLog(options.name),
      ...(options.plugins ?? []),
    ],
  } as ApolloServerOptions<TContext & RequestIdentity>);
  await apollo.start();

  app.use(requestId);
  app.use(compression());
  app.get(HEALTH_PATH, (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get(READY_PATH, async (_req, res) => {
    const checks = await options.readiness().catch((error: Error) => ({ check: error.message }));
    const status = readinessStatus(checks, options.readyWhen ?? 'all');
    res.status(status === 'unready' ? 503 : 200).json({ status, service: options.name, checks });
  });
  app.get(METRICS_PATH, async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  app.use(
    GRAPHQL_PATH,
    cors({ origin: http.corsOrigins === '*' ? '*' : http.corsOrigins, maxAge: 600 }),
    cacheablePlayground,
    express.json({ limit: http.limits.bodyBytes }),
    refuseTooManyTokens(http.limits.tokens, http.limits.refusalDelayMs),
    traceRequests(options.name),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ ...(await options.context(req)), requestId: String(req.headers['x-request-id']) }),
    }),
  );
  options.routes?.(app, apollo);
  app.use((_req, res) => {
    res.status(404).json(errorBody(`Not found: GraphQL answers at ${GRAPHQL_PATH}.`, 'NOT_FOUND'));
  });
  app.use(answerInJson(options.name));

  await listen(httpServer, options.port, options.host ?? '127.0.0.1');
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${GRAPHQL_PATH}`,
    port,
    metrics,
    // The drain plugin closes the HTTP server and waits for the requests in flight.
    stop: () => apollo.stop(),
  };
}

/**
 * What /ready says: `ready` (200) when every check is ok; `degraded` (200) when only some are and any
 * one suffices; otherwise `unready` (503).
 */
export function readinessStatus(checks: Readiness, readyWhen: 'all' | 'any'): 'ready' | 'degraded' | 'unready' {
  const ok = Object.values(checks).filter((v) => v === 'ok').length;
  if (ok === Object.keys(checks).length) return 'ready';
  return readyWhen === 'any' && ok > 0 ? 'degraded' : 'unready';
}

/** Keeps the caller's X-Request-Id when it is a plain token, or makes one; answers it back. */
const requestId: RequestHandler = (req, res, next) => {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  res.setHeader('x-request-id', id);
  next();
};

/** The playground page (GET from a browser) may be cached a while; it is one self-contained page. */
const cacheablePlayground: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html') {
    res.setHeader('cache-control', 'public, max-age=3600');
  }
  next();
};

/** Lexes the document before Apollo parses it, stopping at the limit: a huge document costs little. */
function refuseTooManyTokens(max: number, delayMs: number): RequestHandler {
  return async (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query === 'string' && tooManyTokens(query, max)) {
      await refusalDelay(delayMs);
      res.status(400).json(errorBody(`The document has more than ${max} tokens.`, 'QUERY_LIMIT_EXCEEDED'));
      return;
    }
    // A POST whose content type the JSON parser does not take has no body; Apollo answers it 400.
    if (!('body' in req)) (req as { body?: unknown }).body = undefined;
    next();
  };
}

/**
 * Requests that fail before GraphQL (the body parser's refusals) answer as GraphQL errors in JSON
 * with the parser's 4xx status, logged without a stack; anything else is a logged 500.
 */
function answerInJson(service: string): ErrorRequestHandler {
  const known: Record<string, [string, string]> = {
    'entity.parse.failed': ['The body is not valid JSON, or not a JSON object.', 'BAD_REQUEST'],
    'entity.too.large': ['The body is larger than this server accepts.', 'PAYLOAD_TOO_LARGE'],
    'encoding.unsupported': ['The body’s content encoding is not supported.', 'UNSUPPORTED_MEDIA_TYPE'],
    'charset.unsupported': ['The body’s charset is not supported: send UTF-8.', 'UNSUPPORTED_MEDIA_TYPE'],
    'request.aborted': ['The request was aborted.', 'BAD_REQUEST'],
    'request.size.invalid': ['The body is shorter or longer than its Content-Length.', 'BAD_REQUEST'],
  };
  return (error, req, res, _next) => {
    const status: number = typeof error?.status === 'number' ? error.status : 500;
    const [message, code] =
      known[error?.type] ?? (status < 500 ? ['Bad request.', 'BAD_REQUEST'] : ['Internal server error', 'INTERNAL_SERVER_ERROR']);
    const line = { service, requestId: req.headers['x-request-id'], status, code };
    if (status >= 500) logger.error({ ...line, err: error }, 'http request failed');
    else logger.info(line, 'http request refused');
    if (res.headersSent) return;
    res.status(status).json(errorBody(message, code));
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
