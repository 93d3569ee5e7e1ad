import { test } from '@playwright/test';
import { PLAN, createCharter, fillSetup, goNext, openLibrary, backButton } from './app';
test('debug history', async ({ page }) => {
  await openLibrary(page);
  await createCharter(page);
  await fillSetup(page, PLAN);
  const log = async (what: string) => { await page.waitForTimeout(300); console.log(what, await page.evaluate(() => history.length), page.url().replace(/.*\//, ''), await page.getByRole('heading', { level: 1 }).textContent()); };
  await log('setup');
  await goNext(page, 'reflect'); await log('next');
  await goNext(page, 'models'); await log('next');
  await goNext(page, 'positions'); await log('next');
  await goNext(page, 'decide'); await log('next');
  await backButton(page).click(); await log('appback');
  for (let i = 0; i < 5; i++) { await page.goBack(); await log('goBack'); }
});
