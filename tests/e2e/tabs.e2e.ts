/**
 * The same charter open in two tabs (two pages of one browser profile): a change
 * in one shows up in the other, and edits made in both at once are never lost.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { createCharter, expectSaved, libraryItems, openLibrary } from './app';

async function twoTabs(page: Page, context: BrowserContext): Promise<{ a: Page; b: Page; id: string }> {
  await openLibrary(page);
  const id = await createCharter(page);
  await page.getByLabel('Charter title').fill('Reading charter');
  await expectSaved(page);
  const b = await context.newPage();
  await b.goto(`/#/charter/${id}/setup`);
  await expect(b.getByLabel('Charter title')).toHaveValue('Reading charter');
  return { a: page, b, id };
}

test('a change made in one tab appears in the other', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context);
  await a.getByLabel('District', { exact: true }).fill('Riverside Unified School District');
  await expect(b.getByLabel('District', { exact: true })).toHaveValue('Riverside Unified School District');
  await expect(b.getByRole('banner')).toContainText('Riverside Unified School District');

  // And back the other way.
  await b.getByLabel('Facilitator').fill('Dr. Amara Okafor');
  await expect(a.getByLabel('Facilitator')).toHaveValue('Dr. Amara Okafor');
  await expectSaved(a);
  await expectSaved(b);
  await expect(a.getByRole('status').filter({ hasText: /another tab/ })).toHaveCount(0);
});

test('edits to different fields made in both tabs at once are both kept', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context);
  await Promise.all([
    a.getByLabel('District', { exact: true }).fill('District typed in tab A'),
    b.getByLabel('Facilitator').fill('Facilitator typed in tab B'),
  ]);
  for (const p of [a, b]) {
    await expect(p.getByLabel('District', { exact: true })).toHaveValue('District typed in tab A');
    await expect(p.getByLabel('Facilitator')).toHaveValue('Facilitator typed in tab B');
  }
  await b.reload();
  await expect(b.getByLabel('District', { exact: true })).toHaveValue('District typed in tab A');
  await expect(b.getByLabel('Facilitator')).toHaveValue('Facilitator typed in tab B');
});

test('conflicting edits to the same field in both tabs: neither is lost, and both tabs say so', async ({ page, context }) => {
  const { a, b } = await twoTabs(page, context);
  await Promise.all([
    a.getByLabel('Charter title').fill('Title typed in tab A'),
    b.getByLabel('Charter title').fill('Title typed in tab B'),
  ]);
  await expectSaved(a);
  await expectSaved(b);

  // Both tabs end up showing the same title (a tab takes the other's once its typing pauses),
  // and tell the user where the other version went.
  await expect
    .poll(async () => (await a.getByLabel('Charter title').inputValue()) === (await b.getByLabel('Charter title').inputValue()))
    .toBe(true);
  const kept = await a.getByLabel('Charter title').inputValue();
  expect(['Title typed in tab A', 'Title typed in tab B']).toContain(kept);
  await expect(b.getByLabel('Charter title')).toHaveValue(kept);
  for (const p of [a, b]) {
    await expect(p.getByRole('status').filter({ hasText: /another tab/ })).toContainText('version from another tab');
    await expect(p.getByRole('link', { name: 'Open the other version in a new tab' })).toBeVisible();
  }

  // Both titles are in the library: the other as a separate charter.
  const other = kept === 'Title typed in tab A' ? 'Title typed in tab B' : 'Title typed in tab A';
  const lib = await context.newPage();
  await openLibrary(lib);
  await expect(libraryItems(lib)).toHaveCount(2);
  await expect(libraryItems(lib).filter({ hasText: kept })).toHaveCount(1);
  await expect(libraryItems(lib).filter({ hasText: `${other} (version from another tab)` })).toHaveCount(1);
});
