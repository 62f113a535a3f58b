import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { type Hub, root, startHub } from '../support/hub.js';
import { scratchDatabase } from '../support/scratch-database.js';
import { launchChromium } from './chromium.js';

/** A real hub on a scratch database, the back office built and Chromium open, for one browser test file. */
export interface BackOfficeInBrowser {
  hub: Hub;
  /** The hub's origin: the only one its pages may ask anything of. */
  origin: string;
  /** Every origin the pages of this file asked something of (`data:` and `blob:` as such). */
  origins: Set<string>;
  /** Every uncaught error of the pages of this file. */
  pageErrors: string[];
  /** A fresh browser (its own sessionStorage), every request and error of its pages recorded. */
  person(width?: number): Promise<Page>;
  /** The local development sign-in, as a person fills it in. */
  signIn(page: Page, who: { name: string; municipi?: number[]; admin?: boolean }, hash?: string): Promise<void>;
  /** The graph's answer, with no error. */
  graph(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<any>;
  pointsOf(municipio: number): Promise<{ id: string; name: string }[]>;
  hoursOf(id: string): Promise<any>;
}

/** Builds the back office, starts the hub and Chromium before the file's tests, and stops them after. */
export function useBackOfficeInBrowser(label: string): BackOfficeInBrowser {
  let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
  let browser: Browser | undefined;
  let keysDir: string | undefined;
  const office = { origins: new Set<string>(), pageErrors: [] as string[] } as BackOfficeInBrowser;

  beforeAll(async () => {
    await build({ configFile: `${root}/gateway/backoffice/vite.config.ts`, logLevel: 'error' });
    database = await scratchDatabase(inject('databaseUrl'), label);
    office.hub = await startHub(database.url);
    // The local sign-in signs with the embedded key pair (HUB_KEYS_DIR): make it this hub's test pair, which its subgraphs trust.
    keysDir = await mkdtemp(join(tmpdir(), 'backoffice-keys-'));
    await writeFile(join(keysDir, 'embedded-signing-key.json'), JSON.stringify(office.hub.tokens.keys));
    process.env.HUB_KEYS_DIR = keysDir;
    office.origin = new URL(office.hub.gateway.url).origin;
    browser = await launchChromium();
  });
  afterAll(async () => {
    delete process.env.HUB_KEYS_DIR;
    await browser?.close();
    await office.hub?.stop();
    await database?.drop();
    if (keysDir) await rm(keysDir, { recursive: true, force: true });
  });

  office.person = async (width = 1280) => {
    if (!browser) throw new Error('Chromium is not open: person() runs inside a test');
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'it-IT', timezoneId: 'Europe/Rome' });
    const page = await context.newPage();
    page.on('request', (request) => {
      const url = request.url();
      office.origins.add(url.startsWith('data:') || url.startsWith('blob:') ? url.slice(0, 5) : new URL(url).origin);
    });
    page.on('pageerror', (error) => office.pageErrors.push(error.message));
    return page;
  };

  office.signIn = async (page, who, hash = '') => {
    await page.goto(`${office.origin}/backoffice/${hash}`);
    await ready(page);
    await page.getByRole('heading', { name: 'Accesso locale di sviluppo' }).waitFor();
    if (who.admin) await page.getByLabel('Amministratore').check();
    for (const m of who.municipi ?? []) await page.getByRole('checkbox', { name: String(m), exact: true }).check();
    await page.getByLabel('Nome (scritto nella storia delle modifiche)').fill(who.name);
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.waitForSelector('#who span');
    await ready(page);
  };

  office.graph = async (query, variables = {}, headers = {}) => {
    const { body } = await office.hub.query(query, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  office.pointsOf = async (municipio) => {
    const data = await office.graph('query ($m: Int!) { points(first: 100, filter: { municipio: $m }) { edges { node { id name } } } }', {
      m: municipio,
    });
    return data.points.edges.map((e: { node: { id: string; name: string } }) => e.node);
  };

  office.hoursOf = async (id) =>
    (await office.graph('query ($id: ID!) { point(id: $id) { version openingHours { day opens closes activity } } }', { id })).point;

  return office;
}

/** Waits for the page to say it is ready. */
export async function ready(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is. */
export async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Replaces a point's weekly hours in the form with one interval, Monday from 09:00 to `closes`. */
export async function oneMondayInterval(page: Page, closes: string): Promise<void> {
  const hours = page.locator('form.hours');
  while ((await hours.getByRole('button', { name: /^Togli la fascia/ }).count()) > 0)
    await hours
      .getByRole('button', { name: /^Togli la fascia/ })
      .first()
      .click();
  await hours.getByRole('button', { name: 'Aggiungi una fascia' }).click();
  await hours.getByLabel('Chiude alle, fascia 1').fill(closes);
}
