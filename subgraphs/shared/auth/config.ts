import type { JWK } from 'jose';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, embeddedPublicKey } from './embedded-keys.js';

/**
 * How a subgraph verifies tokens. Production: the Comune's OpenID Connect provider, whose keys are
 * fetched from its JWKS URL (cached, and fetched again when a token names a key not seen yet, so the
 * provider can rotate them). Embedded default: the public half of the key pair in the data folder.
 */
export type AuthConfig =
  | { kind: 'remote'; jwksUrl: string; issuer: string; audience: string; cooldownMs?: number }
  | { kind: 'local'; keys: JWK[]; issuer: string; audience: string };

/** HUB_JWKS_URL, HUB_JWT_ISSUER and HUB_JWT_AUDIENCE together, or none of them (the embedded default). */
export async function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<AuthConfig> {
  const { HUB_JWKS_URL: jwksUrl, HUB_JWT_ISSUER: issuer, HUB_JWT_AUDIENCE: audience } = env;
  if (jwksUrl || issuer || audience) {
    if (!jwksUrl || !issuer || !audience)
      throw new Error('set HUB_JWKS_URL, HUB_JWT_ISSUER and HUB_JWT_AUDIENCE together to use an identity provider.');
    new URL(jwksUrl); // fails early on a malformed URL
    return { kind: 'remote', jwksUrl, issuer, audience };
  }
  return { kind: 'local', keys: [await embeddedPublicKey()], issuer: EMBEDDED_ISSUER, audience: EMBEDDED_AUDIENCE };
}
