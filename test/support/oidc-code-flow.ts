import { createHash, randomBytes } from 'node:crypto';

// The authorization code flow with PKCE as a browser runs it, in Node: for specs that need a real
// provider's access token without a browser (test/support/oidc-provider.ts serves the other side).

export interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken?: string;
  expiresIn: number;
}

export interface SignIn {
  issuer: string;
  clientId: string;
  redirectUri: string;
  /** Typed into the provider's login form. */
  username: string;
}

/**
 * What a browser does: the authorization request with a PKCE challenge, the login form, the
 * redirects (keeping the provider's cookies), then the code exchanged with its verifier.
 */
export async function signInWithFetch({ issuer, clientId, redirectUri, username }: SignIn): Promise<Tokens> {
  const discovery = (await (await fetch(`${issuer}/.well-known/openid-configuration`)).json()) as Record<string, string>;
  const verifier = randomBytes(32).toString('base64url');
  const state = randomBytes(16).toString('base64url');
  const authorize = new URL(discovery.authorization_endpoint ?? '');
  authorize.search = new URLSearchParams({
    client_id: clientId,
    response_type: 'code',
    redirect_uri: redirectUri,
    scope: 'openid',
    state,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
  }).toString();
  const cookies = new Map<string, string>();
  let request: { url: URL; form?: string } = { url: authorize };
  for (let hop = 0; hop < 10; hop++) {
    const response = await fetch(request.url, {
      method: request.form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(request.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: request.form,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const [name = '', value = ''] = pair.split('=');
      if (value) cookies.set(name, value);
      else cookies.delete(name);
    }
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, request.url);
      if (`${next.origin}${next.pathname}` === redirectUri) {
        if (next.searchParams.get('state') !== state) throw new Error('the provider sent back another state');
        const code = next.searchParams.get('code');
        if (!code) throw new Error(`no code: ${next.searchParams.get('error')} ${next.searchParams.get('error_description')}`);
        return exchange(discovery.token_endpoint ?? '', { clientId, redirectUri, code, verifier });
      }
      request = { url: next };
    } else if (response.status === 200 && request.url.pathname.startsWith('/interaction/') && !request.form) {
      await response.text();
      request = { url: request.url, form: new URLSearchParams({ username }).toString() };
    } else throw new Error(`sign-in stopped at ${request.url} with HTTP ${response.status}: ${await response.text()}`);
  }
  throw new Error('sign-in did not come back to the client');
}

async function exchange(
  tokenEndpoint: string,
  grant: { clientId: string; redirectUri: string; code: string; verifier: string },
): Promise<Tokens> {
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: grant.clientId,
      redirect_uri: grant.redirectUri,
      code: grant.code,
      code_verifier: grant.verifier,
    }),
  });
  const tokens = (await response.json()) as Record<string, string | number>;
  if (!response.ok) throw new Error(`token endpoint: ${tokens.error} ${tokens.error_description}`);
  return {
    accessToken: String(tokens.access_token),
    idToken: String(tokens.id_token),
    refreshToken: tokens.refresh_token ? String(tokens.refresh_token) : undefined,
    expiresIn: Number(tokens.expires_in),
  };
}
