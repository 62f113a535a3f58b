import { importJWK, type JWK, SignJWT } from 'jose';
import { EMBEDDED_ALGORITHM, EMBEDDED_AUDIENCE, EMBEDDED_ISSUER } from './embedded-keys.js';
import type { Role } from './viewer.js';

export interface TokenClaims {
  sub: string;
  roles: Role[];
  municipi: number[];
  /** A duration jose understands ("2s", "15m", "1h", "7d"), or the expiry in seconds since the epoch. */
  ttl: string | number;
  issuer?: string;
  audience?: string;
  notBefore?: string | number;
}

/** Signs a token for the embedded default (npm run token, the import command, the tests). */
export async function signToken(privateJwk: JWK, claims: TokenClaims): Promise<string> {
  const key = await importJWK(privateJwk, EMBEDDED_ALGORITHM);
  const jwt = new SignJWT({ roles: claims.roles, municipi: claims.municipi })
    .setProtectedHeader({ alg: EMBEDDED_ALGORITHM, kid: privateJwk.kid, typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(claims.issuer ?? EMBEDDED_ISSUER)
    .setAudience(claims.audience ?? EMBEDDED_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(claims.ttl);
  if (claims.notBefore) jwt.setNotBefore(claims.notBefore);
  return jwt.sign(key);
}
