import { test } from '@playwright/test';
import { agreedRadio, expectStage, fixture, goNext, goVia, jsonFile, openCharterFile, openLibrary } from './app';

test('shots', async ({ page }) => {
  await openLibrary(page);
  await openCharterFile(page, jsonFile('riverside-draft.json', fixture('riverside-draft.json')));
  await expectStage(page, 'setup');
  await goVia(page, 'decide');
  await agreedRadio(page, 'Attendance', 2).check();
  await goNext(page, 'roles');
  await goNext(page, 'expectations');
  const ids = ['templates', 'reflection', 'expectations', 'resources', 'communication', 'calendar'];
  for (const id of ids) {
    await page.evaluate((x) => document.getElementById(x)?.scrollIntoView({ block: 'start' }), id);
    await page.waitForTimeout(100);
    await page.screenshot({ path: `/tmp/shots-4/exp-${id}.png` });
  }
  await goNext(page, 'review');
  for (const id of ['doc-rights', 'doc-roles', 'doc-expectations', 'doc-supports']) {
    await page.evaluate((x) => document.getElementById(x)?.scrollIntoView({ block: 'start' }), id);
    await page.waitForTimeout(100);
    await page.screenshot({ path: `/tmp/shots-4/review-${id}.png` });
  }
});
