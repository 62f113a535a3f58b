import { METRICS_PATH } from '../../server/paths.js';

/** The value of one Prometheus sample of a service (its GraphQL URL), e.g. graphql_requests_total{operation="X",outcome="ok"}; 0 when absent. */
export async function sample(url: string, name: string, labels: Record<string, string> = {}): Promise<number> {
  const text = await (await fetch(url.replace('/graphql', METRICS_PATH))).text();
  const line = text
    .split('\n')
    .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
  return line ? Number(line.split(' ').at(-1)) : 0;
}
