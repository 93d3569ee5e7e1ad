/**
 * Big files never freeze the page: a 6 MB file is refused before it is read,
 * and a backup of 5,000 charters is read and checked off the page's thread
 * (a Web Worker) with a progress bar, then imported whole.
 */
import { expect, test, type Page } from '@playwright/test';
import { fixture, openLibrary } from './app';

test.use({ actionTimeout: 30_000 });

/** Record every long task (over 50 ms) the page runs, from the first script on. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

async function longTasksSince(page: Page, from: number): Promise<number[]> {
  return page.evaluate((n) => (window as unknown as { longTasks: number[] }).longTasks.slice(n), from);
}

const taskCount = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.length);

/**
 * Make the file inside the page first (so handing a large file to the page is not
 * counted), then choose it as a person would; returns the long-task count before choosing.
 */
async function chooseMadeFile(page: Page, name: string, parts: string[]): Promise<number> {
  await page.evaluate(
    ([n, p]) => ((window as unknown as { madeFile: File }).madeFile = new File(p, n, { type: 'application/json' })),
    [name, parts] as const,
  );
  // Let any long task of building the file end and be recorded before counting.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  const before = await taskCount(page);
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
    const dt = new DataTransfer();
    dt.items.add((window as unknown as { madeFile: File }).madeFile);
    input.files = dt.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  return before;
}

/** A small valid charter: the draft fixture without its lists. */
function smallCharter(i: number): Record<string, unknown> {
  const base = fixture('riverside-draft.json') as Record<string, unknown> & { supports: Record<string, unknown> };
  return {
    ...base,
    id: `bulk-${i}`,
    title: `Reading charter, school ${i}`,
    positions: [],
    tallies: [],
    decisions: [],
    focusAreas: [],
    rights: [],
    expectations: [],
    supports: { ...base.supports, resources: [] },
  };
}

test('a 6 MB file is refused at once, without reading it', async ({ page }) => {
  await watchLongTasks(page);
  await openLibrary(page);
  const big = { ...fixture('riverside-draft.json'), id: 'too-big', inScope: 'x'.repeat(6 * 1024 * 1024) };
  const text = JSON.stringify(big);
  const before = await chooseMadeFile(page, 'big.json', [text.slice(0, 1 << 20), text.slice(1 << 20)]);
  await expect(page.getByText('The file is larger than 5 MB, which is more than any charter needs.')).toBeVisible();
  const tasks = await longTasksSince(page, before);
  expect(Math.max(0, ...tasks), `long tasks: ${tasks.join(', ')} ms`).toBeLessThanOrEqual(200);
});

test('a backup of 5,000 charters is checked off the page’s thread, with a progress bar, then imported whole', async ({ page }) => {
  test.setTimeout(300_000);
  await watchLongTasks(page);
  await openLibrary(page);
  // The backup as many small pieces (one per charter), as a file on disk is read: no one huge string in the page.
  const parts = ['{"format":"same-playbook/backup","version":1,"exportedAt":"2026-11-30T09:00:00.000Z","charters":['];
  for (let i = 0; i < 5000; i++) parts.push((i ? ',' : '') + JSON.stringify(smallCharter(i)));
  parts.push(']}');
  const before = await chooseMadeFile(page, 'district-backup.json', parts);
  await expect(page.getByRole('progressbar')).toBeVisible();
  const preview = page.getByRole('region', { name: 'Before anything changes: what this backup would do' });
  await expect(preview).toContainText(/holds 5,?000 charters/, { timeout: 240_000 });
  const tasks = await longTasksSince(page, before);
  expect(Math.max(0, ...tasks), `long tasks while checking: ${tasks.join(', ')} ms`).toBeLessThanOrEqual(200);

  await preview.getByRole('button', { name: /^Add 5,?000 charters$/ }).click();
  await expect(page.getByText(/Imported 5,?000 charters from the backup\./)).toBeVisible({ timeout: 240_000 });
});
