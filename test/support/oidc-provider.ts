import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import { Provider } from 'oidc-provider';
import { HUB_AUDIENCE } from '../../subgraphs/shared/auth/config.js';
import { Role } from '../../subgraphs/shared/auth/viewer.js';
import { signInWithFetch, type Tokens } from './oidc-code-flow.js';

/**
 * A real OpenID Connect provider on this machine (the `oidc-provider` package), set up as the Comune's
 * would be for the back office: one public client (no secret, authorization code with PKCE S256,
 * refresh tokens), access tokens as JWTs (RFC 9068) for the hub's audience carrying `sub`, `roles`
 * and `municipi`, signed RS256 with keys published at its jwks_uri.
 *
 * Its pages make no request off the machine. The login page (/interaction/<uid>) is a form with
 * `input#username` (name="username") and `button[type=submit]`; an unknown user is shown the form
 * again with `[role=alert]`. Consent is granted without a page (a first-party client), and the
 * sign-out confirmation (/session/end) submits itself.
 */

export interface OidcAccount {
  roles: Role[];
  municipi: number[];
}

/** The staff the tests sign in as: the account id is the token's `sub`. */
export const OIDC_ACCOUNTS: Record<string, OidcAccount> = {
  'editor-2': { roles: [Role.EDITOR], municipi: [2] },
  'editor-5': { roles: [Role.EDITOR], municipi: [5] },
  admin: { roles: [Role.ADMIN], municipi: [] },
};

export interface OidcProviderOptions {
  /** Where the client may be sent back after sign-in, e.g. `http://127.0.0.1:<gatewayPort>/backoffice/`. */
  redirectUris: string[];
  /** Where it may be sent after sign-out (default: the redirect URIs). */
  postLogoutRedirectUris?: string[];
  clientId?: string;
  /** The `aud` of the access tokens (default: the hub's, HUB_AUDIENCE). */
  audience?: string;
  /** Lifetime of an access token (default 300 s); change it later with setAccessTokenTtl. */
  accessTokenTtlSeconds?: number;
  accounts?: Record<string, OidcAccount>;
}

export interface RunningOidcProvider {
  /** Give this to the hub as HUB_OIDC_ISSUER. */
  issuer: string;
  clientId: string;
  audience: string;
  /** Access tokens issued from now on live this long. */
  setAccessTokenTtl(seconds: number): void;
  /** The whole authorization code + PKCE flow as a browser makes it, through the login form; for Node tests. */
  signInWithFetch(username: string, redirectUri?: string): Promise<Tokens>;
  stop(): Promise<void>;
}

export async function startOidcProvider(options: OidcProviderOptions): Promise<RunningOidcProvider> {
  const accounts = options.accounts ?? OIDC_ACCOUNTS;
  const clientId = options.clientId ?? 'hub-backoffice';
  const audience = options.audience ?? HUB_AUDIENCE;
  let ttl = options.accessTokenTtlSeconds ?? 300;
  // The server listens first: the issuer names its port. Until the provider is made, it answers 503.
  let provider: Provider | undefined;
  let handle: ((req: IncomingMessage, res: ServerResponse) => void) | undefined;
  const server = createServer((req, res) => {
    if (!provider || !handle) return void res.writeHead(503).end();
    if (req.url?.startsWith('/interaction/')) return void interaction(provider, accounts, req, res).catch((error) => fail(res, error));
    handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const resourceServer = () => ({ scope: '', audience, accessTokenFormat: 'jwt', accessTokenTTL: ttl, jwt: { sign: { alg: 'RS256' } } });

  provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: clientId,
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? options.redirectUris,
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-rs256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    scopes: ['openid', 'offline_access'],
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: async () => audience,
        // Every access token is for the hub (the page asks for no resource), never for userinfo.
        useGrantedResource: async () => true,
        getResourceServerInfo: async (_ctx: unknown, resource: string) => {
          if (resource !== audience) throw new Error(`unknown resource ${resource}`);
          return resourceServer();
        },
      },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
    },
    // A working day for the session and the refresh token, as a Comune's provider might set them.
    ttl: { AccessToken: () => ttl, IdToken: 3600, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600, RefreshToken: 8 * 3600 },
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) =>
      client.grantTypeAllowed('refresh_token'),
    clientBasedCORS: (_ctx: unknown, origin: string, client: { redirectUris: string[] }) =>
      client.redirectUris.some((uri) => new URL(uri).origin === origin),
    findAccount: async (_ctx: unknown, sub: string) => (accounts[sub] ? { accountId: sub, claims: async () => ({ sub }) } : undefined),
    // The claims the subgraphs read, in every access token (RFC 9068 allows claims of the provider's own).
    extraTokenClaims: async (_ctx: unknown, token: { accountId?: string }) => {
      const account = token.accountId ? accounts[token.accountId] : undefined;
      return account ? { roles: account.roles, municipi: account.municipi } : undefined;
    },
    renderError: async (ctx: { type: string; body: string }, out: Record<string, string>) => {
      ctx.type = 'html';
      ctx.body = page(
        'Errore',
        `<h1>Errore</h1><p role="alert">${htmlText(out.error ?? '')}: ${htmlText(out.error_description ?? '')}</p>`,
      );
    },
  });

  handle = provider.callback();
  // A failure inside the provider shows as "server_error" on its page; the cause is only here.
  provider.on('server_error', (_ctx: unknown, error: Error) => console.error('[oidc-provider]', error));
  return {
    issuer,
    clientId,
    audience,
    setAccessTokenTtl(seconds) {
      ttl = seconds;
    },
    signInWithFetch: (username, redirectUri = options.redirectUris[0] ?? '') =>
      signInWithFetch({ issuer, clientId, redirectUri, username }),
    stop: () => close(server),
  };
}

type Stored = Record<string, unknown> & { uid?: string; userCode?: string; grantId?: string; consumed?: number };
/** The models a grant issues, revoked with it. */
const GRANTED = new Set(['AccessToken', 'AuthorizationCode', 'RefreshToken', 'DeviceCode', 'BackchannelAuthenticationRequest']);

/**
 * Where the provider keeps its sessions, interactions, grants, codes and tokens: a Map of this provider's
 * own, for as long as the test runs. oidc-provider's `adapter` option, as its documentation asks of a
 * provider that stores them (example/my_adapter.js): left out, its own in-memory store is used and it
 * warns at every start that it is for development only, which this provider is.
 */
function memoryAdapter() {
  const records = new Map<string, { payload: Stored; expiresAt: number }>();
  const live = (key: string): Stored | undefined => {
    const record = records.get(key);
    if (record && record.expiresAt <= Date.now()) records.delete(key);
    return records.get(key)?.payload;
  };
  return (model: string) => {
    const key = (id: string) => `${model}:${id}`;
    const findBy = (field: 'uid' | 'userCode', value: string) => {
      for (const [k, { payload }] of records) if (k.startsWith(`${model}:`) && payload[field] === value) return live(k);
      return undefined;
    };
    return {
      upsert: async (id: string, payload: Stored, expiresIn?: number) =>
        void records.set(key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Number.POSITIVE_INFINITY }),
      find: async (id: string) => live(key(id)),
      findByUid: async (uid: string) => findBy('uid', uid),
      findByUserCode: async (userCode: string) => findBy('userCode', userCode),
      consume: async (id: string) => {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id: string) => void records.delete(key(id)),
      // What a grant issued (its codes and tokens), not the grant, its session or its interaction.
      revokeByGrantId: async (grantId: string) => {
        for (const [k, { payload }] of records)
          if (payload.grantId === grantId && GRANTED.has(k.slice(0, k.indexOf(':')))) records.delete(k);
      },
    };
  };
}

/** The login form, then consent granted at once; the provider sends the browser on to the client. */
async function interaction(provider: Provider, accounts: Record<string, OidcAccount>, req: IncomingMessage, res: ServerResponse) {
  const details = await provider.interactionDetails(req, res);
  if (details.prompt.name === 'consent') {
    const accountId = details.session?.accountId ?? '';
    const grant = details.grantId
      ? await provider.Grant.find(details.grantId)
      : new provider.Grant({ accountId, clientId: String(details.params.client_id) });
    if (!grant) throw new Error('the grant of this interaction is gone');
    const missing = details.prompt.details as { missingOIDCScope?: string[]; missingResourceScopes?: Record<string, string[]> };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    for (const [resource, scopes] of Object.entries(missing.missingResourceScopes ?? {}))
      grant.addResourceScope(resource, scopes.join(' '));
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }
  if (req.method === 'POST') {
    const username = new URLSearchParams(await body(req)).get('username')?.trim() ?? '';
    if (accounts[username])
      return provider.interactionFinished(req, res, { login: { accountId: username } }, { mergeWithLastSubmission: false });
    return loginForm(res, details.uid, `Utente sconosciuto: ${username}`);
  }
  return loginForm(res, details.uid);
}

function loginForm(res: ServerResponse, uid: string, error?: string): void {
  res.writeHead(error ? 401 : 200, { 'content-type': 'text/html; charset=utf-8' }).end(
    page(
      'Accesso',
      `<h1>Accesso ai servizi del Comune</h1>${error ? `<p role="alert">${htmlText(error)}</p>` : ''}
<form method="post" action="/interaction/${htmlText(uid)}"><label for="username">Nome utente</label>
<input id="username" name="username" autocomplete="username" required autofocus>
<button type="submit">Accedi</button></form>`,
    ),
  );
}

async function logoutSource(ctx: { body: string }, form: string): Promise<void> {
  ctx.body = page(
    'Uscita',
    `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Esci</button>
<script>document.forms[0].requestSubmit(document.querySelector('button[name=logout]'))</script>`,
  );
}

async function postLogoutSuccessSource(ctx: { body: string }): Promise<void> {
  ctx.body = page('Uscita', '<h1>Sei uscito.</h1>');
}

/** A page with nothing to fetch from elsewhere. */
function page(title: string, content: string): string {
  return `<!doctype html><html lang="it"><head><meta charset="utf-8"><title>${title}</title></head><body><main>${content}</main></body></html>`;
}

function htmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function fail(res: ServerResponse, error: unknown): void {
  if (!res.headersSent) res.writeHead(400, { 'content-type': 'text/plain' });
  res.end(String(error instanceof Error ? error.message : error));
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req
      .setEncoding('utf8')
      .on('data', (chunk: string) => (text += chunk))
      .on('end', () => resolve(text))
      .on('error', reject);
  });
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
