import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';

/** The issuer and audience of the tokens the embedded default signs for itself. */
export const EMBEDDED_ISSUER = 'urn:milano-municipal-graph:embedded';
export const EMBEDDED_AUDIENCE = 'urn:milano-municipal-graph';
export const EMBEDDED_ALGORITHM = 'ES256';

/** A signing key pair as JWKs: the private half signs (npm run token), the public half verifies (the subgraphs). */
export interface KeyPair {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function generateKeys(): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(EMBEDDED_ALGORITHM, { extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  const common = { kid, alg: EMBEDDED_ALGORITHM, use: 'sig' };
  return { privateJwk: { ...(await exportJWK(privateKey)), ...common }, publicJwk: { ...publicJwk, ...common } };
}

/** Where the embedded key pair lives: HUB_KEYS_DIR, else `.data/keys` beside the database's data (git-ignored). */
export function embeddedKeysDir(): string {
  return process.env.HUB_KEYS_DIR ?? join(process.cwd(), '.data', 'keys');
}

const FILE = 'embedded-signing-key.json';

/**
 * The embedded key pair, generated on first use. Several processes may start at once (the hub, its
 * subgraphs, `npm run token`): the pair is written to a temporary file and linked into place, which
 * fails if another process got there first, and then everyone reads the winner's pair.
 */
export async function embeddedKeys(dir = embeddedKeysDir()): Promise<KeyPair> {
  const path = join(dir, FILE);
  const existing = await readKeys(path);
  if (existing) return existing;
  // Only the keys' own folder is private: the folder above also holds the database's data, which the
  // embedded PostgreSQL (running as the postgres user) must be able to enter.
  await mkdir(dirname(dir), { recursive: true });
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const temporary = join(dir, `.${FILE}.${process.pid}.${Date.now()}`);
  await writeFile(temporary, JSON.stringify(await generateKeys(), null, 2), { mode: 0o600 });
  try {
    await link(temporary, path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await rm(temporary, { force: true });
  }
  const written = await readKeys(path);
  if (!written) throw new Error(`could not read the key pair in ${path}`);
  return written;
}

async function readKeys(path: string): Promise<KeyPair | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as KeyPair;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
