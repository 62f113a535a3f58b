import { configOrExit } from '../../server/config.js';
import { stopOnSignals } from '../../server/process.js';
import { subgraphConfig } from '../../server/service-config.js';
import { startTracing } from '../../server/tracing.js';
import { startSubgraph } from './server.js';
import type { SubgraphDefinition } from './subgraph.js';

/**
 * The entry point of a subgraph deployed alone: PORT, DATABASE_URL and the rest from the
 * environment (checked: a wrong value stops it, naming the variable), a clean stop on
 * SIGINT/SIGTERM. `npm start` runs three of these behind the gateway.
 */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  const config = configOrExit(() => subgraphConfig(definition.defaultPort), definition.name);
  await startTracing(definition.name);
  if (!config.databaseUrl) {
    console.error(`${definition.name}: DATABASE_URL is not set. Run the whole hub with "npm start", or set DATABASE_URL.`);
    process.exit(2);
  }
  const subgraph = await startSubgraph(definition, {
    databaseUrl: config.databaseUrl,
    port: config.port,
    host: config.host,
    demoData: config.demoData,
    http: config.http,
    responseCacheSeconds: config.responseCacheSeconds,
  });
  // A plain line for whoever started it (npm start waits for it), whatever LOG_LEVEL says.
  console.log(`${definition.name} ready at ${subgraph.url}`);
  stopOnSignals(async () => {
    await subgraph.stop();
    process.exit(0);
  });
}
