import { configOrExit } from '../../server/config.js';
import { stopOnSignals } from '../../server/process.js';
import { subgraphConfig } from '../../server/service-config.js';
import { startTracing } from '../../server/tracing.js';
import { prepareDatabase, startSubgraph } from './server.js';
import type { SubgraphDefinition } from './subgraph.js';

/** The argument that makes a subgraph's entry point migrate and seed its schema, then exit. */
export const MIGRATE_ONLY = '--migrate-only';

/**
 * The entry point of a subgraph (`node dist/subgraphs/<name>/main.js`): PORT, DATABASE_URL and the
 * rest from the environment (checked: a wrong value stops it, naming the variable), a clean stop on
 * SIGINT/SIGTERM. With `--migrate-only` it applies the pending migrations and the seed, then exits
 * (0, or 1 when they fail): the step a deployment runs before its servers start (HUB_MIGRATE=off).
 */
export async function runSubgraph(definition: SubgraphDefinition, args = process.argv.slice(2)): Promise<void> {
  const config = configOrExit(() => subgraphConfig(definition.defaultPort), definition.name);
  if (!config.databaseUrl) {
    console.error(`${definition.name}: DATABASE_URL is not set. Run the whole hub with "npm start", or set DATABASE_URL.`);
    process.exit(2);
  }
  if (args.includes(MIGRATE_ONLY)) {
    try {
      const orm = await prepareDatabase(definition, { databaseUrl: config.databaseUrl, demoData: config.demoData });
      await orm.close();
      console.log(`${definition.name}: schema migrated and seeded`);
      process.exit(0);
    } catch (error) {
      console.error(`${definition.name}: migration failed:`, error);
      process.exit(1);
    }
  }
  await startTracing(definition.name);
  try {
    const subgraph = await startSubgraph(definition, {
      databaseUrl: config.databaseUrl,
      port: config.port,
      host: config.host,
      demoData: config.demoData,
      migrate: config.migrate,
      http: config.http,
      responseCacheSeconds: config.responseCacheSeconds,
      maxChangeStreams: config.maxChangeStreams,
    });
    stopOnSignals(async () => {
      await subgraph.stop();
      process.exit(0);
    });
    // A plain line for whoever started it (npm start waits for it), whatever LOG_LEVEL says.
    console.log(`${definition.name} ready at ${subgraph.url}`);
  } catch (error) {
    console.error(`${definition.name} could not start:`, error);
    process.exit(1);
  }
}
