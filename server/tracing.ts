import { context, propagation, ROOT_CONTEXT, type Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { NodeTracerProvider, SpanExporter } from '@opentelemetry/sdk-trace-node';
import type { RequestHandler } from 'express';
import pg from 'pg';

/**
 * OpenTelemetry traces, gateway → subgraph → SQL, joined by W3C `traceparent` headers: a server
 * span per GraphQL request in every server (a child of the caller's span), Apollo Gateway's own
 * plan and fetch spans, and a span per SQL statement. Off unless OTEL_EXPORTER_OTLP_ENDPOINT is
 * set (then exported over OTLP/HTTP; the exporter reads the other OTEL_* variables itself), or a
 * test gives its own exporter. When off, the OpenTelemetry API does nothing and costs nothing.
 */
export async function startTracing(serviceName: string, exporter?: SpanExporter): Promise<NodeTracerProvider | null> {
  if (!exporter && !process.env.OTEL_EXPORTER_OTLP_ENDPOINT) return null;
  // Loaded only when tracing is on: every process starts faster without the SDK.
  const { BatchSpanProcessor, NodeTracerProvider, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  const provider = new NodeTracerProvider({
    spanProcessors: [exporter ? new SimpleSpanProcessor(exporter) : new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // The default context manager (AsyncLocalStorage) and propagator (W3C trace context and baggage).
  provider.register();
  traceSqlStatements();
  process.env.OTEL_SERVICE_NAME ??= serviceName;
  return provider;
}

const tracer = () => trace.getTracer('milano-municipal-graph');

/**
 * Starts the server span of a GraphQL request, as a child of the `traceparent` it came with, and
 * runs the rest of the request inside it. Put after the body parser: stream callbacks lose the context.
 */
export function traceRequests(service: string): RequestHandler {
  return (req, res, next) => {
    const parent = propagation.extract(ROOT_CONTEXT, req.headers);
    const span = tracer().startSpan(
      `${req.method} ${req.baseUrl}`,
      { kind: SpanKind.SERVER, attributes: { 'hub.service': service, 'http.request.method': req.method } },
      parent,
    );
    res.on('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(parent, span), next);
  };
}

/** Names the server span after the operation, once Apollo knows it. */
export function nameRequestSpan(operationName: string | null | undefined): void {
  const span = trace.getSpan(context.active());
  if (span && operationName) {
    span.setAttribute('graphql.operation.name', operationName);
  }
}

/** Writes the active trace context (traceparent) into the headers of a request to a subgraph. */
export function injectTraceContext(headers: { set(name: string, value: string): void } | undefined): void {
  if (headers) propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

let sqlTraced = false;

/**
 * A CLIENT span per SQL statement sent by pg inside a traced request (MikroORM → kysely → pg's
 * Client.query, promise form). The statement is recorded without its values (MikroORM inlines some).
 */
function traceSqlStatements(): void {
  if (sqlTraced) return;
  sqlTraced = true;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function tracedQuery(this: pg.Client, ...args: unknown[]) {
    if (!trace.getSpan(context.active()) || args.some((a) => typeof a === 'function')) return query.apply(this, args);
    const first = args[0] as string | { text?: string } | undefined;
    const text = typeof first === 'string' ? first : first?.text;
    return tracer().startActiveSpan(
      'pg.query',
      { kind: SpanKind.CLIENT, attributes: { 'db.system.name': 'postgresql', 'db.query.text': withoutValues(text ?? '') } },
      (span: Span) => {
        const result = query.apply(this, args) as Promise<unknown>;
        result.then(
          () => span.end(),
          (error: Error) => {
            span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
            span.end();
          },
        );
        return result;
      },
    );
  } as typeof pg.Client.prototype.query;
}

/** A statement with its literal values replaced by `?`: a trace carries no data of the requests. */
export function withoutValues(sql: string): string {
  return sql
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/\b\d+(?:\.\d+)?\b/g, '?')
    .slice(0, 2000);
}
