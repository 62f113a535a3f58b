import { readFileSync } from 'node:fs';
import { stopOnSignals } from '../subgraphs/shared/run-subgraph.js';
import { contractExamples } from './examples.js';
import { startGateway } from './gateway.js';

/**
 * The gateway's entry point. PORT (default 4000); SERVIZIO_CIVILE_URL, LEVA_CIVICA_URL and
 * SPAZIO_COMUNE_URL override the subgraph URLs written in the supergraph.
 */
const root = process.cwd();
const subgraphUrls: Record<string, string> = {};
for (const [name, variable] of [
  ['servizio-civile', 'SERVIZIO_CIVILE_URL'],
  ['leva-civica', 'LEVA_CIVICA_URL'],
  ['spazio-comune', 'SPAZIO_COMUNE_URL'],
] as const) {
  const url = process.env[variable];
  if (url) subgraphUrls[name] = url;
}
const gateway = await startGateway({
  supergraphSdl: readFileSync(`${root}/schema/supergraph.graphql`, 'utf8'),
  subgraphUrls,
  port: Number(process.env.PORT ?? 4000),
  host: process.env.HOST ?? '127.0.0.1',
  examples: contractExamples(root),
});
console.log(`gateway ready at ${gateway.url}`);
const stop = async () => {
  await gateway.stop();
  process.exit(0);
};
stopOnSignals(stop);
