import type { JWK } from 'jose';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, embeddedPublicKey } from './embedded-keys.js';

/**
 * How a subgraph verifies tokens. Production: the Comune's OpenID Connect provider, named by its
 * issuer (its keys are found from its discovery document) or by its JWKS URL; the keys are cached,
 * and fetched again when a token names a key not seen yet, so the provider can rotate them. Embedded
 * default: the public half of the key pair in the data folder.
 */
export type AuthConfig =
  | { kind: 'oidc'; issuer: string; audience: string; cooldownMs?: number }
  | { kind: 'remote'; jwksUrl: string; issuer: string; audience: string; cooldownMs?: number }
  | { kind: 'local'; keys: JWK[]; issuer: string; audience: string };

/** The audience of the hub's tokens when HUB_JWT_AUDIENCE does not name another: the embedded default's. */
export const HUB_AUDIENCE = EMBEDDED_AUDIENCE;

/**
 * HUB_OIDC_ISSUER (with HUB_JWT_AUDIENCE, default HUB_AUDIENCE); or HUB_JWKS_URL, HUB_JWT_ISSUER and
 * HUB_JWT_AUDIENCE together; or none of them (the embedded default).
 */
export async function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<AuthConfig> {
  const { HUB_OIDC_ISSUER: oidcIssuer, HUB_JWKS_URL: jwksUrl, HUB_JWT_ISSUER: issuer, HUB_JWT_AUDIENCE: audience } = env;
  if (oidcIssuer) {
    if (jwksUrl || issuer)
      throw new Error('set HUB_OIDC_ISSUER or HUB_JWKS_URL with HUB_JWT_ISSUER, not both: the issuer names its own keys.');
    return { kind: 'oidc', issuer: checkedIssuer(oidcIssuer), audience: audience || HUB_AUDIENCE };
  }
  if (jwksUrl || issuer || audience) {
    if (!jwksUrl || !issuer || !audience)
      throw new Error('set HUB_JWKS_URL, HUB_JWT_ISSUER and HUB_JWT_AUDIENCE together to use an identity provider.');
    new URL(jwksUrl); // fails early on a malformed URL
    return { kind: 'remote', jwksUrl, issuer, audience };
  }
  return { kind: 'local', keys: [await embeddedPublicKey()], issuer: EMBEDDED_ISSUER, audience: EMBEDDED_AUDIENCE };
}

/**
 * The issuer as OpenID Connect Discovery wants it: an https URL without query or fragment (plain http
 * only on this machine, for a provider run by the tests or a developer). Kept exactly as written: it
 * is compared with the `iss` of every token.
 */
function checkedIssuer(issuer: string): string {
  let url: URL;
  try {
    url = new URL(issuer);
  } catch {
    throw new Error(`HUB_OIDC_ISSUER must be a URL, such as https://login.comune.milano.it/realms/hub (got "${issuer}").`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    throw new Error('HUB_OIDC_ISSUER must be an https URL (http only for a provider on this machine).');
  if (url.search || url.hash) throw new Error('HUB_OIDC_ISSUER must have no query and no fragment.');
  return issuer;
}
