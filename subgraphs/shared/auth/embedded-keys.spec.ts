import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedKeys, embeddedPublicKey, PUBLIC_KEY_FILE } from './embedded-keys.js';

// The embedded key pair keeps its public half in a file of its own, so that a verifier can be given
// that file alone and never the private key.

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('the embedded keys', () => {
  it('verify from the public file alone, without making or reading a private key', async () => {
    const signer = await mkdtemp(join(tmpdir(), 'hub-keys-'));
    const verifier = await mkdtemp(join(tmpdir(), 'hub-public-'));
    dirs.push(signer, verifier);
    const pair = await embeddedKeys(signer);
    expect(await readdir(signer)).toContain(PUBLIC_KEY_FILE);
    await copyFile(join(signer, PUBLIC_KEY_FILE), join(verifier, PUBLIC_KEY_FILE));
    const key = await embeddedPublicKey(verifier);
    expect(key).toEqual(pair.publicJwk);
    expect(key).not.toHaveProperty('d'); // the private scalar of an EC key
    expect(await readdir(verifier)).toEqual([PUBLIC_KEY_FILE]);
  });
});
