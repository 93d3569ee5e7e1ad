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

test('two people typing into the same field in two tabs for ten seconds: each sentence survives whole, in at most one copy', async ({ page, context }) => {
  test.setTimeout(120_000);
  const { a, b } = await twoTabs(page, context);
  const A = 'Alpha team wants every school to report reading data monthly';
  const B = 'Bravo team asks the district to protect coaching time all year';
  const field = (p: Page) => p.getByLabel('Out of scope for now');
  await Promise.all([field(a).click(), field(b).click()]);
  // Each types its own sentence, a key every ~80 ms, over and over for ten seconds.
  const typeFor = async (p: Page, sentence: string) => {
    const until = Date.now() + 10_000;
    let round = 0;
    while (Date.now() < until) {
      await field(p).focus();
      await p.keyboard.type(`${round++ ? ' ' : ''}${sentence}.`, { delay: 80 });
    }
  };
  await Promise.all([typeFor(a, A), typeFor(b, B)]);
  await expectSaved(a);
  await expectSaved(b);

  // Everything the user can reach: the field in each tab, and every charter in the library.
  await expect.poll(async () => (await field(a).inputValue()) === (await field(b).inputValue()), { timeout: 20_000 }).toBe(true);
  const shown = [await field(a).inputValue()];
  await openLibrary(a);
  const titles = await libraryItems(a).allInnerTexts();
  expect(titles.length, 'at most one copy charter').toBeLessThanOrEqual(2);
  const hrefs = await libraryItems(a)
    .getByRole('link')
    .evaluateAll((links) => links.map((l) => /^#\/charter\/([^/]+)/.exec(l.getAttribute('href') ?? '')?.[1]).filter((id) => !!id));
  for (const id of new Set(hrefs)) {
    await a.goto(`/#/charter/${id}/setup`);
    shown.push(await field(a).inputValue());
  }
  const everything = shown.join('\n');
  expect(everything, 'sentence A, whole').toContain(`${A}.`);
  expect(everything, 'sentence B, whole').toContain(`${B}.`);
  // And both tabs were told.
  await expect(b.getByRole('status').filter({ hasText: /another tab/ })).not.toHaveCount(0);
});
