import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import express from 'express';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backofficeRouter } from '../gateway/backoffice/router.js';
import { ConfigError } from '../server/config.js';
import { type BackofficeSignIn, backofficeSignIn } from '../server/service-config.js';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, embeddedPublicKey, generateKeys } from '../subgraphs/shared/auth/embedded-keys.js';
import { tokenVerifier } from '../subgraphs/shared/auth/verify.js';

// The back office's sign-in rules: GET /backoffice/config.json tells the page how to sign in; the local
// development sign-in signs a token with the embedded key only when no identity provider is configured
// (HUB_OIDC_ISSUER, HUB_JWKS_URL) and only for a client on this machine, since whoever reaches it
// becomes admin. Tokens it signs are the ones the subgraphs verify.

const servers: { close(): void }[] = [];
let keysDir: string;

/** The router alone, behind express, listening on `host`; answers its base URL. */
async function serve(signIn: BackofficeSignIn, host = '127.0.0.1'): Promise<string> {
  const app = express().use('/backoffice', backofficeRouter(signIn, '/nonexistent'));
  const server = app.listen(0, host);
  await new Promise((resolve) => server.once('listening', resolve));
  servers.push(server);
  return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${(server.address() as AddressInfo).port}/backoffice`;
}

const ask = (base: string, body: unknown) =>
  fetch(`${base}/local-sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  // An embedded key pair of the test's own (HUB_KEYS_DIR), where the local sign-in reads it.
  keysDir = await mkdtemp(`${tmpdir()}/backoffice-sign-in-`);
  await writeFile(`${keysDir}/embedded-signing-key.json`, JSON.stringify(await generateKeys()));
  process.env.HUB_KEYS_DIR = keysDir;
});
afterAll(async () => {
  delete process.env.HUB_KEYS_DIR;
  for (const server of servers) server.close();
  await rm(keysDir, { recursive: true, force: true });
});

describe('the back office sign-in', () => {
  it('reads the provider from the environment, or offers the local sign-in when there is none', () => {
    expect(backofficeSignIn({})).toEqual({ mode: 'local' });
    expect(backofficeSignIn({ HUB_OIDC_ISSUER: 'https://login.comune.milano.it/realms/hub', HUB_OIDC_CLIENT_ID: 'backoffice' })).toEqual({
      mode: 'oidc',
      issuer: 'https://login.comune.milano.it/realms/hub',
      clientId: 'backoffice',
      scope: 'openid',
    });
    expect(backofficeSignIn({ HUB_JWKS_URL: 'https://login.comune.milano.it/certs' })).toEqual({ mode: 'none' });
    // The issuer alone is enough (the subgraphs need no more): the page is the provider's client "hub-backoffice".
    expect(backofficeSignIn({ HUB_OIDC_ISSUER: 'https://login.comune.milano.it' })).toMatchObject({
      mode: 'oidc',
      clientId: 'hub-backoffice',
    });
    expect(() => backofficeSignIn({ HUB_OIDC_CLIENT_ID: 'backoffice' })).toThrow(ConfigError);
    expect(() => backofficeSignIn({ HUB_OIDC_ISSUER: 'login', HUB_OIDC_CLIENT_ID: 'x' })).toThrow(ConfigError);
    expect(() => backofficeSignIn({ HUB_OIDC_ISSUER: 'https://l.it', HUB_OIDC_CLIENT_ID: 'x', HUB_OIDC_SCOPE: 'profile' })).toThrow(
      ConfigError,
    );
  });

  it('tells the page how to sign in, and lets it reach the provider alone', async () => {
    const oidc: BackofficeSignIn = {
      mode: 'oidc',
      issuer: 'https://login.comune.milano.it/realms/hub',
      clientId: 'backoffice',
      scope: 'openid roles',
    };
    const response = await fetch(`${await serve(oidc)}/config.json`);
    expect(await response.json()).toEqual(oidc);
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'self' https://login.comune.milano.it;");
    expect(await (await fetch(`${await serve({ mode: 'local' })}/config.json`)).json()).toEqual({ mode: 'local' });
  });

  it('signs a token the subgraphs accept, for a role and Municipi', async () => {
    const response = await ask(await serve({ mode: 'local' }), { role: 'editor', municipi: [2, 5], name: 'anna' });
    expect(response.status).toBe(200);
    const { access_token, expires_in } = (await response.json()) as { access_token: string; expires_in: number };
    expect(expires_in).toBe(3600);
    expect(decodeJwt(access_token)).toMatchObject({ sub: 'anna', roles: ['editor'], municipi: [2, 5] });
    const verify = tokenVerifier({
      kind: 'local',
      keys: [await embeddedPublicKey()],
      issuer: EMBEDDED_ISSUER,
      audience: EMBEDDED_AUDIENCE,
    });
    expect(await verify(`Bearer ${access_token}`)).toMatchObject({ sub: 'anna', municipi: [2, 5] });
  });

  it('refuses a wrong request', async () => {
    const base = await serve({ mode: 'local' });
    for (const body of [
      { role: 'root' },
      { role: 'editor', municipi: [] },
      { role: 'editor', municipi: [10] },
      { role: 'admin', name: 'a b' },
    ]) {
      const response = await ask(base, body);
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'INVALID_INPUT' });
    }
  });

  it('is refused (403) when the hub trusts an identity provider', async () => {
    for (const signIn of [
      backofficeSignIn({ HUB_OIDC_ISSUER: 'https://login.comune.milano.it', HUB_OIDC_CLIENT_ID: 'backoffice' }),
      backofficeSignIn({ HUB_JWKS_URL: 'https://login.comune.milano.it/certs' }),
    ]) {
      const response = await ask(await serve(signIn), { role: 'admin' });
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: 'LOCAL_SIGN_IN_DISABLED' });
    }
  });

  it('answers only to a client on this machine', async () => {
    const outside = Object.values(networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
    if (!outside) throw new Error('this test needs a network interface other than loopback');
    const base = await serve({ mode: 'local' }, '0.0.0.0');
    // The same server, reached through its other address: the connection no longer comes from loopback.
    const response = await ask(base.replace('127.0.0.1', outside), { role: 'admin' });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ error: 'LOCAL_SIGN_IN_LOOPBACK_ONLY' });
    expect((await ask(base, { role: 'admin' })).status).toBe(200);
  });
});
