import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { authConfigFromEnv } from '../../subgraphs/shared/auth/config.js';
import { type Hub, root, startHub } from '../support/hub.js';
import { type RunningOidcProvider, startOidcProvider } from '../support/oidc-provider.js';
import { scratchDatabase } from '../support/scratch-database.js';
import { launchChromium } from './chromium.js';

// The back office signed in as the Comune's staff will: at a real OpenID provider on this machine
// (oidc-provider, test/support/oidc-provider.ts), by the page's own oidc-client-ts (code + PKCE),
// and back to the page with an access token the subgraphs take. Every request stays on the machine.

let provider: RunningOidcProvider;
let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let browser: Browser;
let origin: string;

/** A port free now: the provider must know where it sends people back before the gateway listens there. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

beforeAll(async () => {
  await build({ configFile: `${root}/gateway/backoffice/vite.config.ts`, logLevel: 'error' });
  const port = await freePort();
  provider = await startOidcProvider({ redirectUris: [`http://127.0.0.1:${port}/backoffice/`] });
  database = await scratchDatabase(inject('databaseUrl'), 'backoffice_oidc');
  hub = await startHub(database.url, {
    auth: await authConfigFromEnv({ HUB_OIDC_ISSUER: provider.issuer }),
    gatewayPort: port,
    backofficeSignIn: { mode: 'oidc', issuer: provider.issuer, clientId: provider.clientId, scope: 'openid' },
  });
  origin = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await database?.drop();
  await provider?.stop();
});

describe('the back office with the Comune’s identity provider', () => {
  it('signs an editor in at the provider and back, and lists the points of their Municipio', async () => {
    const context = await browser.newContext({ locale: 'it-IT', timezoneId: 'Europe/Rome' });
    const page = await context.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:')) origins.add(new URL(url).origin);
    });
    await page.goto(`${origin}/backoffice/`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
    // No local sign-in is offered when the provider is configured.
    expect(await page.getByRole('heading', { name: 'Accesso locale di sviluppo' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Accedi con l’account del Comune' }).click();
    await page.waitForURL((url) => url.origin === new URL(provider.issuer).origin, { timeout: 30_000 });
    await page.fill('#username', 'editor-2');
    await page.click('button[type=submit]');
    await page.waitForURL((url) => url.origin === origin, { timeout: 30_000 });
    await page.waitForSelector('#who span', { timeout: 30_000 });
    expect(await page.textContent('#who')).toContain('editor-2');
    // The page read the graph with the provider's access token: the points of Municipio 2 are listed.
    const listed = await hub.query('{ points(first: 1, filter: { municipio: 2 }) { nodes { name } } }');
    const name = listed.body.data?.points.nodes[0]?.name as string;
    await page.getByText(name, { exact: false }).first().waitFor({ timeout: 30_000 });
    expect([...origins].sort()).toEqual([origin, new URL(provider.issuer).origin].sort());
    await context.close();
  });
});
