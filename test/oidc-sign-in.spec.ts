import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { authConfigFromEnv } from '../subgraphs/shared/auth/config.js';
import { HOURS } from './support/back-office.js';
import { type GraphQLResponse, type Hub, operation, startHub } from './support/hub.js';
import { type RunningOidcProvider, startOidcProvider } from './support/oidc-provider.js';
import { scratchDatabase } from './support/scratch-database.js';
import { bearer } from './support/tokens.js';

// Staff sign in at the Comune's identity provider, a real OpenID provider on this machine, with the
// authorization code flow and PKCE; the hub, told only HUB_OIDC_ISSUER, finds the provider's keys
// from its discovery document and takes its access tokens, and no other.

let provider: RunningOidcProvider;
let hub: Hub;
let drop: () => Promise<void>;

beforeAll(async () => {
  provider = await startOidcProvider({ redirectUris: ['http://127.0.0.1:4000/backoffice/'] });
  const database = await scratchDatabase(inject('databaseUrl'), 'oidc_sign_in');
  drop = database.drop;
  hub = await startHub(database.url, { auth: await authConfigFromEnv({ HUB_OIDC_ISSUER: provider.issuer }) });
});
afterAll(async () => {
  await hub?.stop();
  await drop?.();
  await provider?.stop();
});

async function firstPointOf(municipio: number): Promise<{ id: string; version: number }> {
  const response = await hub.query('query ($m: Int!) { points(first: 1, filter: { municipio: $m }) { edges { node { id version } } } }', {
    m: municipio,
  });
  const point = response.body.data?.points.edges[0]?.node;
  if (!point) throw new Error(`no point in Municipio ${municipio}`);
  return point;
}

async function setHours(accessToken: string, point: { id: string; version: number }): Promise<GraphQLResponse> {
  const input = { pointId: point.id, expectedVersion: point.version, hours: HOURS };
  return hub.query(await operation('SetPointHours'), { input }, bearer(accessToken));
}

const codeOf = (response: GraphQLResponse) => response.body.errors?.[0]?.extensions?.code;

describe('signing in at the identity provider', () => {
  it('gives an access token for the hub (RFC 9068) with the subject, roles and Municipi the subgraphs read', async () => {
    const { accessToken, idToken, refreshToken } = await provider.signInWithFetch('editor-2');
    expect(decodeProtectedHeader(accessToken)).toMatchObject({ alg: 'RS256', typ: 'at+jwt' });
    expect(decodeJwt(accessToken)).toMatchObject({
      iss: provider.issuer,
      aud: provider.audience,
      client_id: provider.clientId,
      sub: 'editor-2',
      roles: ['editor'],
      municipi: [2],
    });
    expect(decodeJwt(idToken).aud).toBe(provider.clientId);
    expect(refreshToken).toBeTruthy();
  });

  it('lets an editor of Municipio 2 change a point there, and the audit trail names the provider’s subject', async () => {
    const { accessToken } = await provider.signInWithFetch('editor-2');
    const point = await firstPointOf(2);
    const written = await setHours(accessToken, point);
    expect(written.body.errors).toBeUndefined();
    expect(written.body.data?.setPointOpeningHours).toMatchObject({ userErrors: [], point: { version: point.version + 1 } });
    const history = await hub.query(await operation('PointHistory'), { id: point.id, first: 1 }, bearer(accessToken));
    expect(history.body.data?.point.history.edges[0].node).toMatchObject({ actor: 'editor-2', action: expect.any(String) });
  });

  it('answers FORBIDDEN to the same editor on a point of Municipio 5, and lets editor-5 and the admin write there', async () => {
    const point = await firstPointOf(5);
    const refused = await setHours((await provider.signInWithFetch('editor-2')).accessToken, point);
    expect(codeOf(refused)).toBe('FORBIDDEN');
    const editor5 = await setHours((await provider.signInWithFetch('editor-5')).accessToken, point);
    expect(editor5.body.data?.setPointOpeningHours.point.version).toBe(point.version + 1);
    const admin = await setHours((await provider.signInWithFetch('admin')).accessToken, { ...point, version: point.version + 1 });
    expect(admin.body.data?.setPointOpeningHours.point.version).toBe(point.version + 2);
  });
});

describe('tokens the hub refuses when the provider is configured', () => {
  it('an expired access token: UNAUTHENTICATED, and nothing written', async () => {
    provider.setAccessTokenTtl(60);
    const { accessToken, expiresIn } = await provider.signInWithFetch('editor-2');
    provider.setAccessTokenTtl(300);
    expect(expiresIn).toBe(60);
    const point = await firstPointOf(2);
    // The hub's clock moves past the expiry (and the 5 s tolerance); the provider's token stays as issued.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + (expiresIn + 10) * 1000 });
    try {
      const late = await setHours(accessToken, point);
      expect(codeOf(late)).toBe('UNAUTHENTICATED');
      expect(late.body.errors?.[0]?.message).toMatch(/expired/);
    } finally {
      vi.useRealTimers();
    }
    expect((await firstPointOf(2)).version).toBe(point.version);
  });

  it('a token signed by the embedded key, and the ID token (meant for the page, not the hub)', async () => {
    const point = await firstPointOf(2);
    const embedded = await setHours(await hub.tokens.admin(), point);
    expect(codeOf(embedded)).toBe('UNAUTHENTICATED');
    const { idToken } = await provider.signInWithFetch('admin');
    const notAnAccessToken = await setHours(idToken, point);
    expect(codeOf(notAnAccessToken)).toBe('UNAUTHENTICATED');
    expect(notAnAccessToken.body.errors?.[0]?.message).toMatch(/audience/);
    expect((await firstPointOf(2)).version).toBe(point.version);
  });
});
