import { gatewayNodeOptions } from '../gateway/heap.js';
import { configOrExit, integer } from '../server/config.js';
import { HEALTH_PATH, READY_PATH } from '../server/paths.js';
import { gatewayConfig, subgraphConfig } from '../server/service-config.js';
import { localSubgraphUrl, SUBGRAPHS, variablePrefix } from '../server/subgraph-list.js';
import { embeddedKeys, embeddedKeysDir } from '../subgraphs/shared/auth/embedded-keys.js';
import { provideDatabase } from './embedded-postgres.js';
import { Supervised } from './supervisor.js';

/**
 * npm start: the whole hub on one machine. Starts the embedded PostgreSQL (unless DATABASE_URL is
 * set), the subgraphs in parallel in one process (each migrates and seeds its own schema; one whose
 * *_URL is set runs elsewhere and is not started) and the gateway; prints the URLs; on Ctrl-C stops everything,
 * the database included. The configuration is checked first: a wrong value names its variable.
 */
const root = process.cwd();
const config = configOrExit(() => {
  subgraphConfig(0);
  for (const { name, defaultPort } of SUBGRAPHS) integer(process.env, `${variablePrefix(name)}_PORT`, defaultPort, 0, 65_535);
  integer(process.env, 'HUB_DB_PORT', 0, 1, 65_535);
  return gatewayConfig();
}, 'hub');
const gatewayPort = config.port;
const started: Supervised[] = [];
let database: Awaited<ReturnType<typeof provideDatabase>> | null = null;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('[hub] stopping…');
    for (const service of started.reverse()) await service.stop();
    await database?.stop();
    console.log('[hub] stopped.');
  }
  process.exit(code);
}
// embedded-postgres installs an exit hook that, on SIGINT/SIGTERM, stops its servers and exits at
// once (code 130), racing ahead of the subgraphs and gateway. The hub stops everything in order,
// the database last, so it takes those signals over.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.once('SIGINT', () => void stop(0));
process.once('SIGTERM', () => void stop(0));

try {
  const db = await provideDatabase({
    dataDir: process.env.HUB_DATA_DIR ?? `${root}/.data/postgres`,
    port: process.env.HUB_DB_PORT ? Number(process.env.HUB_DB_PORT) : undefined,
    persistent: true,
  });
  database = db;
  console.log(
    db.embedded
      ? `[hub] embedded PostgreSQL started (data in ${process.env.HUB_DATA_DIR ?? '.data/postgres'})`
      : '[hub] using DATABASE_URL',
  );

  // Tokens: the Comune's identity provider when configured, else a key pair made on first start.
  const keysDir = embeddedKeysDir();
  if (!process.env.HUB_JWKS_URL) {
    await embeddedKeys(keysDir);
    console.log(`[hub] tokens: embedded key pair in ${keysDir} (npm run -s token -- --role admin)`);
  } else console.log(`[hub] tokens: identity provider ${process.env.HUB_JWT_ISSUER ?? ''} (${process.env.HUB_JWKS_URL})`);

  const urls: Record<string, string> = { ...config.subgraphUrls };
  const local = SUBGRAPHS.filter(({ name }) => !config.subgraphUrls[name]).map(({ name, defaultPort }) => {
    const port = integer(process.env, `${variablePrefix(name)}_PORT`, defaultPort, 0, 65_535);
    urls[name] = localSubgraphUrl(port);
    return { name, port };
  });
  // The local subgraphs share one process: the modules they have in common load once, which on a
  // small machine is most of the start. Deployed, each runs alone (dist/subgraphs/<name>/main.js).
  const services = local.length
    ? [
        new Supervised({
          name: 'subgraphs',
          script: `${root}/dist/subgraphs/main.js`,
          args: local.map((s) => s.name),
          env: {
            DATABASE_URL: db.url,
            HUB_KEYS_DIR: keysDir,
            ...Object.fromEntries(local.map((s) => [`${variablePrefix(s.name)}_PORT`, String(s.port)])),
          },
          healthUrls: local.map((s) => `http://127.0.0.1:${s.port}${READY_PATH}`),
        }),
      ]
    : [];
  const gateway = new Supervised({
    name: 'gateway',
    script: `${root}/dist/gateway/main.js`,
    env: {
      NODE_OPTIONS: gatewayNodeOptions(),
      PORT: String(gatewayPort),
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${variablePrefix(name)}_URL`, url])),
    },
    healthUrls: [`http://127.0.0.1:${gatewayPort}${READY_PATH}`],
  });
  // All at once: the gateway needs no subgraph to start (the supergraph is a file), and is ready
  // only when every subgraph answers.
  started.push(...services, gateway);
  await Promise.all(started.map((service) => service.start()));

  console.log(`
Milano Municipal Graph is running.
  GraphQL and playground  http://localhost:${gatewayPort}/graphql
  Gateway health          http://localhost:${gatewayPort}${HEALTH_PATH} (ready: ${READY_PATH}, metrics: /metrics)
  City dashboard          http://localhost:${gatewayPort}/dashboard/
  HSDS 3.0 directory API  http://localhost:${gatewayPort}/hsds/
${Object.entries(urls)
  .map(([name, url]) => `  subgraph ${name.padEnd(15)} ${url}`)
  .join('\n')}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(`[hub] could not start: ${error instanceof Error ? error.message : error}`);
  await stop(1);
}
