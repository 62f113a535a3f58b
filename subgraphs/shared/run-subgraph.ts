import { configOrExit } from '../../server/config.js';
import { stopOnSignals } from '../../server/process.js';
import { subgraphConfig } from '../../server/service-config.js';
import { variablePrefix } from '../../server/subgraph-list.js';
import { startTracing } from '../../server/tracing.js';
import { type RunningSubgraph, startSubgraph } from './server.js';
import type { SubgraphDefinition } from './subgraph.js';

/**
 * The entry point of a subgraph deployed alone: PORT, DATABASE_URL and the rest from the
 * environment (checked: a wrong value stops it, naming the variable), a clean stop on
 * SIGINT/SIGTERM.
 */
export async function runSubgraph(definition: SubgraphDefinition): Promise<void> {
  await runSubgraphs([definition], (d) => configOrExit(() => subgraphConfig(d.defaultPort), d.name));
}

/**
 * Several subgraphs in one process, each on its own port (SERVIZIO_CIVILE_PORT…): how `npm start`
 * runs them on one machine, so that the modules they share (Apollo, type-graphql, MikroORM) load
 * once instead of once per subgraph. Each keeps its own schema, database pool and HTTP server.
 */
export async function runSubgraphsTogether(definitions: SubgraphDefinition[]): Promise<void> {
  await runSubgraphs(definitions, (d) => {
    const port = process.env[`${variablePrefix(d.name)}_PORT`] ?? String(d.defaultPort);
    return configOrExit(() => subgraphConfig(d.defaultPort, { ...process.env, PORT: port }), d.name);
  });
}

async function runSubgraphs(
  definitions: SubgraphDefinition[],
  configOf: (definition: SubgraphDefinition) => ReturnType<typeof subgraphConfig>,
): Promise<void> {
  const configs = definitions.map((d) => [d, configOf(d)] as const);
  const name = definitions.map((d) => d.name).join(', ');
  await startTracing(definitions.length === 1 ? name : 'subgraphs');
  const databaseUrl = configs[0]?.[1].databaseUrl;
  if (!databaseUrl) {
    console.error(`${name}: DATABASE_URL is not set. Run the whole hub with "npm start", or set DATABASE_URL.`);
    process.exit(2);
  }
  const running: RunningSubgraph[] = [];
  const stopAll = async () => {
    await Promise.allSettled(running.map((subgraph) => subgraph.stop()));
  };
  stopOnSignals(async () => {
    await stopAll();
    process.exit(0);
  });
  const started = await Promise.allSettled(
    configs.map(async ([definition, config]) => {
      const subgraph = await startSubgraph(definition, {
        databaseUrl,
        port: config.port,
        host: config.host,
        demoData: config.demoData,
        http: config.http,
        responseCacheSeconds: config.responseCacheSeconds,
      });
      running.push(subgraph);
      // A plain line for whoever started it (npm start waits for it), whatever LOG_LEVEL says.
      console.log(`${definition.name} ready at ${subgraph.url}`);
    }),
  );
  const failed = started.flatMap((result, i) => (result.status === 'rejected' ? [[configs[i]?.[0].name, result.reason] as const] : []));
  if (failed.length > 0) {
    for (const [subgraph, reason] of failed) console.error(`${subgraph} could not start:`, reason);
    await stopAll();
    process.exit(1);
  }
}
