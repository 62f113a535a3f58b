import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, operation, root, startHub } from '../support/hub.js';
import { scratchDatabase } from '../support/scratch-database.js';
import { bearer } from '../support/tokens.js';
import { launchChromium } from './chromium.js';

// The city dashboard as a person meets it, in a real headless Chromium: it loads with no request to
// any other address and no page error, every figure it shows is the graph's own answer, and picking
// a Municipio, a call and a measure updates them. It saves the screenshot shown in the README.

const AT = '2026-11-23T10:00:00+01:00';
let hub: Hub;
let database: Awaited<ReturnType<typeof scratchDatabase>>;
let browser: Browser;
let page: Page;
const origins = new Set<string>();
const pageErrors: string[] = [];

beforeAll(async () => {
  // The page as `npm run build` bundles it, from the sources under test.
  await build({ configFile: `${root}/gateway/dashboard/vite.config.ts`, logLevel: 'error' });
  // A database of its own, since the test imports a call.
  database = await scratchDatabase(inject('databaseUrl'), 'dashboard');
  hub = await startHub(database.url);
  // A second call, so that there is a call to pick and one to compare: the 2022 document as a 2024 call would publish it.
  const document = (await readFile(`${root}/test/fixtures/seeds/servizio-civile-bando-2022.md`, 'utf8'))
    .replace('Bando 2022', 'Bando 2024')
    .replace('202928 – Municipio 2\tVia G. B. Sammartini, 120\t2', '202928 – Municipio 2\tVia G. B. Sammartini, 120\t5');
  const imported = await hub.query(await operation('ImportServizioCivileCall'), { input: { document } }, bearer(await hub.tokens.admin()));
  expect(imported.body.data?.importServizioCivileCall.userErrors).toEqual([]);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (request) => {
    const url = request.url();
    origins.add(url.startsWith('blob:') || url.startsWith('data:') ? url.slice(0, 5) : new URL(url).origin);
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text());
  });
  await page.goto(`${new URL(hub.gateway.url).origin}/dashboard/?at=${encodeURIComponent(AT)}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
  await database?.drop();
});

async function graph(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const { body } = await hub.query(query, variables);
  expect(body.errors).toBeUndefined();
  return body.data;
}

const CITY = `query ($callYear: Int!) { municipi { number spazioComune { code frontOfficeHoursPerWeek points { id } } servizioCivile(callYear: $callYear) { volunteers } levaCivica { places } } }`;

/** The table's figures, by Municipio and measure, as numbers. */
async function table(): Promise<Record<string, Record<string, number>>> {
  return page.$$eval('#municipi-table tbody tr', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        (row as HTMLElement).dataset.municipio,
        Object.fromEntries(
          [...row.querySelectorAll<HTMLElement>('td[data-measure]')].map((cell) => [
            cell.dataset.measure,
            Number((cell.firstChild?.textContent ?? '').replace(/\./g, '').replace(',', '.')),
          ]),
        ),
      ]),
    ),
  );
}

/** What the table should show for a call, from the graph itself (open now: the graph's filter, per Municipio). */
async function expected(callYear: number): Promise<Record<string, Record<string, number>>> {
  const { municipi } = await graph(CITY, { callYear });
  const rows: Record<string, Record<string, number>> = {};
  for (const m of municipi) {
    const open = await graph(
      'query ($n: Int!, $at: DateTime!) { points(first: 1, filter: { municipio: $n, openAt: $at }) { totalCount } }',
      { n: m.number, at: AT },
    );
    rows[m.number] = {
      volunteers: m.servizioCivile?.volunteers ?? 0,
      places: m.levaCivica?.places ?? 0,
      hours: m.spazioComune.frontOfficeHoursPerWeek,
      points: m.spazioComune.points.length,
      openNow: open.points.totalCount,
    };
  }
  return rows;
}

describe('city dashboard', () => {
  it('shows the figures of the graph for the newest call, on the map, in the table and in the charts', async () => {
    expect(await page.locator('#call').inputValue()).toBe('2024');
    const want = await expected(2024);
    expect(await table()).toEqual(want);
    expect(want[2]?.volunteers).toBe(6);
    // The map is drawn from the nine official boundaries, coloured by the measure picked.
    expect(await page.locator('#map path.municipio').count()).toBe(9);
    await page.selectOption('#measure', 'hours');
    const mapValues = await page.$$eval('#map path.municipio', (paths) =>
      paths.map((p) => [p.getAttribute('data-municipio'), Number(p.getAttribute('data-value'))]),
    );
    expect(Object.fromEntries(mapValues)).toEqual(Object.fromEntries(Object.entries(want).map(([n, row]) => [n, row.hours])));
    expect(await page.locator('#bars svg[aria-label*="Ore di front office"]').count()).toBe(1);
    const { municipi } = await graph('{ municipi { number spazioComune { frontOfficeHoursPerWeekBasis { demo includesDemo } } } }');
    for (const m of municipi) {
      const basis = m.spazioComune.frontOfficeHoursPerWeekBasis;
      const cell = await page.locator(`#municipi-table tr[data-municipio="${m.number}"] td[data-measure="hours"]`).innerText();
      expect(cell.includes(`(di cui ${basis.demo} DEMO)`), `Municipio ${m.number}: ${cell}`).toBe(basis.includesDemo);
    }

    // Indicators and compliance as the graph judges them.
    const { indicators, compliance } = await graph(
      '{ indicators { code actual actualBasis { demo includesDemo } target2024 target2027 } compliance { passed } }',
    );
    expect(indicators.some((i: any) => i.actualBasis.includesDemo)).toBe(true); // the demo set records participation
    for (const i of indicators) {
      const cells = await page.locator(`#indicators-table tr[data-indicator="${i.code}"] td`).allInnerTexts();
      expect(cells.slice(1)).toEqual([
        // A figure that demo records took part in says how much of it they are.
        i.actualBasis.includesDemo ? `${i.actual} (di cui ${i.actualBasis.demo} DEMO)` : String(i.actual),
        i.target2024 === null ? 'non richiesto' : String(i.target2024),
        String(i.target2027),
      ]);
    }
    const summary = page.locator('#compliance-summary');
    expect(await summary.getAttribute('data-met')).toBe(String(compliance.filter((c: any) => c.passed === true).length));
    expect(await summary.getAttribute('data-missed')).toBe(String(compliance.filter((c: any) => c.passed === false).length));
    expect(Number(await summary.getAttribute('data-missed'))).toBeGreaterThan(0);
  });

  it('picking another call updates the figures and the call-over-call comparison', async () => {
    await page.selectOption('#measure', 'volunteers');
    await page.selectOption('#call', '2022');
    await expect.poll(() => page.locator('#municipi-table caption').innerText()).toContain('2022');
    expect(await table()).toEqual(await expected(2022));
    expect(await page.locator('#map path[data-municipio="2"]').getAttribute('data-value')).toBe('3');

    await page.selectOption('#call', '2024');
    await page.selectOption('#compare-call', '2022');
    await expect.poll(() => page.locator('#comparison-table caption').innerText()).toBe('Volontari per sede: bando 2022 e bando 2024.');
    const { servizioCivileCallComparison: rows } = await graph(
      '{ servizioCivileCallComparison(fromYear: 2022, toYear: 2024) { site { code } fromVolunteers toVolunteers delta } }',
    );
    const shown = await page.$$eval('#comparison-table tbody tr', (trs) =>
      trs.map((tr) => [(tr as HTMLElement).dataset.site, ...[...tr.querySelectorAll('td')].slice(2).map((td) => td.textContent)]),
    );
    expect(shown).toEqual(
      rows.map((r: any) => [r.site.code, String(r.fromVolunteers), String(r.toVolunteers), r.delta > 0 ? `+${r.delta}` : String(r.delta)]),
    );
    expect(shown.find((r) => r[0] === '202928')).toEqual(['202928', '2', '5', '+3']);
  });

  it('picking a Municipio by keyboard lists its points, open now and the next change, on the map', async () => {
    await page.locator('#map path[data-municipio="3"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#municipio-title').innerText()).toBe('Municipio 3: i punti');
    const { points } = await graph(
      'query ($at: DateTime!) { points(first: 100, filter: { municipio: 3 }) { edges { node { id name isOpen(at: $at) address { latitude } source { demo } } } } }',
      { at: AT },
    );
    const nodes = points.edges.map((e: any) => e.node);
    const listed = await page.$$eval('ul.points li', (items) =>
      items.map((li) => [(li as HTMLElement).dataset.point, (li as HTMLElement).dataset.open]),
    );
    expect(listed).toEqual(nodes.map((p: any) => [p.id, String(p.isOpen)]));
    expect(nodes.some((p: any) => p.isOpen === true)).toBe(true);
    expect(await page.locator('ul.points li').first().innerText()).toMatch(/(apre|chiude) /);
    // Their positions on the map, where known; demo records marked.
    const onMap = nodes.filter((p: any) => p.address.latitude !== null);
    expect(await page.locator('#map circle.point').count()).toBe(onMap.length);
    expect(await page.locator('#map circle.point.demo').count()).toBe(onMap.filter((p: any) => p.source.demo).length);
    expect(await page.locator('ul.points .demo-badge').count()).toBe(nodes.filter((p: any) => p.source.demo).length);
    // The same schema.org JSON-LD as /points/{id}.jsonld, embedded for each point.
    const embedded = JSON.parse((await page.locator('ul.points li script[type="application/ld+json"]').first().textContent()) ?? '{}');
    const served = await (await fetch(`${new URL(hub.gateway.url).origin}/points/${nodes[0].id}.jsonld`)).json();
    expect(embedded).toEqual(served);
    expect(await page.locator('#map path[data-municipio="3"]').getAttribute('aria-pressed')).toBe('true');
    await mkdir(`${root}/docs`, { recursive: true });
    await page.screenshot({ path: `${root}/docs/dashboard.png`, fullPage: true });
  });

  it('fits a phone-width screen, asked nothing of another address and raised no error', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect([...origins].filter((o) => o !== 'blob:' && o !== 'data:')).toEqual([new URL(hub.gateway.url).origin]);
    expect(pageErrors).toEqual([]);
  });
});
