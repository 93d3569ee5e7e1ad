/**
 * No wifi at the venue: after one visit the whole app works offline — a new
 * charter from start to signature, and the PDF with its embedded fonts — and it
 * can be installed as an app.
 */
import { expect, test } from '@playwright/test';
import { PLAN, createCharter, expectStage, fixture, goNext, jsonFile, openCharterFile, openLibrary, readDownload, signEveryone, walkToReview } from './app';
import { flat, pdfText } from './pdfText';

test('after one visit, a charter is made, signed and exported as a PDF with no network', async ({ page, context }) => {
  test.slow();
  await openLibrary(page);

  // The service worker installs and keeps every file of the app.
  const cached = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    const urls = (await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).map((r) => r.url)))).flat();
    return { active: !!reg.active, urls };
  });
  expect(cached.active).toBe(true);
  expect(cached.urls.some((u) => /NotoSans_400Regular.*\.ttf/.test(u)), 'the regular PDF font is kept').toBe(true);
  expect(cached.urls.some((u) => /NotoSans_700Bold.*\.ttf/.test(u)), 'the bold PDF font is kept').toBe(true);
  expect(cached.urls.some((u) => /charterPdf.*\.js/.test(u)), 'the lazy PDF module is kept').toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'ready to work offline' })).toHaveCount(1);

  // Installable: a manifest with a name, a start page and icons in the sizes browsers ask for.
  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.evaluate(async (url) => (await fetch(url!)).json(), manifestUrl);
  expect(manifest).toMatchObject({ name: 'Same Playbook', start_url: '/', display: 'standalone' });
  const sizes = (manifest.icons as Array<{ sizes: string }>).map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

  // Offline from here on, and the page reloads from the service worker.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Charters' })).toBeVisible();
  const network = await page.evaluate(async () => {
    try {
      await fetch(`/not-in-the-app-${Date.now()}.txt`, { cache: 'no-store' });
      return 'reached';
    } catch {
      return 'offline';
    }
  });
  expect(network, 'the network really is gone').toBe('offline');

  await walkToReview(page, PLAN);
  await goNext(page, 'sign');
  await signEveryone(page, PLAN);
  await goNext(page, 'export');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the PDF' }).click(),
  ]);
  await expect(page.getByText(/PDF ready/)).toBeVisible();
  const pdf = await readDownload(download);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text } = await pdfText(pdf);
  expect(flat(text)).toContain(PLAN.district);
  expect(text.normalize('NFC')).toContain('Nguyễn Thị Minh');

  // Still offline, a reload comes back to the same charter and step.
  const url = page.url();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Export');
  expect(page.url()).toBe(url);
  await context.setOffline(false);
});

test('the first visit works offline as soon as the app says so, with no reload: a new charter, opening a file, a PDF', async ({ page, context }) => {
  test.slow();
  await openLibrary(page);
  // The claim comes only once the service worker controls this very page.
  await expect(page.getByRole('status').filter({ hasText: 'ready to work offline' })).toHaveCount(1, { timeout: 30_000 });
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  await context.setOffline(true); // no reload: the venue wifi just dropped

  await createCharter(page);
  await page.goto('/#/');
  await expect(page.getByRole('heading', { level: 1, name: 'Charters' })).toBeVisible();

  await openCharterFile(page, jsonFile('riverside-signed.json', fixture('riverside-signed.json')));
  await expect(page).toHaveURL(/#\/charter\//);
  const id = (fixture('riverside-signed.json') as { id: string }).id;
  await page.goto(`/#/charter/${id}/export`);
  await expectStage(page, 'export');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the PDF' }).click(),
  ]);
  const pdf = await readDownload(download);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await context.setOffline(false);
});
