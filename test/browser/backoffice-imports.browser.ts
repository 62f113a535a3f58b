import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { root } from '../support/hub.js';
import { useBackOfficeInBrowser, violations } from './backoffice-support.js';

// The back office's imports, in a real headless Chromium against a real hub, signed in through the
// local development sign-in as an admin: a Leva Civica document imported after its dry run, a points
// file refused for a bad row named by its line, and a large points file sent in parts, its progress
// shown as it goes. No request leaves the hub's origin, and axe finds no WCAG 2.1 A/AA violation.

const office = useBackOfficeInBrowser('backoffice_imports');
const { person, signIn, graph } = office;

describe('the back office’s imports', { timeout: 180_000 }, () => {
  it('lets an admin import a Leva Civica document after its dry run, and shows a bad row of a points file with its line', async () => {
    const page = await person();
    await signIn(page, { name: 'amministrazione', admin: true }, '#importa');
    await page.getByRole('heading', { name: 'Importazioni' }).waitFor();
    const seed = await readFile(`${root}/test/fixtures/seeds/leva-civica-coesione-sociale.md`, 'utf8');
    const title = 'Un altro progetto';
    const projects = async () =>
      (await graph('{ levaCivicaProjects { title } }')).levaCivicaProjects.map((p: { title: string }) => p.title);
    const before = await projects();
    await page.locator('input[type="file"]').setInputFiles({
      name: 'leva-civica.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from(seed.replace('La coesione sociale', title)),
    });
    await page.getByRole('heading', { name: 'Prova (nulla è stato scritto)' }).waitFor();
    expect(await page.locator('.report').textContent()).toMatch(/Nuovi\s*1/);
    expect(await projects()).toEqual(before);
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Conferma l’importazione' }).click();
    await page.getByRole('heading', { name: 'Importazione eseguita' }).waitFor();
    expect((await projects()).length).toBe(before.length + 1);

    // A points file with a bad row: refused, the row named by its line, nothing imported.
    await page.locator('input[type="file"]').setInputFiles({
      name: 'punti.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id,kind,name\nbo-test-1,CSRC,Uno\nbo-test-2,NOPE,Due\n'),
    });
    await page.getByText('Il file è stato rifiutato: nulla è stato importato.').waitFor();
    expect(await page.locator('.problems').textContent()).toMatch(/^Riga 3: /);
    expect((await graph('{ point(id: "bo-test-1") { id } }')).point).toBeNull();
  });

  it('shows the progress of a large points file, sent in parts, while it is imported', async () => {
    const page = await person();
    await signIn(page, { name: 'amministrazione', admin: true }, '#importa');
    await page.getByRole('heading', { name: 'Importazioni' }).waitFor();
    const rows = Array.from({ length: 5_000 }, (_, i) => `bo-large-${String(i).padStart(4, '0')},WEMI,Punto grande numero ${i}`);
    // The import's request is held until the page has shown the parts it sent and its <progress>.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('BackofficeImportPoints')) await held;
      await route.continue();
    });
    // Every text the progress said, as it said it.
    await page.evaluate(() => {
      const said: string[] = [];
      (window as unknown as { said: string[] }).said = said;
      new MutationObserver((records) => {
        for (const r of records)
          if (r.target instanceof HTMLElement && r.target.id === 'import-progress-text') said.push(r.target.textContent ?? '');
      }).observe(document.querySelector('main') as Node, { subtree: true, childList: true });
    });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'punti-grandi.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`id,kind,name\n${rows.join('\n')}\n`),
    });
    const progress = page.locator('.import-progress');
    await progress.getByRole('status').filter({ hasText: 'Importazione' }).waitFor();
    expect(await progress.locator('progress').count()).toBe(1);
    expect(await progress.locator('progress').getAttribute('aria-labelledby')).toBe('import-progress-text');
    expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual(
      expect.arrayContaining(['Invio del file: parte 1 di 2', 'Invio del file: parte 2 di 2']),
    );
    expect(await violations(page)).toEqual([]);
    release();
    await page.getByRole('heading', { name: 'Prova (nulla è stato scritto)' }).waitFor();
    expect(await page.locator('.report').textContent()).toMatch(/Nuovi\s*5000/);
    await page.unroute('**/graphql');
  });

  it('asked nothing of any other address, and no page failed', () => {
    expect([...office.origins]).toEqual([office.origin]);
    expect(office.pageErrors).toEqual([]);
  });
});
