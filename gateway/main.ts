import { readFileSync } from 'node:fs';
import { configOrExit } from '../server/config.js';
import { logger } from '../server/logger.js';
import { stopOnSignals } from '../server/process.js';
import { gatewayConfig } from '../server/service-config.js';
import { startTracing } from '../server/tracing.js';
import { type PersistedQueryManifest, trustedDocumentsOf } from '../server/trusted-documents.js';
import { authConfigFromEnv } from '../subgraphs/shared/auth/config.js';
import { contractExamples } from './examples.js';
import { startGateway } from './gateway.js';

/**
 * The gateway's entry point. PORT (default 4000); SERVIZIO_CIVILE_URL, LEVA_CIVICA_URL and
 * SPAZIO_COMUNE_URL override the subgraph URLs written in the supergraph; the README's
 * configuration table lists the rest. A wrong value stops it at once, naming the variable.
 */
const root = process.cwd();
const config = configOrExit(() => gatewayConfig(), 'gateway');
await startTracing('gateway');
const manifest = (): PersistedQueryManifest => JSON.parse(readFileSync(`${root}/schema/trusted-documents.json`, 'utf8'));
// The subgraphs' keys, to tell clients apart by their token's subject for rate limits; without them
// (a gateway that cannot read or make the embedded keys) every client counts by its address.
const auth = await authConfigFromEnv().catch((error: Error) => {
  logger.warn({ service: 'gateway', err: error.message }, 'tokens cannot be verified: rate limits count every client by address');
  return undefined;
});
const gateway = await startGateway({
  auth,
  supergraphSdl: readFileSync(`${root}/schema/supergraph.graphql`, 'utf8'),
  subgraphUrls: config.subgraphUrls,
  port: config.port,
  host: config.host,
  examples: contractExamples(root),
  responseCacheSeconds: config.responseCacheSeconds,
  backofficeSignIn: config.backofficeSignIn,
  http: { ...config.http, ...(config.trustedDocuments ? { trustedDocuments: trustedDocumentsOf(manifest()) } : {}) },
});
// A plain line for whoever started it, whatever LOG_LEVEL says.
console.log(`gateway ready at ${gateway.url}${config.trustedDocuments ? ' (trusted documents only)' : ''}`);
stopOnSignals(async () => {
  await gateway.stop();
  process.exit(0);
});
