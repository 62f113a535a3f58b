import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwksUrlOf } from './discovery.js';
import { generateKeys, type KeyPair } from './embedded-keys.js';
import { KeysUnavailableError } from './errors.js';
import { tokenVerifier } from './verify.js';

// An OpenID provider named by its issuer alone: a real HTTP server publishes the discovery document
// and the key set, and is down, then wrong, then right.

let server: Server;
let issuer = '';
let keys: KeyPair;
let discovery: 'down' | 'other issuer' | 'right' = 'down';

beforeAll(async () => {
  keys = await generateKeys();
  server = createServer((req, res) => {
    if (req.url === '/.well-known/openid-configuration' && discovery !== 'down') {
      const named = discovery === 'right' ? issuer : 'https://idp.example.org';
      return void res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ issuer: named, jwks_uri: `${issuer}/jwks` }));
    }
    if (req.url === '/jwks')
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [keys.publicJwk] }));
    res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function token(): Promise<string> {
  return new SignJWT({ roles: ['editor'], municipi: [2] })
    .setProtectedHeader({ alg: 'ES256', kid: keys.privateJwk.kid })
    .setSubject('editor-2')
    .setIssuer(issuer)
    .setAudience('hub')
    .setExpirationTime('5m')
    .sign(await importJWK(keys.privateJwk, 'ES256'));
}

describe('keys found from the issuer', () => {
  it('says which document failed and why', async () => {
    discovery = 'down';
    await expect(jwksUrlOf(issuer)).rejects.toThrow(`${issuer}/.well-known/openid-configuration) answered HTTP 503`);
    discovery = 'other issuer';
    await expect(jwksUrlOf(issuer)).rejects.toThrow(/names the issuer "https:\/\/idp.example.org"/);
    discovery = 'right';
    expect(String(await jwksUrlOf(issuer))).toBe(`${issuer}/jwks`);
  });

  it('cannot check tokens while the provider is down or names another issuer, and can once it answers right', async () => {
    const verify = tokenVerifier({ kind: 'oidc', issuer, audience: 'hub', cooldownMs: 0 });
    discovery = 'down';
    await expect(verify(`Bearer ${await token()}`)).rejects.toBeInstanceOf(KeysUnavailableError);
    discovery = 'other issuer';
    await expect(verify(`Bearer ${await token()}`)).rejects.toBeInstanceOf(KeysUnavailableError);
    discovery = 'right';
    expect(await verify(`Bearer ${await token()}`)).toEqual({ sub: 'editor-2', roles: ['editor'], municipi: [2] });
  });
});
