import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { embeddedKeys, embeddedKeysDir, PUBLIC_KEY_FILE } from '../subgraphs/shared/auth/embedded-keys.js';

/**
 * `node dist/scripts/keys.js <public folder>`: makes the embedded key pair in HUB_KEYS_DIR when it is
 * not there yet, and copies its public half alone into the given folder. deploy/compose.yaml runs it
 * once before the subgraphs, which mount only the public folder: the private key stays with the signer
 * (the token service).
 */
const target = process.argv[2];
if (!target) {
  console.error('usage: node dist/scripts/keys.js <folder for the public key>');
  process.exit(2);
}
const dir = embeddedKeysDir();
await embeddedKeys(dir);
await mkdir(target, { recursive: true });
await copyFile(join(dir, PUBLIC_KEY_FILE), join(target, PUBLIC_KEY_FILE));
console.log(`keys: the public key of ${dir} is in ${target}`);
