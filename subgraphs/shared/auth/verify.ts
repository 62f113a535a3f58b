import { GraphQLError } from 'graphql';
import { createLocalJWKSet, errors, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { logger } from '../../../server/logger.js';
import { viewerFromClaims } from './claims.js';
import type { AuthConfig } from './config.js';
import { discoveredKeySet, remoteKeySet } from './discovery.js';
import { KeysUnavailableError, unauthenticated } from './errors.js';
import type { Viewer } from './viewer.js';

/** Asymmetric algorithms only: a shared secret would let every subgraph mint tokens. "none" is never accepted. */
const ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'EdDSA'];

/** Tokens may be a few seconds early or late: the clocks of the provider and the hub are not one clock. */
const CLOCK_TOLERANCE_SECONDS = 5;

export type VerifyToken = (authorization: string | undefined) => Promise<Viewer>;

/** A verifier for one configuration; it keeps the key set (and, for a remote one, its cache) across requests. */
export function tokenVerifier(config: AuthConfig): VerifyToken {
  const keys = keySet(config);
  return async (authorization) => {
    const token = bearerToken(authorization);
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: ALGORITHMS,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'sub'],
      });
      const viewer = viewerFromClaims(payload);
      if (typeof viewer === 'string') throw unauthenticated(`The token is not usable: ${viewer}`);
      return viewer;
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      if (error instanceof errors.JWKSTimeout) throw new KeysUnavailableError();
      if (error instanceof errors.JOSEError) throw unauthenticated(reason(error));
      // The provider's key set could not be fetched or read: the token cannot be trusted now.
      logger.error({ err: error }, 'token verification failed: the key set could not be fetched or read');
      throw new KeysUnavailableError();
    }
  };
}

function keySet(config: AuthConfig): JWTVerifyGetKey {
  if (config.kind === 'local') return createLocalJWKSet({ keys: config.keys });
  const timing = { cooldownMs: config.cooldownMs ?? 30_000, cacheMaxAgeMs: 10 * 60_000 };
  return config.kind === 'remote' ? remoteKeySet(new URL(config.jwksUrl), timing) : discoveredKeySet(config.issuer, timing);
}

function bearerToken(authorization: string | undefined): string {
  if (!authorization) throw unauthenticated('This needs a token: send "Authorization: Bearer <token>".');
  const match = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*)$/.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated('The Authorization header must be "Bearer <token>", with a JSON Web Token.');
  return match[1];
}

/** What the client may be told: which check failed, never the key material or the library's internals. */
function reason(error: errors.JOSEError): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return 'The token is not valid yet.';
    if (error.claim === 'iss') return 'The token was issued by another issuer.';
    if (error.claim === 'aud') return 'The token is meant for another audience.';
    return `The token's ${error.claim} claim is not acceptable.`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this hub does not accept.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token is signed with a key this hub does not know.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  return 'The token is malformed.';
}
