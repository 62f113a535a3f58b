import { describe, expect, it } from 'vitest';
import { identityProviderOf } from './identity-provider.js';
import { backofficeSignIn } from './service-config.js';

// One rule says whether the hub trusts an identity provider: npm run token and npm run import ask it,
// and so does the back office (its local sign-in is offered only without one).

describe('the identity provider of the environment', () => {
  it('is HUB_OIDC_ISSUER, or HUB_JWKS_URL, or none', () => {
    const issuer = 'https://login.comune.milano.it/realms/hub';
    expect(identityProviderOf({ HUB_OIDC_ISSUER: issuer })).toBe(issuer);
    expect(identityProviderOf({ HUB_JWKS_URL: 'https://login.comune.milano.it/certs' })).toBe('https://login.comune.milano.it/certs');
    expect(identityProviderOf({})).toBeNull();
    expect(identityProviderOf({ HUB_OIDC_ISSUER: ' ', HUB_JWKS_URL: '' })).toBeNull();
  });

  it('turns the back office’s local sign-in off whenever there is one', () => {
    for (const env of [{}, { HUB_OIDC_ISSUER: 'https://login.comune.milano.it' }, { HUB_JWKS_URL: 'https://login.comune.milano.it/certs' }])
      expect(backofficeSignIn(env).mode === 'local', JSON.stringify(env)).toBe(identityProviderOf(env) === null);
  });
});
