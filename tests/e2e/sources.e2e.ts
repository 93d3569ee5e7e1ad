/**
 * The Sources page: reached from the page header, it lists each source with its
 * full reference, and passes axe (WCAG 2.2 AA) in every theme.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openLibrary } from './app';

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

test('the Sources page lists every source with its reference, and is reached from the header', async ({ page }) => {
  await openLibrary(page);
  await page.getByRole('banner').getByRole('link', { name: 'Sources' }).click();
  await expect(page).toHaveURL(/#\/sources$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
  const items = page.getByRole('main').locator('ol.list > li');
  await expect(items).toHaveCount(5);
  await expect(page.getByText('Education Northwest. (2017). The District’s Role in School Improvement. Education Northwest.')).toBeVisible();
  await expect(page.getByText('Westover, J., & Steinhauser, C. (n.d.). Reimagining Schools for Better Student Learning. Publisher not given.')).toBeVisible();
  await page.getByRole('link', { name: 'All charters', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Charters' })).toBeVisible();
});

for (const theme of ['light', 'dark', 'projector'] as const) {
  test(`the Sources page passes axe (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('same-playbook:theme', t), theme);
    await page.goto('/#/sources');
    await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
    const result = await new AxeBuilder({ page }).withTags(WCAG_AA).analyze();
    const found = result.violations
      .filter((v) => v.id !== 'color-contrast-enhanced')
      .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    expect(found).toEqual([]);
  });
}
