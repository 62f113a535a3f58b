import { configOrExit, integer } from '../server/config.js';
import { gatewayNodeOptions, subgraphNodeOptions } from '../server/heap.js';
import { identityProviderOf } from '../server/identity-provider.js';
import { HEALTH_PATH, READY_PATH } from '../server/paths.js';
import { gatewayConfig, subgraphConfig } from '../server/service-config.js';
import { localSubgraphUrl, SUBGRAPHS, variablePrefix } from '../server/subgraph-list.js';
import { authConfigFromEnv } from '../subgraphs/shared/auth/config.js';
import { jwksUrlOf } from '../subgraphs/shared/auth/discovery.js';
import { embeddedKeys, embeddedKeysDir } from '../subgraphs/shared/auth/embedded-keys.js';
import { provideDatabase } from './embedded-postgres.js';
import { Supervised } from './supervisor.js';

/**
 * npm start: the whole hub on one machine. Starts the embedded PostgreSQL (unless DATABASE_URL is
 * set), each subgraph in its own process, all in parallel (each migrates and seeds its own schema; one
 * whose *_URL is set runs elsewhere and is not started) and the gateway; restarts any that dies; prints
 * the URLs once all answer; on Ctrl-C stops everything, the database included. The configuration is
 * checked first: a wrong value names its variable.
 */
const root = process.cwd();
const config = configOrExit(() => {
  subgraphConfig(0);
  for (const { name, defaultPort } of SUBGRAPHS) integer(process.env, `${variablePrefix(name)}_PORT`, defaultPort, 0, 65_535);
  integer(process.env, 'HUB_DB_PORT', 0, 1, 65_535);
  return gatewayConfig();
}, 'hub');
const gatewayPort = config.port;
// Each process runs its bundle (dist/bundle/<name>.js, made by npm run build from dist/<…>/main.js:
// the same code, loaded in about half the time), with V8's compile cache (Node ≥ 22.1), which spares
// the compilation of what an earlier start compiled. A cache folder set by the caller wins.
const compileCache = { NODE_COMPILE_CACHE: process.env.NODE_COMPILE_CACHE ?? `${root}/.data/compile-cache` };
const started: Supervised[] = [];
let database: Awaited<ReturnType<typeof provideDatabase>> | null = null;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('[hub] stopping…');
    // The gateway first (the first started), so that it stops taking requests before the subgraphs go.
    for (const service of started) await service.stop();
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
  const urls: Record<string, string> = { ...config.subgraphUrls };
  const local = SUBGRAPHS.filter(({ name }) => !config.subgraphUrls[name]).map(({ name, defaultPort }) => {
    const port = integer(process.env, `${variablePrefix(name)}_PORT`, defaultPort, 0, 65_535);
    urls[name] = localSubgraphUrl(port);
    return { name, port };
  });
  // The gateway first, while the database starts: it needs neither (the supergraph is a file).
  const gateway = new Supervised({
    name: 'gateway',
    script: `${root}/dist/bundle/gateway.js`,
    env: {
      ...compileCache,
      NODE_OPTIONS: gatewayNodeOptions(),
      PORT: String(gatewayPort),
      ...Object.fromEntries(Object.entries(urls).map(([name, url]) => [`${variablePrefix(name)}_URL`, url])),
    },
    healthUrls: [`http://127.0.0.1:${gatewayPort}${READY_PATH}`],
    // The gateway is ready (200) while any subgraph answers; the banner waits until every one does.
    ready: (body) => (body as { status?: string } | null)?.status === 'ready',
  });
  started.push(gateway);
  const gatewayReady = gateway.start();
  gatewayReady.catch(() => {}); // awaited below, with the subgraphs

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

  // Tokens: the Comune's identity provider when configured (the subgraphs and the gateway inherit
  // HUB_OIDC_ISSUER or HUB_JWKS_URL from this environment), else a key pair made on first start.
  const keysDir = embeddedKeysDir();
  if (identityProviderOf()) {
    const auth = await authConfigFromEnv(); // a wrong value stops the hub here, naming its variable
    // Said now rather than at the first sign-in; the subgraphs start anyway and look again on a token.
    const keys =
      auth.kind === 'oidc'
        ? await jwksUrlOf(auth.issuer).then(String, (error: Error) => `not found yet: ${error.message}`)
        : process.env.HUB_JWKS_URL;
    console.log(`[hub] tokens: identity provider ${auth.issuer} (keys ${keys})`);
  } else {
    await embeddedKeys(keysDir);
    console.log(`[hub] tokens: embedded key pair in ${keysDir} (npm run -s token -- --role admin)`);
  }

  // Each subgraph in its own process, as deployed: one that dies costs only its part of the graph,
  // and is restarted while the others answer.
  const subgraphs = local.map(
    ({ name, port }) =>
      new Supervised({
        name,
        script: `${root}/dist/bundle/${name}.js`,
        env: { ...compileCache, DATABASE_URL: db.url, HUB_KEYS_DIR: keysDir, PORT: String(port), NODE_OPTIONS: subgraphNodeOptions() },
        healthUrls: [`http://127.0.0.1:${port}${READY_PATH}`],
      }),
  );
  started.push(...subgraphs);
  await Promise.all([gatewayReady, ...subgraphs.map((service) => service.start())]);

  console.log(`
Milano Municipal Graph is running.
  GraphQL and playground  http://localhost:${gatewayPort}/graphql
  Gateway health          http://localhost:${gatewayPort}${HEALTH_PATH} (ready: ${READY_PATH}, metrics: /metrics)
  City dashboard          http://localhost:${gatewayPort}/dashboard/
  Back office             http://localhost:${gatewayPort}/backoffice/
  HSDS 3.0 directory API  http://localhost:${gatewayPort}/hsds/ (OpenAPI: /hsds/openapi.json)
${Object.entries(urls)
  .map(([name, url]) => `  subgraph ${name.padEnd(15)} ${url}`)
  .join('\n')}
Press Ctrl-C to stop.`);
} catch (error) {
  console.error(`[hub] could not start: ${error instanceof Error ? error.message : error}`);
  await stop(1);
}
