import { base64url, type JWK } from 'jose';
import type { AuthConfig } from '../../subgraphs/shared/auth/config.js';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, generateKeys, type KeyPair } from '../../subgraphs/shared/auth/embedded-keys.js';
import { signToken, type TokenClaims } from '../../subgraphs/shared/auth/sign.js';
import { Role } from '../../subgraphs/shared/auth/viewer.js';

/** A key pair made for one test run, and tokens signed with it, right or wrong on purpose. */
export class TestTokens {
  private constructor(readonly keys: KeyPair) {}

  static async create(): Promise<TestTokens> {
    return new TestTokens(await generateKeys());
  }

  /** What the subgraphs are told to trust. */
  get auth(): AuthConfig {
    return { kind: 'local', keys: [this.keys.publicJwk], issuer: EMBEDDED_ISSUER, audience: EMBEDDED_AUDIENCE };
  }

  sign(claims: Partial<TokenClaims> = {}, privateJwk: JWK = this.keys.privateJwk): Promise<string> {
    return signToken(privateJwk, { sub: 'test@local', roles: [Role.ADMIN], municipi: [], ttl: '5m', ...claims });
  }

  admin(sub = 'admin@test'): Promise<string> {
    return this.sign({ sub, roles: [Role.ADMIN] });
  }

  editor(municipi: number[], sub = `editor-${municipi.join('-')}@test`): Promise<string> {
    return this.sign({ sub, roles: [Role.EDITOR], municipi });
  }
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** The same claims with no signature at all ("alg": "none"), which must never be accepted. */
export function unsigned(token: string): string {
  const [, payload] = token.split('.');
  return `${base64url.encode(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${payload}.`;
}

/** The token with one claim changed after signing (an editor making itself admin). */
export function tampered(token: string): string {
  const [header, payload, signature] = token.split('.') as [string, string, string];
  const claims = JSON.parse(new TextDecoder().decode(base64url.decode(payload))) as Record<string, unknown>;
  return `${header}.${base64url.encode(JSON.stringify({ ...claims, roles: ['admin'] }))}.${signature}`;
}
