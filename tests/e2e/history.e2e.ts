/**
 * Charters that outlive every release: a library backup holding one charter of
 * every file version ever written (the first release's shape included) restores
 * into an empty browser; each opens and shows, the signed ones still verify and
 * print; the library's own backup of them restores into another empty browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { FIXTURES, goVia, jsonFile, libraryItems, openCharterFile, openLibrary, readDownload } from './app';
import { pdfText } from './pdfText';

test.use({ actionTimeout: 15_000 });

const HISTORY = `${FIXTURES}history/`;
const charters = readdirSync(HISTORY)
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(HISTORY + f, 'utf8')) as { id: string; title: string; status: string; version: number; district: string });
const backup = { format: 'same-playbook/backup', version: 1, exportedAt: '2026-11-30T09:00:00.000Z', charters };

async function restore(page: Page, file: unknown, count: number): Promise<void> {
  await openLibrary(page);
  await openCharterFile(page, jsonFile('backup.json', file));
  const preview = page.getByRole('region', { name: 'Before anything changes: what this backup would do' });
  await expect(preview).toContainText(`holds ${count} charters`);
  await preview.getByRole('button', { name: `Add ${count} charters` }).click();
  await expect(page.getByText(`Imported ${count} charters from the backup.`)).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(count);
}

test('a backup holding every version ever written restores, opens, verifies, prints and backs up again', async ({ page, browser }) => {
  test.setTimeout(180_000);
  expect(new Set(charters.map((c) => c.version)).size, 'fixtures of more than one version').toBeGreaterThan(1);
  await restore(page, backup, charters.length);

  for (const c of charters) {
    // A signed charter opens on its review; a draft on its set-up.
    await page.goto(`/#/charter/${c.id}/${c.status === 'signed' ? 'review' : 'setup'}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.status === 'signed' ? 'Review' : 'Set up');
    if (c.status !== 'signed') await expect(page.getByLabel('District', { exact: true })).toHaveValue(c.district);
    if (c.status === 'signed') {
      await expect(page.getByText(c.district).first()).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Signed and locked' })).toBeVisible();
      await expect(page.getByText(/Its content matches its fingerprint/)).toBeVisible();
    }
  }

  // The first release's signed charter prints, names in their own scripts.
  const first = charters.find((c) => c.version === 1 && c.status === 'signed' && c.id.endsWith('101'))!;
  await page.goto(`/#/charter/${first.id}/review`);
  await goVia(page, 'export');
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the PDF' }).click()]);
  const { text } = await pdfText(new Uint8Array(await readDownload(pdf)));
  for (const name of ['José Ñúñez', 'Nguyễn Thị Minh', 'Αλέξανδρος Παπαδόπουλος']) expect(text).toContain(name);

  // The library's own backup of them is accepted by an empty browser.
  await openLibrary(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up the library' }).click()]);
  const saved = JSON.parse((await readDownload(download)).toString('utf8')) as typeof backup;
  expect(saved.charters).toHaveLength(charters.length);
  expect(new Set(saved.charters.map((c) => c.version))).toEqual(new Set([Math.max(...saved.charters.map((c) => c.version))]));

  const empty = await browser.newContext();
  try {
    await restore(await empty.newPage(), saved, charters.length);
  } finally {
    await empty.close();
  }
});
