import { describe, expect, it } from 'vitest';
import { authConfigFromEnv, HUB_AUDIENCE } from './config.js';

// Which tokens the subgraphs trust, from the environment: the issuer alone names an OpenID provider.

describe('HUB_OIDC_ISSUER', () => {
  it('names the provider; the audience is the hub’s unless HUB_JWT_AUDIENCE says another', async () => {
    const issuer = 'https://login.comune.milano.it/realms/hub';
    expect(await authConfigFromEnv({ HUB_OIDC_ISSUER: issuer })).toEqual({ kind: 'oidc', issuer, audience: HUB_AUDIENCE });
    expect(await authConfigFromEnv({ HUB_OIDC_ISSUER: issuer, HUB_JWT_AUDIENCE: 'hub' })).toMatchObject({ audience: 'hub' });
  });

  it('refuses a plain-http issuer off this machine, a query, and a JWKS URL beside it', async () => {
    await expect(authConfigFromEnv({ HUB_OIDC_ISSUER: 'http://login.comune.milano.it' })).rejects.toThrow(/https/);
    await expect(authConfigFromEnv({ HUB_OIDC_ISSUER: 'https://login.comune.milano.it/?realm=hub' })).rejects.toThrow(/query/);
    await expect(authConfigFromEnv({ HUB_OIDC_ISSUER: 'login.comune.milano.it' })).rejects.toThrow(/must be a URL/);
    await expect(
      authConfigFromEnv({ HUB_OIDC_ISSUER: 'https://login.comune.milano.it', HUB_JWKS_URL: 'https://login.comune.milano.it/certs' }),
    ).rejects.toThrow(/not both/);
    expect(await authConfigFromEnv({ HUB_OIDC_ISSUER: 'http://127.0.0.1:8080' })).toMatchObject({ kind: 'oidc' });
  });
});
