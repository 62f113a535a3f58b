import { gatewayNodeOptions } from '../gateway/heap.js';
import { subgraphs } from '../subgraphs/index.js';
import { embeddedKeys, embeddedKeysDir } from '../subgraphs/shared/auth/embedded-keys.js';
import { provideDatabase } from './embedded-postgres.js';
import { Supervised } from './supervisor.js';

/**
 * npm start: the whole hub on one machine. Starts the embedded PostgreSQL (unless DATABASE_URL is
 * set), the three subgraphs (each migrates and seeds its own schema) and the gateway; prints the
 * URLs; on Ctrl-C stops everything, the database included.
 */
const root = process.cwd();
const gatewayPort = Number(process.env.PORT ?? 4000);
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

  const urls: Record<string, string> = {};
  const services = subgraphs.map((definition) => {
    const port = Number(process.env[`${definition.name.toUpperCase().replace('-', '_')}_PORT`] ?? definition.defaultPort);
    urls[definition.name] = `http://127.0.0.1:${port}/graphql`;
    return new Supervised({
      name: definition.name,
      script: `${root}/dist/subgraphs/${definition.name}/main.js`,
      env: { DATABASE_URL: db.url, PORT: String(port), HUB_KEYS_DIR: keysDir },
      healthUrl: `http://127.0.0.1:${port}/health`,
    });
  });
  started.push(...services);
  await Promise.all(services.map((s) => s.start()));

  const gateway = new Supervised({
    name: 'gateway',
    script: `${root}/dist/gateway/main.js`,
    env: {
      NODE_OPTIONS: gatewayNodeOptions(),
      PORT: String(gatewayPort),
      SERVIZIO_CIVILE_URL: urls['servizio-civile'] ?? '',
      LEVA_CIVICA_URL: urls['leva-civica'] ?? '',
      SPAZIO_COMUNE_URL: urls['spazio-comune'] ?? '',
    },
    healthUrl: `http://127.0.0.1:${gatewayPort}/health`,
  });
  started.push(gateway);
  await gateway.start();

  console.log(`
Milano Municipal Graph is running.
  GraphQL and playground  http://localhost:${gatewayPort}/graphql
  Gateway health          http://localhost:${gatewayPort}/health
${Object.entries(urls)
  .map(([name, url]) => `  subgraph ${name.padEnd(15)} ${url}`)
  .join('\n')}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(`[hub] could not start: ${error instanceof Error ? error.message : error}`);
  await stop(1);
}
