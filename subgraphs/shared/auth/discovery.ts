import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';

/** How long a key set is kept, and how long to wait before asking again after a failure (or for an unknown key). */
export interface KeySetTiming {
  cooldownMs: number;
  cacheMaxAgeMs: number;
}

/** The provider's key set from its JWKS URL: cached, and fetched again when a token names a key not seen yet. */
export function remoteKeySet(jwksUrl: URL, timing: KeySetTiming): JWTVerifyGetKey {
  return createRemoteJWKSet(jwksUrl, { cooldownDuration: timing.cooldownMs, cacheMaxAge: timing.cacheMaxAgeMs });
}

/**
 * The key set of an OpenID provider named by its issuer: its JWKS URL is read from the discovery
 * document (`<issuer>/.well-known/openid-configuration`) on the first token, not at start, so that a
 * subgraph starts and serves public reads while the provider is down. A failed discovery is tried
 * again on a token after the cooldown; until then tokens cannot be checked (KeysUnavailableError).
 */
export function discoveredKeySet(issuer: string, timing: KeySetTiming): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | null = null;
  let failedAt = 0;
  return async (header, token) => {
    if (!keys || (failedAt && Date.now() - failedAt >= timing.cooldownMs)) {
      failedAt = 0;
      keys = jwksUrlOf(issuer).then(
        (url) => remoteKeySet(url, timing),
        (error: unknown) => {
          failedAt = Date.now();
          throw error;
        },
      );
    }
    return (await keys)(header, token);
  };
}

/** The JWKS URL an issuer publishes; throws, naming the issuer, if its discovery document cannot be used. */
export async function jwksUrlOf(issuer: string): Promise<URL> {
  const where = `${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
  const fail = (why: string) => new Error(`the discovery document of HUB_OIDC_ISSUER (${where}) ${why}`);
  let response: Response;
  try {
    response = await fetch(where, { headers: { accept: 'application/json' }, redirect: 'error', signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    throw fail(`could not be fetched: ${error instanceof Error ? error.message : error}`);
  }
  if (!response.ok) throw fail(`answered HTTP ${response.status}.`);
  const document = (await response.json().catch(() => null)) as { issuer?: unknown; jwks_uri?: unknown } | null;
  // OpenID Connect Discovery 1.0 §4.3: the document must name the very issuer it was fetched for.
  if (document?.issuer !== issuer) throw fail(`names the issuer ${JSON.stringify(document?.issuer)}, not ${issuer}.`);
  if (typeof document.jwks_uri !== 'string' || !URL.canParse(document.jwks_uri)) throw fail('has no valid jwks_uri.');
  return new URL(document.jwks_uri);
}
