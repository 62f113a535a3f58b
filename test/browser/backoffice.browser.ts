import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateKeys } from '../../subgraphs/shared/auth/embedded-keys.js';
import { signToken } from '../../subgraphs/shared/auth/sign.js';
import { Role } from '../../subgraphs/shared/auth/viewer.js';
import { root } from '../support/hub.js';
import { bearer } from '../support/tokens.js';
import { oneMondayInterval, ready, useBackOfficeInBrowser, violations } from './backoffice-support.js';

// The back office as the Comune's staff meet it, in a real headless Chromium against a real hub,
// signed in through the local development sign-in: an editor changes hours and adds a closure and
// the graph answers them; two people editing one point meet a conflict and one re-applies; an editor
// cannot open another Municipio's point; an admin's list is read a page at a time; the history names
// each author; an expired session loses no edit. No request leaves the hub's origin, and axe finds no
// WCAG 2.1 A/AA violation. It saves the screenshot shown in the README. The imports are in
// backoffice-imports.browser.ts.

const office = useBackOfficeInBrowser('backoffice');
const { person, signIn, graph, pointsOf, hoursOf } = office;

describe('the back office', { timeout: 180_000 }, () => {
  it('shows an editor of Municipio 2 the points of Municipio 2 alone, searchable', async () => {
    const page = await person();
    await signIn(page, { name: 'anna', municipi: [2] });
    const expected = await pointsOf(2);
    expect(expected.length).toBeGreaterThan(1);
    const listed = await page.$$eval('table.points tbody tr a', (links) => links.map((a) => a.getAttribute('href')));
    expect(listed.sort()).toEqual(expected.map((p) => `#punto/${encodeURIComponent(p.id)}`).sort());
    // The graph searches (name, street, manager, kind, network): the point is found by its name.
    const [first] = expected;
    await page.getByLabel('Cerca').fill(first?.name ?? '');
    const found = page.locator(`table.points tbody tr a[href="#punto/${encodeURIComponent(first?.id ?? '')}"]`);
    await found.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('table.points tbody tr').length < 5);
    expect(await violations(page)).toEqual([]);
    // By keyboard alone: Tab from the search field to the point's link, Enter opens it.
    for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.closest('table.points a') !== null)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
    expect(page.url()).toContain(`#punto/${first?.id}`);
  });

  it('saves weekly hours the graph then answers, shows a refused field beside it, and a closure closes the point that day', async () => {
    const page = await person();
    const [point] = await pointsOf(2);
    const id = point?.id ?? '';
    await signIn(page, { name: 'anna', municipi: [2] }, `#punto/${id}`);
    await page.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
    const before = await hoursOf(id);

    // Closing as it opens: refused, the error beside the field it names, nothing written.
    await oneMondayInterval(page, '09:00');
    await page.getByRole('button', { name: 'Salva gli orari' }).click();
    const invalid = page.getByLabel('Chiude alle, fascia 1');
    await page.waitForSelector('[aria-invalid="true"]');
    expect(await invalid.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await invalid.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`#${describedBy}`).textContent()).not.toBe('');
    expect((await hoursOf(id)).version).toBe(before.version);

    await invalid.fill('12:30');
    await page.getByRole('button', { name: 'Salva gli orari' }).click();
    await page.getByText(`ora il punto è alla versione ${before.version + 1}`).waitFor();
    expect(await hoursOf(id)).toEqual({
      version: before.version + 1,
      openingHours: [{ day: 'MONDAY', opens: '09:00', closes: '12:30', activity: 'FRONT_OFFICE' }],
    });

    // 2027-03-01 is a Monday: open at 10:00, until the closure of that day.
    const isOpen = async () =>
      (await graph('query ($id: ID!) { point(id: $id) { isOpen(at: "2027-03-01T10:00:00+01:00") } }', { id })).point.isOpen;
    expect(await isOpen()).toBe(true);
    await page.getByLabel('Dal giorno', { exact: true }).fill('2027-03-01');
    await page.getByLabel('Al giorno', { exact: true }).fill('2027-03-01');
    await page.getByLabel('Motivo').fill('Assemblea del personale');
    await page.getByRole('button', { name: 'Aggiungi', exact: true }).click();
    await page.getByText(`ora il punto è alla versione ${before.version + 2}`).waitFor();
    expect(await isOpen()).toBe(false);
    expect(await page.locator('.schedules li').first().textContent()).toContain(
      'dal 1 mar 2027 al 1 mar 2027: chiuso (Assemblea del personale)',
    );
    expect(await violations(page)).toEqual([]);
  });

  it('two people save the same point: one wins, the other sees what changed and re-applies on the new version', async () => {
    const [, point] = await pointsOf(2);
    const id = point?.id ?? '';
    const anna = await person();
    const bruno = await person();
    await signIn(anna, { name: 'anna', municipi: [2] }, `#punto/${id}`);
    await signIn(bruno, { name: 'bruno', municipi: [2] }, `#punto/${id}`);
    await anna.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
    await bruno.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
    const read = (await hoursOf(id)).version;

    await oneMondayInterval(anna, '11:00');
    await anna.getByRole('button', { name: 'Salva gli orari' }).click();
    await anna.getByText(`ora il punto è alla versione ${read + 1}`).waitFor();

    await oneMondayInterval(bruno, '17:00');
    await bruno.getByRole('button', { name: 'Salva gli orari' }).click();
    const conflict = bruno.locator('.conflict');
    await conflict.getByRole('heading', { name: 'Qualcun altro ha modificato questo punto' }).waitFor();
    expect(await conflict.textContent()).toContain('Lunedì 09:00–11:00, Sportello');
    expect(await conflict.textContent()).toContain('Lunedì 09:00–17:00, Sportello');
    expect((await hoursOf(id)).openingHours[0].closes).toBe('11:00');
    expect(await violations(bruno)).toEqual([]);

    await conflict.getByRole('button', { name: 'Riapplica la mia modifica' }).click();
    await bruno.getByText(`ora il punto è alla versione ${read + 2}`).waitFor();
    expect(await hoursOf(id)).toEqual({
      version: read + 2,
      openingHours: [{ day: 'MONDAY', opens: '09:00', closes: '17:00', activity: 'FRONT_OFFICE' }],
    });

    // The history, newest first, with each author and the fields before and after.
    await bruno.getByRole('link', { name: 'Storia delle modifiche' }).click();
    await bruno.locator('ol.history').waitFor();
    const entries = await bruno.$$eval('ol.history > li', (items) => items.map((li) => li.textContent ?? ''));
    expect(entries[0]).toContain('Autore: bruno');
    expect(entries[0]).toContain('Orari settimanali');
    expect(entries[0]).toContain('Lunedì 09:00–17:00, Sportello');
    expect(entries[1]).toContain('Autore: anna');
    expect(entries[1]).toContain('Lunedì 09:00–11:00, Sportello');
    const total = (
      await graph(
        'query ($id: ID!) { point(id: $id) { history(first: 1) { totalCount } } }',
        { id },
        bearer(await office.hub.tokens.admin()),
      )
    ).point.history.totalCount;
    expect(entries).toHaveLength(total);
    expect(await violations(bruno)).toEqual([]);
  });

  it('tells an editor of Municipio 2 that a point of Municipio 5 is not theirs, with no form', async () => {
    const page = await person();
    const [other] = await pointsOf(5);
    await signIn(page, { name: 'anna', municipi: [2] }, `#punto/${other?.id}`);
    await page.getByText(/^Non autorizzato/).waitFor();
    expect(await page.locator('main form').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Salva/ }).count()).toBe(0);
  });

  it('asks to sign in again when the token is refused, and keeps the edit in progress', async () => {
    const page = await person();
    const [, , point] = await pointsOf(2);
    const id = point?.id ?? '';
    await signIn(page, { name: 'anna', municipi: [2] }, `#punto/${id}`);
    await page.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
    await oneMondayInterval(page, '10:45');
    // The token is refused now (signed with a key the hub does not trust, as an expired or revoked one is).
    const stranger = await signToken((await generateKeys()).privateJwk, { sub: 'anna', roles: [Role.EDITOR], municipi: [2], ttl: '1h' });
    await page.evaluate((token) => sessionStorage.setItem('backoffice:local-token', JSON.stringify({ access_token: token })), stranger);
    await page.reload();
    await page.getByText(/La sessione è scaduta/).waitFor();
    expect(await page.locator('form.hours').count()).toBe(0);
    await page.getByLabel('Nome (scritto nella storia delle modifiche)').fill('anna');
    await page.getByRole('checkbox', { name: '2', exact: true }).check();
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByText(/Bozza non salvata ripristinata/).waitFor();
    expect(await page.getByLabel('Chiude alle, fascia 1').inputValue()).toBe('10:45');
    const version = (await hoursOf(id)).version;
    await page.getByRole('button', { name: 'Salva gli orari' }).click();
    await page.getByText(`ora il punto è alla versione ${version + 1}`).waitFor();
    expect((await hoursOf(id)).openingHours).toEqual([{ day: 'MONDAY', opens: '09:00', closes: '10:45', activity: 'FRONT_OFFICE' }]);
  });

  it('lists an admin’s points a page at a time, in requests that do not grow with the points', async () => {
    const page = await person();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/graphql') requests.push(request.postData() ?? '');
    });
    await signIn(page, { name: 'amministrazione', admin: true });
    const total = (await graph('{ points(first: 1) { totalCount } }')).points.totalCount;
    expect(total).toBeGreaterThan(50);
    await page.waitForSelector('table.points tbody tr');
    expect(await page.locator('table.points tbody tr').count()).toBe(50);
    expect(await page.getByRole('status').filter({ hasText: 'punti su' }).textContent()).toBe(`50 punti su ${total}`);
    // One page of the list, whatever the number of points (the sign-in reads nothing of the graph).
    expect(requests.filter((body) => body.includes('BackofficePoints')).length).toBe(1);
    await page.getByRole('button', { name: 'Carica altri punti' }).click();
    await page.waitForFunction(() => document.querySelectorAll('table.points tbody tr').length > 50);
    expect(requests.filter((body) => body.includes('BackofficePoints')).length).toBe(2);
    // Filtered by the graph: the network SPAZIO COMUNE.5 is Municipio 5's.
    await page.getByLabel('Rete').selectOption('5');
    await page.waitForFunction(() =>
      [...document.querySelectorAll('table.points tbody tr td:nth-child(5)')].every((cell) => cell.textContent === 'SPAZIO COMUNE.5'),
    );
    expect(await page.locator('table.points tbody tr').count()).toBe((await pointsOf(5)).length);
  });

  it('has a skip link that moves the focus to the content and leaves the view as it is', async () => {
    const page = await person();
    const [point] = await pointsOf(2);
    await signIn(page, { name: 'anna', municipi: [2] }, `#punto/${point?.id}`);
    await page.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
    // The first thing Tab reaches on the page.
    expect(await page.evaluate(() => document.querySelector('a[href], button, input, select, textarea')?.textContent)).toBe(
      'Vai al contenuto',
    );
    await page.locator('#skip').focus();
    expect((await page.locator('#skip').boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).hash).toBe(`#punto/${point?.id}`);
    await page.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
  });

  it('works at phone width with no WCAG 2.1 A/AA violation, and saves the README screenshot', async () => {
    const phone = await person(375);
    const [point] = await pointsOf(2);
    await signIn(phone, { name: 'anna', municipi: [2] }, `#punto/${point?.id}`);
    await phone.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
    expect(await violations(phone)).toEqual([]);
    const wide = await phone.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('main *')]
        .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1)
        .map((e) => e.outerHTML.slice(0, 80)),
    );
    expect(wide).toEqual([]);
    await phone.evaluate(() => sessionStorage.clear());
    await phone.reload();
    await ready(phone);
    expect(await violations(phone)).toEqual([]);

    const page = await person();
    await signIn(page, { name: 'anna', municipi: [2] }, `#punto/${point?.id}`);
    await page.getByRole('heading', { name: 'Orari settimanali' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    expect(await page.locator('header').textContent()).toContain('Comune di Milano');
    await mkdir(`${root}/docs`, { recursive: true });
    await page.screenshot({ path: `${root}/docs/backoffice.png`, fullPage: true });
  });

  it('asked nothing of any other address, and no page failed', () => {
    expect([...office.origins]).toEqual([office.origin]);
    expect(office.pageErrors).toEqual([]);
  });
});
