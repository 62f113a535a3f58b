import { tmpdir } from 'node:os';
import type { TestProject } from 'vitest/node';
import { provideDatabase } from '../../scripts/embedded-postgres.js';
import { scratchDatabase } from './scratch-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * One real PostgreSQL for the whole run. With DATABASE_URL, a fresh database is created on that
 * server and dropped afterwards; without it, an embedded server is started in a scratch folder.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const scratch = await scratchDatabase(external, 'test');
    project.provide('databaseUrl', scratch.url);
    return scratch.drop;
  }
  const database = await provideDatabase({ dataDir: `${tmpdir()}/milano-test-${process.pid}`, persistent: false });
  project.provide('databaseUrl', database.url);
  return () => database.stop();
}
