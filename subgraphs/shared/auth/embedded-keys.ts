import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
 * The public half alone, beside the pair: what verifies tokens. A deployment mounts only this file in
 * the subgraphs, and the pair (the private key) only where tokens are signed (npm run token).
 */
export const PUBLIC_KEY_FILE = 'embedded-public-key.json';

/**
 * The embedded key pair, generated on first use. Several processes may start at once (the hub, its
 * subgraphs, `npm run token`): the pair is written to a temporary file and linked into place, which
 * fails if another process got there first, and then everyone reads the winner's pair.
 */
export async function embeddedKeys(dir = embeddedKeysDir()): Promise<KeyPair> {
  const pair = await keyPair(dir);
  await writePublicKey(dir, pair.publicJwk);
  return pair;
}

/**
 * The public key that verifies the embedded tokens: from its own file when there (a subgraph that is
 * given only that file never sees the private key), else from the pair, made if need be.
 */
export async function embeddedPublicKey(dir = embeddedKeysDir()): Promise<JWK> {
  const alone = await readJson<JWK>(join(dir, PUBLIC_KEY_FILE));
  return alone ?? (await embeddedKeys(dir)).publicJwk;
}

/** Writes the public half once, atomically (a reader never sees half a file). */
async function writePublicKey(dir: string, publicJwk: JWK): Promise<void> {
  const path = join(dir, PUBLIC_KEY_FILE);
  if (await readJson<JWK>(path)) return;
  const temporary = join(dir, `.${PUBLIC_KEY_FILE}.${process.pid}.${Date.now()}`);
  await writeFile(temporary, JSON.stringify(publicJwk, null, 2), { mode: 0o644 });
  await rename(temporary, path);
}

async function keyPair(dir: string): Promise<KeyPair> {
  const path = join(dir, FILE);
  const existing = await readJson<KeyPair>(path);
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
  const written = await readJson<KeyPair>(path);
  if (!written) throw new Error(`could not read the key pair in ${path}`);
  return written;
}

async function readJson<T>(path: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
