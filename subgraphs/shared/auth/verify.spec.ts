import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLError } from 'graphql';
import { importJWK, type JWK, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeys, type KeyPair } from './embedded-keys.js';
import { KeysUnavailableError } from './errors.js';
import { tokenVerifier } from './verify.js';
import { Role } from './viewer.js';

// Verification against an identity provider's JWKS URL: a real HTTP server holds the key set, and
// the provider rotates its key.

const issuer = 'https://login.comune.milano.it/realms/hub';
const audience = 'milano-municipal-graph';
let served: JWK[] = [];
let fetches = 0;
let server: Server;
let jwksUrl = '';

beforeAll(async () => {
  server = createServer((_req, res) => {
    fetches++;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: served }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

async function sign(keys: KeyPair, claims: Record<string, unknown> = {}, alg = 'ES256'): Promise<string> {
  return new SignJWT({ roles: ['admin'], municipi: [], ...claims })
    .setProtectedHeader({ alg, kid: keys.privateJwk.kid })
    .setSubject('mario.rossi')
    .setIssuer(issuer)
    .setAudience(audience)
    .setExpirationTime('5m')
    .sign(await importJWK(keys.privateJwk, alg));
}

async function codeOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    return (error as GraphQLError).extensions?.code;
  }
}

describe('tokens from an identity provider (JWKS URL)', () => {
  it('fetches the keys once, follows a rotation, and refuses the retired key', async () => {
    const first = await generateKeys();
    const second = await generateKeys();
    served = [first.publicJwk];
    const verify = tokenVerifier({ kind: 'remote', jwksUrl, issuer, audience, cooldownMs: 0 });
    expect(await verify(`Bearer ${await sign(first, { roles: ['editor', 'other-app'], municipi: [3] })}`)).toEqual({
      sub: 'mario.rossi',
      roles: [Role.EDITOR],
      municipi: [3],
    });
    await verify(`Bearer ${await sign(first)}`);
    expect(fetches).toBe(1);
    served = [second.publicJwk];
    // A token signed with a key the cache does not know makes the verifier fetch the set again.
    expect(await codeOf(verify(`Bearer ${await sign(second)}`))).toBe('accepted');
    expect(fetches).toBe(2);
    // The retired key is gone from the provider's set; once the cache is refreshed it is refused.
    const refresh = tokenVerifier({ kind: 'remote', jwksUrl, issuer, audience, cooldownMs: 0 });
    expect(await codeOf(refresh(`Bearer ${await sign(first)}`))).toBe('UNAUTHENTICATED');
  });

  it('refuses a symmetric (HS256) token, malformed claims, and answers UNAUTHENTICATED when the provider is unreachable', async () => {
    const keys = await generateKeys();
    served = [keys.publicJwk];
    const verify = tokenVerifier({ kind: 'remote', jwksUrl, issuer, audience, cooldownMs: 0 });
    const secret = new TextEncoder().encode('a shared secret that anyone with it could use');
    const hs256 = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('x')
      .setIssuer(issuer)
      .setAudience(audience)
      .setExpirationTime('5m')
      .sign(secret);
    expect(await codeOf(verify(`Bearer ${hs256}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verify(`Bearer ${await sign(keys, { municipi: [12] })}`))).toBe('UNAUTHENTICATED');
    expect(await codeOf(verify(`Bearer ${await sign(keys, { roles: 'admin' })}`))).toBe('UNAUTHENTICATED');
    const down = tokenVerifier({ kind: 'remote', jwksUrl: 'http://127.0.0.1:9/certs', issuer, audience });
    const unreachable = down(`Bearer ${await sign(keys)}`);
    expect(await codeOf(unreachable)).toBe('UNAUTHENTICATED');
    // Neither good nor bad: the caches must not take it for no token.
    await expect(unreachable).rejects.toBeInstanceOf(KeysUnavailableError);
  });
});
