/**
 * A superintendent reading the charter on a phone or an upright tablet: the steps
 * run in one row above the stage, scrolled to the current one, and no step but
 * Take positions (drawn in large type for the projector) is wider than the screen.
 * The large fixture opens on Expectations a card at a time, and ends whole.
 */
import { expect, test } from '@playwright/test';
import { expectStage, fixture, jsonFile, openCharterFile, openLibrary, STAGE_TITLES, type StageId } from './app';

test.use({ viewport: { width: 412, height: 823 } });

test('on a phone-sized screen the steps sit above the stage and no page scrolls sideways', async ({ page }) => {
  test.slow();
  await openLibrary(page);
  const charter = fixture('large-signed.json') as { id: string };
  await openCharterFile(page, jsonFile('large-signed.json', charter));
  await expect(page).toHaveURL(/#\/charter\//);

  const steps = page.getByRole('navigation', { name: 'Charter steps' });
  const wide: string[] = [];
  for (const stage of (Object.keys(STAGE_TITLES) as StageId[]).filter((s) => s !== 'positions')) {
    await page.goto(`/#/charter/${charter.id}/${stage}`);
    await expectStage(page, stage);
    // The step row is above the stage, as wide as the screen, and shows the current step.
    const row = await steps.boundingBox();
    const heading = await page.locator('#stage-heading').boundingBox();
    expect(row!.y + row!.height, `${stage}: the steps are above the heading`).toBeLessThanOrEqual(heading!.y);
    expect(row!.width).toBeLessThanOrEqual(412);
    const current = steps.locator('[aria-current="step"]');
    await expect(current).toBeInViewport();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 412) wide.push(`${stage}: ${width} px`);
  }
  expect(wide, 'pages wider than the screen').toEqual([]);
});

test('a large charter opens on Expectations card by card and ends with every card, the agreements and the calendar', async ({ page }) => {
  await openLibrary(page);
  const charter = fixture('large-signed.json') as { id: string };
  await openCharterFile(page, jsonFile('large-signed.json', charter));
  await expect(page).toHaveURL(/#\/charter\//);
  await page.goto(`/#/charter/${charter.id}/expectations`);
  await expect(page.getByLabel('Expectation 1: what will be done')).toBeVisible();
  await expect(page.getByRole('region', { name: /^The year’s calendar/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Resource agreements' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Expectation \d+$/ })).toHaveCount(20);
  // The last card of the page is the twentieth, in its place.
  await expect(page.getByRole('region', { name: /^Expectation \d+$/ }).last()).toHaveAccessibleName('Expectation 20');
});
