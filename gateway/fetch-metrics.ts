import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { Metrics } from '../server/metrics.js';

/**
 * Times every fetch the gateway makes to a subgraph (by subgraph and outcome: ok, errors in the
 * answer, or failed) and counts the failed ones, for /metrics. It wraps a data source's `process`,
 * so the data source itself knows nothing of metrics.
 */
export function fetchMetrics(metrics: Metrics) {
  const duration = metrics.latency(
    'subgraph_fetch_duration_seconds',
    'Time of one fetch from the gateway to a subgraph, by subgraph and outcome (ok, errors, failed).',
    ['subgraph', 'outcome'],
  );
  const failures = metrics.counter(
    'subgraph_fetch_errors_total',
    'Fetches to a subgraph that failed (unreachable, refused, or an answer that is not GraphQL).',
    ['subgraph'],
  );
  return <T extends RemoteGraphQLDataSource<never>>(subgraph: string, source: T): T => {
    const process = source.process.bind(source);
    source.process = async (options) => {
      const started = performance.now();
      let outcome = 'ok';
      try {
        const response = await process(options);
        if (response.errors?.length) outcome = 'errors';
        return response;
      } catch (error) {
        outcome = 'failed';
        failures.inc({ subgraph });
        throw error;
      } finally {
        duration.observe({ subgraph, outcome }, (performance.now() - started) / 1000);
      }
    };
    return source;
  };
}
