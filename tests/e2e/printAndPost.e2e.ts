/**
 * The printed and posted charter: signing times in the reader's time zone,
 * a clear warning before printing names the PDF cannot print faithfully, and
 * the web export of the large charter passing axe with no violation, read in
 * order with headings.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Charter } from '../../src/charter/Charter';
import { charterHtml } from '../../src/export/web/charterHtml';
import { minimalSignedCharter } from '../unit/minimalCharter';
import { fixture, jsonFile, openCharterFile, openLibrary, readDownload } from './app';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

test.describe('in Los Angeles', () => {
  test.use({ timezoneId: 'America/Los_Angeles', locale: 'en-US' });

  test('an evening signing shows its own date and a Pacific zone, and the web page says the same', async ({ page }) => {
    const charter = await minimalSignedCharter(); // last signature 2026-09-14T03:00Z, no zone recorded
    await openLibrary(page);
    await openCharterFile(page, jsonFile('la.json', charter));
    await expect(page).toHaveURL(/#\/charter\//);
    await page.goto(`/#/charter/${charter.id}/sign`);
    await expect(page.getByRole('listitem').filter({ hasText: 'Ben Cole' })).toContainText('Signed September 13, 2026 at 8:00 PM PDT');
    await expect(page.getByRole('status').filter({ hasText: 'locked' })).toContainText('Locked September 13, 2026 at 8:00 PM PDT');

    await page.goto(`/#/charter/${charter.id}/export`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the web page' }).click()]);
    const html = (await readDownload(download)).toString('utf8');
    expect(html).toContain('September 13, 2026 at 8:00 PM PDT');
    expect(html).not.toMatch(/<script/i);
  });
});

test('a Devanagari or Thai name gets a clear warning before the PDF is made', async ({ page }) => {
  const charter = await minimalSignedCharter(['राहुल शर्मा', 'สมชาย ใจดี']);
  await openLibrary(page);
  await openCharterFile(page, jsonFile('indic.json', charter));
  await expect(page).toHaveURL(/#\/charter\//);
  await page.goto(`/#/charter/${charter.id}/export`);
  const warning = page.getByRole('status').filter({ hasText: 'will not print faithfully' });
  await expect(warning).toContainText('4 pieces of text will not print faithfully in the PDF') // the names, and the same names typed to sign;
  await expect(warning).toContainText('team member 1, name: “राहुल शर्मा” — Devanagari letters would print unjoined');
  await expect(warning).toContainText('Thai letters');
});

test('the web page of the large charter passes axe and reads in order with headings', async ({ page }) => {
  test.slow(); // axe walks a page of some 40,000 elements
  const large = fixture('large-signed.json') as unknown as Charter;
  await page.setContent(charterHtml(large, { locale: 'en-US', timeZone: 'America/Los_Angeles' }));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(large.title);
  const levels = await page.locator('h1, h2, h3').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
  levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `heading ${i + 1}`).toBeLessThanOrEqual(1));
  await expect(page.getByRole('table', { name: /The four decision models/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /^Signature of .+, drawn by hand$/ }).first()).toBeVisible();
  expect(await page.locator('script').count()).toBe(0);
  const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
  expect(result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} — ${n.failureSummary ?? ''}`))).toEqual([]);
});

test('several charters download as one ZIP of PDFs, with a progress bar', async ({ page }) => {
  await openLibrary(page);
  for (const name of ['riverside-signed.json', 'riverside-draft.json']) {
    await openCharterFile(page, jsonFile(name, fixture(name)));
    await expect(page).toHaveURL(/#\/charter\//);
    await openLibrary(page);
  }
  await page.getByRole('button', { name: 'Download PDFs…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Download PDFs' });
  await expect(dialog.getByRole('checkbox')).toHaveCount(2);
  await dialog.getByRole('button', { name: 'Choose none' }).click();
  await expect(dialog.getByRole('button', { name: 'Download 0 PDFs as a ZIP' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Choose all' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download 2 PDFs as a ZIP' }).click()]);
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('value', '2');
  await expect(dialog).toContainText('Downloaded 2 PDFs in one ZIP file.');
  const { unzipSync } = await import('fflate');
  const files = unzipSync(new Uint8Array(await readDownload(download)));
  const names = Object.keys(files).sort();
  expect(names).toHaveLength(2);
  for (const n of names) {
    expect(n).toMatch(/^Riverside Unified School District – .+ – r1\.pdf$/);
    expect(new TextDecoder('latin1').decode(files[n]!.subarray(0, 5))).toBe('%PDF-');
  }
});
