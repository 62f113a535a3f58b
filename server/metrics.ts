import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Operation names are the client's to choose: past this many distinct ones, the rest count as
 * "other", so that a client sending endless new names cannot grow the registry. The server's own
 * known operations (the gateway's contract operations) keep their label however many came first.
 */
const MAX_OPERATION_NAMES = 200;

/** The buckets of every duration the hub measures, in seconds: from 5 ms to 10 s. */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * The Prometheus metrics of one server (its own registry: the tests run several servers in one
 * process): requests by operation name and outcome, their latency, the process's own figures,
 * and whatever the server adds (the database pool of a subgraph).
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly names = new Set<string>();
  readonly requests = this.counter(
    'graphql_requests_total',
    'GraphQL requests by operation name and outcome (ok, or the first error code).',
    ['operation', 'outcome'],
  );
  readonly duration = this.latency(
    'graphql_request_duration_seconds',
    'Time from the start of a GraphQL request to its answer, by operation name.',
    ['operation'],
  );

  readonly cacheHits = this.counter(
    'graphql_response_cache_hits_total',
    'GraphQL requests answered from the response cache, by operation name.',
    ['operation'],
  );

  /** Of those, the ones sent before Apollo's pipeline (server/cached-answer.ts): its fast path is seen working. */
  readonly earlyCacheHits = this.counter(
    'graphql_response_cache_early_answers_total',
    'GraphQL requests answered from the response cache before Apollo’s pipeline, by operation name.',
    ['operation'],
  );

  private readonly known: ReadonlySet<string>;

  constructor(service: string, knownOperations: Iterable<string> = []) {
    this.known = new Set(knownOperations);
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
  }

  /** A counter of this server's registry. */
  counter<Label extends string>(name: string, help: string, labelNames: readonly Label[]): Counter<Label> {
    return new Counter({ name, help, labelNames, registers: [this.registry] });
  }

  /** A histogram of durations in seconds, in this server's registry, with the hub's latency buckets. */
  latency<Label extends string>(name: string, help: string, labelNames: readonly Label[]): Histogram<Label> {
    return new Histogram({ name, help, labelNames, buckets: LATENCY_BUCKETS, registers: [this.registry] });
  }

  /** A counter kept elsewhere (a plain number that something increments), read at each scrape. */
  counterReading(name: string, help: string, read: () => number): void {
    new Counter({
      name,
      help,
      registers: [this.registry],
      collect() {
        this.reset();
        this.inc(read());
      },
    });
  }

  /** A gauge read at each scrape, e.g. the connections of a database pool. */
  gauge(name: string, help: string, read: () => Promise<number>): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
  }

  operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous';
    if (this.known.has(name) || this.names.has(name)) return name;
    if (this.names.size >= MAX_OPERATION_NAMES || name.length > 100) return 'other';
    this.names.add(name);
    return name;
  }

  /** Counts and times every GraphQL request that reaches Apollo. */
  plugin(): ApolloServerPlugin {
    const metrics = this;
    return {
      async requestDidStart() {
        const started = process.hrtime.bigint();
        let outcome = 'ok';
        return {
          async didEncounterErrors({ errors }) {
            if (outcome === 'ok') outcome = String(errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
          },
          async willSendResponse({ operationName, metrics: request }) {
            const operation = metrics.operationLabel(operationName);
            metrics.requests.inc({ operation, outcome });
            if (request.responseCacheHit) metrics.cacheHits.inc({ operation });
            metrics.duration.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    };
  }
}
