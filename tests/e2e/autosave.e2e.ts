/**
 * Autosave you can trust: text typed into a charter survives the page being
 * closed or even crashing a moment later; the save indicator says where things
 * stand; the library says whether the browser keeps the drafts for good.
 */
import { expect, test, type Page } from '@playwright/test';
import { createCharter, expectSaved, openLibrary } from './app';

/** Type one character at a time, noting when each one went in. */
async function typeTimed(page: Page, text: string, gapMs: number): Promise<{ char: string; at: number }[]> {
  const typed: { char: string; at: number }[] = [];
  for (const char of text) {
    await page.keyboard.type(char);
    typed.push({ char, at: Date.now() });
    await page.waitForTimeout(gapMs);
  }
  return typed;
}

const FIRST = 'All fourteen elementary schools, ';
const SECOND = 'and the three middle schools for mathematics, starting in September of next year.';

test('the page crashes a moment after typing: everything typed more than a second before is there on reopening', async ({ page, context }) => {
  await openLibrary(page);
  const id = await createCharter(page);
  const scope = page.getByLabel(/^In scope/);
  await scope.click();

  const typed = [...(await typeTimed(page, FIRST, 25)), ...(await typeTimed(page, SECOND, 25))];
  // Crash the tab mid-typing: no pagehide, no unload, nothing gets a chance to run.
  const closedAt = Date.now();
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => {});
  await crashed;

  const safe = typed.filter((t) => t.at <= closedAt - 1000).map((t) => t.char).join('');
  expect(safe.length, 'some text was typed more than a second before the crash').toBeGreaterThan(FIRST.length);

  const again = await context.newPage();
  await again.goto(`/#/charter/${id}/setup`);
  const reopened = again.getByLabel(/^In scope/);
  await expect(reopened).toBeVisible();
  const value = await reopened.inputValue();
  expect(value.startsWith(safe), `"${value}" should start with "${safe}"`).toBe(true);
});

test('closing the page right after typing keeps every character', async ({ page, context }) => {
  await openLibrary(page);
  const id = await createCharter(page);
  await page.getByLabel('District', { exact: true }).click();
  await page.keyboard.type('Lakeshore Unified School District');
  // Close at once, well inside the autosave delay: the page's pagehide flush saves it.
  await page.close();

  const again = await context.newPage();
  await again.goto(`/#/charter/${id}/setup`);
  await expect(again.getByLabel('District', { exact: true })).toHaveValue('Lakeshore Unified School District');
});

test('the indicator says Saving… then Saved within half a second', async ({ page }) => {
  await openLibrary(page);
  await createCharter(page);
  const status = page.getByRole('status').filter({ hasText: /Saved|Saving|Not saved/ });
  await page.getByLabel('Charter title').fill('Reading charter');
  const t0 = Date.now();
  await expectSaved(page);
  expect(Date.now() - t0).toBeLessThan(1500);
  await expect(status).toHaveAttribute('data-save-status', 'saved');
  const stored = await page.evaluate(async () => {
    const req = indexedDB.open('same-playbook');
    const idb: IDBDatabase = await new Promise((res, rej) => {
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    const all: { title: string }[] = await new Promise((res) => {
      const r = idb.transaction('charters').objectStore('charters').getAll();
      r.onsuccess = () => res(r.result);
    });
    idb.close();
    return all.map((c) => c.title);
  });
  expect(stored).toEqual(['Reading charter']);
});

test('the library tells whether the browser keeps the drafts for good', async ({ page }) => {
  await openLibrary(page);
  await createCharter(page);
  await page.getByRole('link', { name: 'Same Playbook: back to all charters' }).click();
  await expect(page.locator('[data-persistence]')).toHaveText(
    /This browser has agreed to keep your drafts|has not agreed to keep your drafts for good|cannot promise to keep your drafts/,
  );
});
