import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTracing } from '../server/tracing.js';
import { type Hub, operation, startHub } from './support/hub.js';

// One trace from the gateway through a subgraph down to SQL, joined by W3C traceparent headers.

const exporter = new InMemorySpanExporter();
let hub: Hub;
beforeAll(async () => {
  await startTracing('tests', exporter);
  hub = await startHub(inject('databaseUrl'));
});
afterAll(() => hub?.stop());

describe('tracing', () => {
  it('shows gateway → subgraph → SQL in one trace, continuing the caller’s traceparent', async () => {
    exporter.reset();
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    await hub.query(await operation('SiteByCode'), { code: '202928' }, { traceparent: `00-${traceId}-00f067aa0ba902b7-01` });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const spans = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) => byId.get(s.parentSpanContext?.spanId ?? '');
    const service = (s: ReadableSpan | undefined) => s?.attributes['hub.service'];

    const gateway = spans.find((s) => service(s) === 'gateway');
    expect(gateway?.attributes['graphql.operation.name']).toBe('SiteByCode');
    expect(gateway?.parentSpanContext?.spanId).toBe('00f067aa0ba902b7');

    const sql = spans.filter((s) => s.name === 'pg.query');
    expect(sql.length).toBeGreaterThan(0);
    // Walk up from each SQL statement: a subgraph's server span, then (through the gateway's fetch) the gateway's.
    const chains = sql.map((statement) => {
      const chain: ReadableSpan[] = [];
      for (let s: ReadableSpan | undefined = statement; s; s = parentOf(s)) chain.push(s);
      return chain.map(service).filter(Boolean);
    });
    expect(chains).toContainEqual(['servizio-civile', 'gateway']);
    expect(chains).toContainEqual(['spazio-comune', 'gateway']);
    expect(sql.every((s) => !JSON.stringify(s.attributes).includes('202928'))).toBe(true);
  });
});
