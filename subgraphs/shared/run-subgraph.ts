import { startSubgraph } from './server.js';
import type { SubgraphDefinition } from './subgraph.js';

/**
 * The entry point of a subgraph deployed alone: PORT and DATABASE_URL from the environment,
 * a clean stop on SIGINT/SIGTERM. `npm start` runs three of these behind the gateway.
 */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    console.error(`${definition.name}: DATABASE_URL is not set. Run the whole hub with "npm start", or set DATABASE_URL.`);
    process.exit(2);
  }
  const port = Number(process.env.PORT ?? definition.defaultPort);
  const subgraph = await startSubgraph(definition, { databaseUrl, port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`${definition.name} ready at ${subgraph.url}`);
  const stop = async () => {
    await subgraph.stop();
    process.exit(0);
  };
  stopOnSignals(stop);
}

/**
 * Stops cleanly on SIGINT and SIGTERM, and, when `npm start` launched this process (over an IPC
 * channel), also when the hub goes away without stopping it (killed with SIGKILL): no orphans.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const once = () => {
    if (stopping) return;
    stopping = true;
    void stop();
  };
  process.once('SIGINT', once);
  process.once('SIGTERM', once);
  if (process.send) process.once('disconnect', once);
}
