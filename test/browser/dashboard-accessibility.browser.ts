import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Hub, root, startHub } from '../support/hub.js';
import { launchChromium } from './chromium.js';

// The city dashboard against WCAG 2.1 AA, as Legge 4/2004 asks of a public administration's pages:
// axe-core finds no violation of a level A or AA rule in any state the page reaches, on a desktop
// and at phone width; it works with the keyboard alone, focus always visible; the map has its
// table; the colours of the map and the charts meet their contrast ratios; the footer links the
// accessibility statement and a feedback address. No request leaves the hub.

const AT = '2026-11-23T10:00:00+01:00';
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SIZES = [
  ['desktop', 1280, 900],
  ['phone', 390, 844],
] as const;
let hub: Hub;
let browser: Browser;
let origin: string;
const origins = new Set<string>();

beforeAll(async () => {
  await build({ configFile: `${root}/gateway/dashboard/vite.config.ts`, logLevel: 'error' });
  hub = await startHub(inject('databaseUrl'));
  origin = new URL(hub.gateway.url).origin;
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await hub?.stop();
});

/** The dashboard (or another of its pages), in a context of its own: axe finishes its run in a blank page beside it. */
async function open(width: number, height: number, page = ''): Promise<Page> {
  const tab = await (await browser.newContext({ viewport: { width, height } })).newPage();
  tab.on('request', (request) => {
    const url = request.url();
    origins.add(url.startsWith('blob:') || url.startsWith('data:') ? url.slice(0, 5) : new URL(url).origin);
  });
  await tab.goto(`${origin}/dashboard/${page}${page ? '' : `?at=${encodeURIComponent(AT)}`}`);
  if (!page) await tab.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return tab;
}

/** axe's A and AA violations, one line each: the rule and the elements it names. */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** WCAG's contrast ratio of two computed CSS colours (rgb() or rgba() with full alpha). */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const FOCUSABLE = 'a[href], button, select, summary, [tabindex="0"]';

/**
 * What has focus, named as the controls a person can reach with Tab are (tag, id, Municipio, link,
 * text, and which of the same name it is), and whether its focus is visible.
 */
const focusNow = (page: Page) =>
  page.evaluate((selector) => {
    const base = (e: Element) =>
      [e.tagName.toLowerCase(), e.id, e.getAttribute('data-municipio'), e.getAttribute('href'), e.textContent?.trim().slice(0, 40)].join(
        '|',
      );
    const reachable = [...document.querySelectorAll(selector)].filter(
      (e) => (e as HTMLElement).offsetParent !== null || e instanceof SVGElement,
    );
    const keys = reachable.map((e, i) => `${base(e)}#${reachable.slice(0, i).filter((o) => base(o) === base(e)).length}`);
    const e = document.activeElement;
    if (!e || !reachable.includes(e)) return { keys, focused: null };
    let shown: boolean;
    if (e instanceof SVGPathElement) {
      // A Municipio on the map: its outline drawn on top (the focus ring).
      const ring = document.querySelector('.focus-ring');
      shown = ring?.getAttribute('visibility') === 'visible' && ring.querySelector('.line')?.getAttribute('d') === e.getAttribute('d');
    } else {
      const style = getComputedStyle(e);
      shown = (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none';
    }
    return { keys, focused: { key: keys[reachable.indexOf(e)] ?? '', shown } };
  }, FOCUSABLE);

/** Tabs until `stop` says so, or focus comes back round: what had focus at each step, and whether its focus was visible. */
async function tabThrough(page: Page, stop: (key: string) => boolean): Promise<{ key: string; shown: boolean }[]> {
  const steps: { key: string; shown: boolean }[] = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press('Tab');
    const { focused } = await focusNow(page);
    if (!focused || steps.some((s) => s.key === focused.key)) break;
    steps.push(focused);
    if (stop(focused.key)) break;
  }
  return steps;
}

describe('city dashboard accessibility', () => {
  for (const [name, width, height] of SIZES) {
    // axe takes some seconds a run on a busy machine: no timing is asserted, the limit is only generous.
    it(`axe finds no A or AA violation on the ${name}: loaded, a Municipio chosen, another measure, details open`, {
      timeout: 300_000,
    }, async () => {
      const page = await open(width, height);
      expect(await violations(page)).toEqual([]);
      await page.locator('#municipi-table button', { hasText: 'Municipio 3' }).click();
      await expect.poll(() => page.locator('#municipio-title').innerText(), { timeout: 20_000 }).toBe('Municipio 3: i punti');
      expect(await page.locator('ul.points li').count()).toBeGreaterThan(0);
      expect(await violations(page)).toEqual([]);
      await page.selectOption('#measure', 'openNow');
      await page.locator('#compliance-table details summary').first().click();
      expect(await violations(page)).toEqual([]);
      // Nothing to scroll sideways (WCAG 1.4.10 Reflow): the tables scroll in their own focusable regions.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    });

    it(`the accessibility statement has no A or AA violation on the ${name}`, async () => {
      const page = await open(width, height, 'accessibilita.html');
      expect(await page.locator('h1').innerText()).toBe('Dichiarazione di accessibilità');
      expect(await violations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.context().close();
    });
  }

  for (const [name, width, height] of SIZES) {
    it(`works with the keyboard alone on the ${name}: every control reached by Tab, its focus visible, a Municipio chosen on the map or in the table`, async () => {
      const page = await open(width, height);
      // The skip link first; then up to Municipio 3 on the map, where Enter chooses it, and focus stays there.
      const before = await tabThrough(page, (key) => key.startsWith('path||3|'));
      expect(before[0]?.key).toBe('a|||#contenuto|Vai al contenuto#0');
      expect(before.at(-1)?.key).toMatch(/^path\|\|3\|/);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#municipio-title').innerText(), { timeout: 20_000 }).toBe('Municipio 3: i punti');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-municipio'))).toBe('3');
      expect(await page.locator('path.municipio[data-municipio="3"]').getAttribute('aria-pressed')).toBe('true');
      // On to the end of the page: every control was reached, each with its focus visible.
      const after = await tabThrough(page, () => false);
      const steps = [...before, ...after];
      expect(steps.filter((s) => !s.shown).map((s) => s.key)).toEqual([]);
      expect(new Set(steps.map((s) => s.key))).toEqual(new Set((await focusNow(page)).keys));
      expect(steps.filter((s) => s.key.startsWith('path|')).length).toBe(9);
      expect(steps.some((s) => s.key.includes('Dichiarazione di accessibilità'))).toBe(true);
      // On a phone the wide tables scroll in boxes that take focus, so that the arrow keys scroll them.
      if (name === 'phone') expect(steps.filter((s) => s.key.startsWith('div|')).length).toBeGreaterThan(0);

      // A Municipio chosen from the table by keyboard; focus stays on its name.
      await page.locator('#municipi-table button[data-municipio="5"]').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#municipio-title').innerText(), { timeout: 20_000 }).toBe('Municipio 5: i punti');
      expect(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.municipio)).toBe('5');
      expect(await page.locator('#municipi-table button[data-municipio="5"]').getAttribute('aria-pressed')).toBe('true');

      // The skip link takes focus to the content.
      await page.locator('.skip-link').focus();
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenuto');
      await page.context().close();
    });
  }

  it('the map has its text alternative: the table of the measures per Municipio, linked from the map', async () => {
    const page = await open(1280, 900);
    const map = page.locator('#map svg');
    const hint = page.locator(`#${await map.getAttribute('aria-describedby')}`);
    expect(await hint.locator('a').getAttribute('href')).toBe('#municipi-table');
    const table = page.locator('#municipi-table');
    expect(await table.locator('caption').innerText()).toMatch(/^Misure per Municipio/);
    expect(await table.locator('thead th[scope="col"]').count()).toBe(7);
    // One row per Municipio on the map, headed by its name, with the value the map shows for each measure.
    const names = await page.$$eval('#map path.municipio', (paths) => paths.map((p) => p.getAttribute('aria-label')?.split(':')[0]));
    expect(await table.locator('tbody th[scope="row"]').allInnerTexts()).toEqual(names);
    for (const measure of ['volunteers', 'places', 'hours', 'points', 'openNow']) {
      await page.selectOption('#measure', measure);
      const onMap = await page.$$eval('#map path.municipio', (paths) => paths.map((p) => Number(p.getAttribute('data-value'))));
      const inTable = await page.$$eval(`#municipi-table td[data-measure="${measure}"]`, (cells) =>
        cells.map((c) => Number((c.firstChild?.textContent ?? '').replace(/\./g, '').replace(',', '.'))),
      );
      expect(inTable, measure).toEqual(onMap);
    }
    // Each chart is one image to assistive technology, described by the table of its figures.
    for (const [chart, tableId] of [
      ['#bars', 'municipi-table'],
      ['#indicators-chart', 'indicators-table'],
    ]) {
      const svg = page.locator(`${chart} svg[role="img"]`);
      expect(await svg.getAttribute('aria-describedby')).toBe(tableId);
      expect(await page.locator(`#${tableId} caption`).count()).toBe(1);
    }
    await page.context().close();
  });

  it('the colours of the map and the charts meet WCAG contrast: text 4.5:1, marks and focus rings 3:1', async () => {
    const page = await open(1280, 900);
    await page.locator('#municipi-table button[data-municipio="3"]').click();
    await expect.poll(() => page.locator('#map circle.point').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await page.locator('#map path.municipio[data-municipio="1"]').focus();
    const colours = await page.evaluate(() => {
      const style = (selector: string) => [...document.querySelectorAll(selector)].map((e) => getComputedStyle(e));
      return {
        page:
          getComputedStyle(document.body).backgroundColor === 'rgba(0, 0, 0, 0)'
            ? 'rgb(255, 255, 255)'
            : getComputedStyle(document.body).backgroundColor,
        // Municipio numbers on the map: dark text on a white halo, whatever the fill beneath.
        labels: style('.municipio-label').map((s) => [s.fill, s.stroke]),
        borders: style('path.municipio').map((s) => s.stroke),
        selected: style('path.selected-outline').map((s) => s.stroke),
        ring: style('.focus-ring .line').map((s) => s.stroke),
        halo: style('.focus-ring .halo').map((s) => s.stroke),
        open: style('circle.point.open').map((s) => [s.fill, s.stroke]),
        closed: style('circle.point.closed').map((s) => [s.stroke, s.fill]),
        bars: style('#bars svg rect').map((s) => s.fill),
        barText: style('#bars svg text').map((s) => s.fill),
        indicatorBars: style('#indicators-chart svg[role="img"] rect').map((s) => s.fill),
        ticks: [...document.querySelectorAll('#indicators-chart svg[role="img"] line')]
          .map((e) => getComputedStyle(e).stroke)
          .filter((s) => s !== 'rgb(255, 255, 255)'),
        indicatorText: style('#indicators-chart svg[role="img"] text').map((s) => s.fill),
      };
    });
    const white = colours.page;
    expect(white).toBe('rgb(255, 255, 255)');
    const all = (pairs: string[][], ratio: number) => {
      expect(pairs.length).toBeGreaterThan(0);
      for (const [a, b] of pairs) expect(contrast(a ?? '', b ?? ''), `${a} on ${b}`).toBeGreaterThanOrEqual(ratio);
    };
    all(colours.labels, 4.5);
    all(
      colours.borders.map((c) => [c, white]),
      3,
    );
    all(
      [...colours.selected, ...colours.ring].map((c) => [c, white]),
      3,
    );
    all(
      colours.ring.map((c) => [c, colours.halo[0] ?? '']),
      3,
    );
    all(colours.open, 3);
    all(colours.closed, 3);
    all(
      [...colours.bars, ...colours.indicatorBars, ...colours.ticks].map((c) => [c, white]),
      3,
    );
    all(
      [...colours.barText, ...colours.indicatorText].map((c) => [c, white]),
      4.5,
    );
    await page.context().close();
  });

  it('follows the PA design guidelines: lang it, the Comune in the header, a footer with the statement and a feedback address', async () => {
    const page = await open(390, 844);
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    expect(await page.locator('header .slim-header').innerText()).toBe('Comune di Milano');
    expect(await page.locator('header h1').innerText()).toBe('Cruscotto della città');
    const statement = page.locator('footer a', { hasText: 'Dichiarazione di accessibilità' });
    const href = new URL((await statement.getAttribute('href')) ?? '', page.url());
    expect(href.pathname).toBe('/dashboard/accessibilita.html');
    expect((await fetch(href)).status).toBe(200);
    expect(await page.locator('footer a[href^="mailto:"]').count()).toBe(1);
    expect(await page.locator('footer').innerText()).toMatch(/Segnala un problema di accessibilità/);

    await statement.click();
    await page.waitForURL('**/accessibilita.html');
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    for (const heading of ['Stato di conformità', 'Redazione della dichiarazione', 'Segnalazioni e contatti']) {
      expect(await page.locator('h2', { hasText: heading }).count(), heading).toBe(1);
    }
    // AgID's form-based statement, as a plain link (a placeholder until the Comune publishes its own).
    expect(await page.locator('#agid-statement').getAttribute('href')).toMatch(/^https:\/\/form\.agid\.gov\.it\//);
    expect(await page.locator('main a[href^="mailto:"]').count()).toBe(1);
    await page.context().close();
  });

  it('asked nothing of another address', () => {
    expect([...origins].filter((o) => o !== 'blob:' && o !== 'data:')).toEqual([origin]);
  });
});
