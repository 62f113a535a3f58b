import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_AUDIENCE, EMBEDDED_ISSUER, generateKeys } from '../subgraphs/shared/auth/embedded-keys.js';
import { signToken } from '../subgraphs/shared/auth/sign.js';
import { Role } from '../subgraphs/shared/auth/viewer.js';
import { requestToken } from './request-token.js';

// What the gateway takes a request's token for decides whether its answer may be cached and whether
// its mutation counts as a write: a token it cannot check now must never be taken for none.

const request = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as Request;
const config = { issuer: EMBEDDED_ISSUER, audience: EMBEDDED_AUDIENCE };

describe('requestToken', () => {
  it('is the viewer of a token that verifies, null for none or a bad one, unchecked when the keys cannot be fetched', async () => {
    const keys = await generateKeys();
    const token = await signToken(keys.privateJwk, { sub: 'ufficio@comune.milano.it', roles: [Role.ADMIN], municipi: [], ttl: '5m' });
    const local = requestToken({ kind: 'local', keys: [keys.publicJwk], ...config });
    expect(await local(request(`Bearer ${token}`))).toMatchObject({ sub: 'ufficio@comune.milano.it' });
    expect(await local(request())).toBeNull();
    expect(await local(request('Bearer garbage'))).toBeNull();

    const down = requestToken({ kind: 'remote', jwksUrl: 'http://127.0.0.1:9/certs', ...config });
    expect(await down(request(`Bearer ${token}`))).toBe('unchecked');
    expect(await requestToken(undefined)(request(`Bearer ${token}`))).toBe('unchecked');
  });
});
