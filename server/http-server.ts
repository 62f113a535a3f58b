import { randomUUID } from 'node:crypto';
import { createServer, type Server, STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cors from 'cors';
import express, { type ErrorRequestHandler, type Express, type Request, type RequestHandler } from 'express';
import { cacheMetrics, type WeighedCache } from './bounded-cache.js';
import { answerFromCache, type FindAnswer } from './cached-answer.js';
import type { CostDirectives } from './cost-directives.js';
import { errorBody, formatError } from './errors.js';
import { HeavyWork } from './heavy-work.js';
import { type HttpOptions, httpOptionsFromEnv } from './http-options.js';
import { documentOverLimit, jsonTextTooDeep, jsonTooDeep } from './input-size.js';
import { armor, type Limits, refusalDelay } from './limits.js';
import { logger } from './logger.js';
import { serverCaches } from './memory-budget.js';
import { Metrics } from './metrics.js';
import { GRAPHQL_PATH, HEALTH_PATH, METRICS_PATH, READY_PATH } from './paths.js';
import { type IdentifyClient, RateLimiter } from './rate-limits.js';
import { useRequestChecks } from './request-checks.js';
import { type RequestIdentity, useRequestLog } from './request-log.js';
import { traceRequests } from './tracing.js';
import { persistedQueriesOf, useTrustedDocuments } from './trusted-documents.js';
import { useDemandControl } from './use-demand-control.js';

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
  /** Operation names that always keep their own metrics label (past the bound on names, others count as "other"). */
  knownOperations?: string[];
  /** Registers the server's own metrics (a database pool…). */
  metrics?(metrics: Metrics): void;
  port: number;
  host?: string;
  /** Limits, CORS, trusted documents; from the environment unless given. */
  http?: HttpOptions;
  /** The @cost and @listSize directives of the schema served, for demand control. */
  costDirectives: CostDirectives;
  /** Who a request's client is, for rate limits per client (the gateway); none: no rate limits. */
  identifyClient?: IdentifyClient;
  /** Middleware run around each /graphql request once its body is parsed (a subgraph notes the tables a request reads). */
  aroundGraphQL?: RequestHandler;
  /** Finds a query's answer in the response cache, to answer it before Apollo's pipeline (the gateway's: server/cached-answer.ts). */
  findCachedAnswer?: FindAnswer;
  /** The server's own caches kept across requests (the response cache…), reported in /metrics beside the layer's. */
  caches?: WeighedCache[];
  /**
   * Other routes of the server (the gateway's open formats), given the running Apollo server and the
   * middleware that counts a route against its client's rate limit, reserving the given points while a
   * request runs (a no-op without rate limits).
   */
  routes?(app: Express, apollo: ApolloServer<TContext & RequestIdentity>, limitRoute: (reserve: number) => RequestHandler): void;
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
  const metrics = new Metrics(options.name, options.knownOperations);
  options.metrics?.(metrics);
  // Every cache kept across requests has a byte budget (server/memory-budget.ts).
  const caches = serverCaches(http.memory);
  cacheMetrics(metrics, [caches.documents, caches.persistedQueries, ...(options.caches ?? [])]);
  const app = express();
  app.disable('x-powered-by');
  // The client address of a request (req.ip): X-Forwarded-For only from the proxies listed.
  app.set('trust proxy', http.rateLimits.trustedProxies.length > 0 ? http.rateLimits.trustedProxies : false);
  const httpServer = createServer(app);
  httpServer.on('clientError', answerClientError);
  const limits = armor(http.limits);
  const rateLimiter =
    options.identifyClient && http.rateLimits.enabled ? new RateLimiter(http.rateLimits, options.identifyClient) : undefined;
  // Where clients come in (the gateway): heavy documents take turns, whoever sends them (server/heavy-work.ts).
  const heavyWork = options.identifyClient && http.heavyWork.enabled ? new HeavyWork(http.heavyWork) : undefined;
  const apollo = new ApolloServer<TContext & RequestIdentity>({
    ...options.apollo,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    documentStore: caches.documents,
    // Apollo keeps registered persisted queries in its `cache` (keys "apq:…"); nothing else of ours uses it.
    cache: caches.persistedQueries,
    ...(http.trustedDocuments ? { persistedQueries: persistedQueriesOf(http.trustedDocuments) } : {}),
    validationRules: limits.validationRules,
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...(limits.plugins as ApolloServerPlugin<TContext & RequestIdentity>[]),
      // An untrusted document is refused before it is priced or charged.
      ...(http.trustedDocuments ? [useTrustedDocuments(http.trustedDocuments)] : []),
      useDemandControl({
        directives: options.costDirectives,
        maxCost: http.limits.cost,
        maxResponseBytes: http.limits.responseBytes,
        refusalDelayMs: http.limits.refusalDelayMs,
        rateLimiter,
        heavyWork,
        trustedDocuments: http.trustedDocuments,
      }),
      useRequestChecks(),
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
    // The client and its X-RateLimit-* headers before the body is read, so that the parser's refusals carry them too.
    ...(rateLimiter ? [rateLimiter.identifyGraphQL] : []),
    express.json({ limit: http.limits.bodyBytes }),
    ...(rateLimiter ? [rateLimiter.graphql] : []),
    refuseOversizedInput(http.limits),
    traceRequests(options.name),
    ...(options.findCachedAnswer ? [answerFromCache(options.findCachedAnswer, { name: options.name, metrics, rateLimiter })] : []),
    ...(options.aroundGraphQL ? [options.aroundGraphQL] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) => ({ ...(await options.context(req)), requestId: String(req.headers['x-request-id']) }),
    }),
  );
  options.routes?.(app, apollo, (reserve) => rateLimiter?.route(reserve) ?? ((_req, _res, next) => next()));
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
    stop: async () => {
      heavyWork?.stop();
      await apollo.stop();
    },
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

/**
 * Reads the request before Apollo parses or caches anything, and refuses it with 400 and
 * QUERY_LIMIT_EXCEEDED (and which limit) when it is too large in a way the body limit does not see:
 * JSON nested deeper than jsonDepth (body, variables, extensions; a GET's too), which would overflow
 * the call stack of whatever walks it; a document of too many tokens, or with one literal too long,
 * lexed and stopping at the limit, so that a huge document costs little.
 */
function refuseOversizedInput(limits: Limits): RequestHandler {
  return async (req, res, next) => {
    const refuse = async (message: string, limit: string) => {
      await refusalDelay(limits.refusalDelayMs);
      res.status(400).json({ errors: [{ message, extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit } }] });
    };
    const get = req.method === 'GET';
    if (
      get
        ? [req.query.variables, req.query.extensions].some((v) => jsonParamTooDeep(v, limits.jsonDepth))
        : jsonTooDeep(req.body, limits.jsonDepth)
    ) {
      await refuse(`The request nests arrays or objects more than ${limits.jsonDepth} deep.`, 'jsonDepth');
      return;
    }
    const query = get ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    const over = typeof query === 'string' ? documentOverLimit(query, { tokens: limits.tokens, literalBytes: limits.literalBytes }) : null;
    if (over === 'tokens') {
      await refuse(`The document has more than ${limits.tokens} tokens.`, 'tokens');
      return;
    }
    if (over === 'literal') {
      await refuse(`The document has a literal of more than ${limits.literalBytes} bytes: pass long values in variables.`, 'literal');
      return;
    }
    // A POST whose content type the JSON parser does not take has no body; Apollo answers it 400.
    if (!('body' in req)) (req as { body?: unknown }).body = undefined;
    next();
  };
}

/** A GET parameter holding JSON (`variables`, `extensions`), once or repeated, nested too deep. */
function jsonParamTooDeep(value: unknown, max: number): boolean {
  return (Array.isArray(value) ? value : [value]).some((v) => typeof v === 'string' && jsonTextTooDeep(v, max - 1));
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

/**
 * Requests Node's HTTP parser refuses before Express sees them (a URL or headers over 16 KB, as a GET
 * with long variables has; a request line that is not HTTP) answer in JSON too, not with Node's bare
 * status line.
 */
function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (!socket.writable || error.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, message, code] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The URL or the headers are larger than this server accepts: send long variables in a POST body.', 'HEADERS_TOO_LARGE']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request did not arrive in time.', 'REQUEST_TIMEOUT']
        : [400, 'The request is not valid HTTP.', 'BAD_REQUEST'];
  const body = JSON.stringify(errorBody(message, code));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`,
  );
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
