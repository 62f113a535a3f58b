import { UserManager, WebStorageStateStore } from 'oidc-client-ts';
import { useToken } from './graph.js';

/**
 * Who is signed in, and how: GET config.json says whether the hub has an OpenID Connect provider
 * (authorization code with PKCE through oidc-client-ts, the user kept in sessionStorage) or only the
 * local development sign-in (POST local-sign-in, a token signed with the embedded key). Either way the
 * page holds an access token, sent as `Authorization: Bearer` to /graphql, and reads its claims.
 */

export type SignInConfig = { mode: 'oidc'; issuer: string; clientId: string; scope: string } | { mode: 'local' } | { mode: 'none' };

/** The claims the subgraphs authorize with (README "## Back office"). */
export interface Staff {
  sub: string;
  admin: boolean;
  municipi: number[];
  /** Seconds since the epoch. */
  exp: number;
}

const LOCAL_KEY = 'backoffice:local-token';
/** The exact address the provider sends the person back to (registered with the provider). */
const home = () => `${location.origin}/backoffice/`;

let config: SignInConfig = { mode: 'none' };
let manager: UserManager | null = null;
let token: string | null = null;
useToken(() => token);

export const signInMode = () => config.mode;

/** Reads the hub's sign-in configuration and, back from the provider, completes its sign-in. */
export async function startSession(): Promise<Staff | null> {
  config = (await (await fetch('/backoffice/config.json')).json()) as SignInConfig;
  if (config.mode === 'oidc') {
    manager = new UserManager({
      authority: config.issuer,
      client_id: config.clientId,
      scope: config.scope,
      redirect_uri: home(),
      post_logout_redirect_uri: home(),
      response_type: 'code',
      userStore: new WebStorageStateStore({ store: sessionStorage }),
      stateStore: new WebStorageStateStore({ store: sessionStorage }),
    });
    const params = new URLSearchParams(location.search);
    if (params.has('code') && params.has('state')) {
      const user = await manager.signinRedirectCallback();
      // Back where the person was before the provider, without the code in the address bar.
      history.replaceState(null, '', `${home()}${typeof user.state === 'string' ? user.state : ''}`);
    }
    const user = await manager.getUser();
    token = user && !user.expired ? user.access_token : null;
  } else if (config.mode === 'local') {
    const kept = JSON.parse(sessionStorage.getItem(LOCAL_KEY) ?? 'null') as { access_token: string } | null;
    token = kept?.access_token ?? null;
  }
  return current();
}

/** The signed-in person, from the token's claims; null when there is none or it has expired. */
export function current(): Staff | null {
  if (!token) return null;
  try {
    const payload = token.split('.')[1] ?? '';
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as Record<string, unknown>;
    const exp = Number(claims.exp ?? 0);
    if (exp * 1000 <= Date.now()) return null;
    const roles = Array.isArray(claims.roles) ? claims.roles : [];
    const municipi = Array.isArray(claims.municipi) ? claims.municipi.map(Number) : [];
    return { sub: String(claims.sub ?? ''), admin: roles.includes('admin'), municipi, exp };
  } catch {
    return null;
  }
}

/** Whether the person may write to a point of this Municipio (what the subgraphs check too). */
export const mayEdit = (staff: Staff, municipio: number | null | undefined) =>
  staff.admin || (municipio != null && staff.municipi.includes(municipio));

/** Goes to the provider; the page comes back to the same view (its hash) once signed in. */
export async function signInWithProvider(): Promise<void> {
  await manager?.signinRedirect({ state: location.hash });
}

/** The local development sign-in: a token for a role, Municipi and a name, from this hub's embedded key. */
export async function signInLocally(request: { role: 'admin' | 'editor'; municipi: number[]; name: string }): Promise<Staff> {
  const response = await fetch('/backoffice/local-sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { access_token?: string; message?: string };
  if (!response.ok || !body.access_token) throw new Error(body.message ?? `HTTP ${response.status}`);
  sessionStorage.setItem(LOCAL_KEY, JSON.stringify({ access_token: body.access_token }));
  token = body.access_token;
  const staff = current();
  if (!staff) throw new Error('Il token ricevuto non è valido.');
  return staff;
}

/** Forgets the token (expired or refused): the page asks to sign in again; drafts stay in sessionStorage. */
export async function forget(): Promise<void> {
  token = null;
  sessionStorage.removeItem(LOCAL_KEY);
  await manager?.removeUser();
}

/** Signs out: forgets the token, and with a provider ends its session too (and comes back here). */
export async function signOut(): Promise<void> {
  const user = await manager?.getUser();
  await forget();
  if (manager && user) await manager.signoutRedirect({ id_token_hint: user.id_token });
}
