/**
 * The one list of the hub's subgraphs: their names in the supergraph and their default ports.
 * The gateway, `npm start`, compose and the benchmark all read it; each subgraph's definition
 * takes its name and port from here. Plain data, so that the gateway imports no subgraph code.
 */
export const SUBGRAPHS = [
  { name: 'servizio-civile', defaultPort: 4001 },
  { name: 'leva-civica', defaultPort: 4002 },
  { name: 'spazio-comune', defaultPort: 4003 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];

export interface SubgraphEntry {
  name: SubgraphName;
  defaultPort: number;
}

export function subgraphEntry(name: SubgraphName): SubgraphEntry {
  const entry = SUBGRAPHS.find((s) => s.name === name);
  if (!entry) throw new Error(`no subgraph named ${name}`);
  return entry;
}

/** The variable prefix of a subgraph: `servizio-civile` → `SERVIZIO_CIVILE` (…_PORT, …_URL). */
export function variablePrefix(name: string): string {
  return name.toUpperCase().replaceAll('-', '_');
}

/** The URL a subgraph answers at when it listens on `port` on this machine. */
export function localSubgraphUrl(port: number): string {
  return `http://127.0.0.1:${port}/graphql`;
}
