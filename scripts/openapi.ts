import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import { OPENAPI_FILE, openApiDocument } from '../gateway/rest/openapi.js';

/**
 * node dist/scripts/openapi.js          writes gateway/rest/openapi.json from gateway/rest/openapi.ts (formatted as biome does)
 * node dist/scripts/openapi.js --check  fails when the checked-in file says something else (test/openapi.spec.ts checks it too)
 */
const path = `${process.cwd()}/${OPENAPI_FILE}`;
if (process.argv.includes('--check')) {
  const written: unknown = JSON.parse(await readFile(path, 'utf8').catch(() => 'null'));
  if (!isDeepStrictEqual(written, openApiDocument())) {
    console.error(`${OPENAPI_FILE} is stale: run node dist/scripts/openapi.js and commit it.`);
    process.exit(1);
  }
  console.log(`${OPENAPI_FILE} is up to date.`);
} else {
  await writeFile(path, JSON.stringify(openApiDocument()));
  execFileSync('node_modules/.bin/biome', ['format', '--write', OPENAPI_FILE], { stdio: 'ignore' });
  console.log(`wrote ${OPENAPI_FILE}`);
}
