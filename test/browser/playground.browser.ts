import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, startHub } from '../support/hub.js';
import { launchChromium } from './chromium.js';

// The playground as a person meets it: a real headless Chromium opens GraphiQL on the gateway,
// runs a contract operation, and makes no request to any other address. Run by `npm run test:browser`
// (CI installs Debian's chromium first); CHROMIUM_PATH points at another build.

let hub: Hub;
let browser: Browser;
beforeAll(async () => {
  hub = await startHub(inject('databaseUrl'));
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

describe('GraphiQL playground', () => {
  it('loads offline with the contract operations and their variables, and runs one', async () => {
    const page = await browser.newPage();
    const origins = new Set<string>();
    page.on('request', (request) => {
      const url = request.url();
      origins.add(url.startsWith('blob:') || url.startsWith('data:') ? url.slice(0, 5) : new URL(url).origin);
    });
    await page.goto(hub.gateway.url);
    await page.waitForSelector('.graphiql-container');
    // Monaco renders spaces as no-break spaces.
    const text = async (selector: string) => (await page.locator(selector).first().innerText()).replace(/\s+/g, ' ');
    await expect.poll(() => text('.graphiql-query-editor .view-lines')).toContain('Milano Municipal Graph');
    await expect.poll(() => text('.graphiql-editor-tool .view-lines')).toContain('"year": 2022');
    // With several operations in the document, the run button asks which one to run.
    await page.locator('.graphiql-execute-button').click();
    await expect
      .poll(() => page.getByRole('menuitem').allInnerTexts())
      .toEqual([
        'CityOverview',
        'ServizioCivileCall',
        'SiteByCode',
        'LevaCivicaProjects',
        'NetworkHealth',
        'PointsNearby',
        'MunicipioAt',
        'PointsPage',
        'PointSchedule',
        'PointTimetable',
        'YouthOpportunities',
        'CallComparison',
        'PointsChangedSince',
      ]);
    await page.getByRole('menuitem', { name: 'ServizioCivileCall' }).click();
    await expect.poll(() => text('.graphiql-response'), { timeout: 10_000 }).toContain('"totalVolunteers": 10');
    // An example whose fragment the playground writes inline runs too.
    await page.locator('.graphiql-execute-button').click();
    await page.getByRole('menuitem', { name: 'YouthOpportunities' }).click();
    await expect.poll(() => text('.graphiql-response'), { timeout: 10_000 }).toContain('"programme": "SERVIZIO_CIVILE"');
    expect([...origins].filter((o) => o !== 'blob:' && o !== 'data:')).toEqual([new URL(hub.gateway.url).origin]);
    await page.close();
  });
});
