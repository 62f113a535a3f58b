import { mkdir, writeFile } from 'node:fs/promises';
import { schemaFiles, staleSchemaFiles } from './supergraph.js';

/**
 * npm run compose        writes schema/<subgraph>.graphql and schema/supergraph.graphql
 * npm run compose:check  fails when those files are stale or the subgraphs do not compose
 */
const root = process.cwd();
try {
  if (process.argv.includes('--check')) {
    const stale = await staleSchemaFiles(root);
    if (stale.length > 0) {
      console.error(`Stale schema files (run npm run compose and commit them):\n${stale.map((f) => `- ${f}`).join('\n')}`);
      process.exit(1);
    }
    console.log('schema/ is up to date and the subgraphs compose.');
  } else {
    await mkdir(`${root}/schema`, { recursive: true });
    for (const file of await schemaFiles(root)) {
      await writeFile(`${root}/${file.path}`, file.content);
      console.log(`wrote ${file.path}`);
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
