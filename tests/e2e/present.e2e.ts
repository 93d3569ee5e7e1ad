/**
 * Retreat mode: the facilitator's window and the audience window (the projector)
 * stay in step, the timer reads the same in both, the projector shows only what
 * the room should see in large type, and one screen can show it full screen.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { fixture, jsonFile, openCharterFile, openLibrary, stageHeading, STAGE_TITLES, type StageId } from './app';

const QUESTIONS: Partial<Record<StageId, string>> = {
  models: 'Who sets the priorities, and who controls the actions?',
  positions: 'Where do we operate now, and where should we be?',
  decide: 'Which model will each focus area work under, and why?',
};

async function openSigned(page: Page): Promise<string> {
  const charter = fixture('riverside-signed.json');
  await openLibrary(page);
  await openCharterFile(page, jsonFile('riverside-signed.json', charter));
  await expect(page).toHaveURL(/#\/charter\//);
  return charter.id as string;
}

const audienceHeading = (p: Page) => p.getByRole('heading', { level: 1 });
const clock = async (p: Page) => Number(await p.getByRole('timer').first().getAttribute('data-remaining-ms'));
const face = async (p: Page) => (await p.getByRole('timer').first().textContent())!.trim();

/** The smallest font size of any text on the audience view, and the heading's size. */
async function fontSizes(p: Page) {
  return p.evaluate(() => {
    const root = document.querySelector('.audience')!;
    let minBody = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || el.closest('.visually-hidden')) continue;
      minBody = Math.min(minBody, parseFloat(getComputedStyle(el).fontSize));
    }
    const h1 = parseFloat(getComputedStyle(root.querySelector('h1')!).fontSize);
    const body = parseFloat(getComputedStyle(root).fontSize);
    const overflow = root.scrollHeight - root.clientHeight;
    return { minText: minBody, body, h1, overflow, width: innerWidth, height: innerHeight };
  });
}

async function measureAndShoot(p: Page, info: TestInfo, name: string) {
  const sizes = await fontSizes(p);
  const label = `${name} at ${sizes.width}×${sizes.height}`;
  info.annotations.push({
    type: 'audience font sizes',
    description: `${label}: body ${sizes.body.toFixed(1)} px, smallest text ${sizes.minText.toFixed(1)} px, h1 ${sizes.h1.toFixed(1)} px`,
  });
  console.log(`  ${label}: body ${sizes.body.toFixed(1)} px, smallest text ${sizes.minText.toFixed(1)} px, h1 ${sizes.h1.toFixed(1)} px`);
  expect(sizes.minText, `${label}: no text under 28 px`).toBeGreaterThanOrEqual(28);
  expect(sizes.h1, `${label}: heading at least 44 px`).toBeGreaterThanOrEqual(44);
  expect(sizes.overflow, `${label}: everything fits on the screen`).toBeLessThanOrEqual(1);
  await p.screenshot({ path: info.outputPath(`audience-${name}-${sizes.width}x${sizes.height}.png`) });
  return sizes;
}

test('presenter and audience windows stay in step, with the same timer and large type', async ({ page }, info) => {
  test.slow();
  const id = await openSigned(page);
  await page.goto(`/#/charter/${id}/models`);
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.models);

  const [audience] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Present' }).click()]);
  await audience.waitForLoadState();
  await expect(audienceHeading(audience)).toHaveText(QUESTIONS.models!);
  // The facilitator's window shows the panel (a slim strip below 1440 px, opened over the stage) and knows the audience window is there.
  const panel = page.getByRole('complementary', { name: 'Facilitator' });
  await panel.getByRole('button', { name: 'Open the facilitator panel' }).click();
  await expect(panel.getByTestId('audience-status')).toContainText('Audience window open');
  // The projector shows only what the room should see: no controls, no fields, no notes.
  await expect(audience.getByRole('button')).toHaveCount(0);
  await expect(audience.getByRole('textbox')).toHaveCount(0);
  await expect(audience.getByText('Questions to ask')).toHaveCount(0);
  await expect(audience.getByRole('table', { name: 'The four decision models' })).toBeVisible();
  await measureAndShoot(audience, info, 'models');

  // Advancing in the facilitator's window (a clicker's Page Down) moves the projector.
  await page.keyboard.press('PageDown');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.positions);
  await expect(stageHeading(page)).toBeFocused();
  await expect(audienceHeading(audience)).toHaveText(QUESTIONS.positions!);
  await expect(audience.getByRole('heading', { level: 2 })).toContainText('Elementary reading');
  // The revealed views are on the 2×2, in words and shapes, not colour alone.
  const cell1 = audience.getByRole('cell').filter({ hasText: 'Model 1' });
  await expect(cell1).toContainText('Should be');
  await measureAndShoot(audience, info, 'positions');

  // Advancing in the audience window moves the facilitator's window.
  await audience.keyboard.press('PageDown');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.decide);
  await expect(audienceHeading(audience)).toHaveText(QUESTIONS.decide!);
  await expect(audience.getByRole('cell').filter({ hasText: 'Model 1' })).toContainText('Elementary reading');
  await measureAndShoot(audience, info, 'decide');
  await audience.keyboard.press('ArrowLeft');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.positions);
  await expect(audienceHeading(audience)).toHaveText(QUESTIONS.positions!);

  // The timer: started in one window, the same time in both (±1 s), paused and extended in both.
  await expect(panel.getByRole('heading', { level: 3, name: 'Where we are, where we should be' })).toBeVisible();
  // A timer nobody started is not shown to the room.
  await expect(audience.getByRole('timer')).toHaveCount(0);
  expect(await face(page)).toBe('15:00');
  await panel.getByRole('button', { name: 'Start' }).click();
  await expect(audience.getByRole('timer')).toHaveCount(1);
  await page.waitForTimeout(1500);
  const [a, b] = await Promise.all([clock(page), clock(audience)]);
  expect(a).toBeLessThan(15 * 60_000 - 1000);
  expect(Math.abs(a - b), `presenter ${a} ms, audience ${b} ms`).toBeLessThanOrEqual(1000);
  const [fa, fb] = await Promise.all([face(page), face(audience)]);
  expect(Math.abs(toSeconds(fa) - toSeconds(fb))).toBeLessThanOrEqual(1);

  await panel.getByRole('button', { name: 'Pause' }).click();
  await expect(audience.getByTestId('timer')).toContainText('Paused');
  const paused = await face(page);
  await expect.poll(() => face(audience)).toBe(paused);
  await page.waitForTimeout(1200);
  expect(await face(audience), 'a paused timer stands still').toBe(paused);

  await panel.getByRole('button', { name: '+5 min' }).click();
  await expect.poll(async () => toSeconds(await face(audience))).toBe(toSeconds(paused) + 300);
  await expect(page.getByRole('status').filter({ hasText: '5 minutes added' })).toHaveCount(1);

  // B blanks the projector and shows it again.
  await stageHeading(page).focus();
  await page.keyboard.press('b');
  await expect(audienceHeading(audience)).toHaveText('The audience screen is blank');
  await expect(audience.getByRole('table')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: /^Blank/ })).toHaveAttribute('aria-pressed', 'true');
  await audience.keyboard.press('b');
  await expect(audienceHeading(audience)).toHaveText(QUESTIONS.positions!);

  // The facilitator picks what the projector shows.
  await panel.getByLabel('Show on the screen').selectOption({ label: 'Middle school mathematics' });
  await expect(audience.getByRole('heading', { level: 2 })).toContainText('Middle school mathematics');
  // ...and it stays there while the timer is used.
  await panel.getByRole('button', { name: 'Resume' }).click();
  await panel.getByRole('button', { name: '+1 min' }).click();
  await expect(audience.getByTestId('timer')).toContainText('Running');
  await expect(audience.getByRole('heading', { level: 2 })).toContainText('Middle school mathematics');

  // Screenshots and measurements at 1920×1080 too.
  await audience.setViewportSize({ width: 1920, height: 1080 });
  await page.keyboard.press('PageUp');
  await expect(audienceHeading(audience)).toHaveText(QUESTIONS.models!);
  const big = await measureAndShoot(audience, info, 'models');
  expect(big.body).toBeGreaterThan(40);
  await page.keyboard.press('PageDown');
  await expect(audienceHeading(audience)).toHaveText(QUESTIONS.positions!);
  await measureAndShoot(audience, info, 'positions');
  await page.keyboard.press('PageDown');
  await measureAndShoot(audience, info, 'decide');

  // Stop presenting: the audience window is told, the panel goes.
  await page.getByRole('button', { name: 'Stop presenting' }).click();
  await expect(panel).toHaveCount(0);
});

function toSeconds(face: string): number {
  const m = /^(\+)?(\d+):(\d{2})$/.exec(face)!;
  return (m[1] ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

test('one screen: F shows the audience view full screen, with controls, and Esc comes back to the step', async ({ page }, info) => {
  const id = await openSigned(page);
  await page.goto(`/#/charter/${id}/models`);
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.models);
  await stageHeading(page).focus();
  await page.keyboard.press('f');

  const view = page.getByRole('dialog', { name: 'Audience view, full screen' });
  await expect(view).toBeVisible();
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.models!);
  await expect(view).toBeFocused();
  const sizes = await measureAndShoot(page, info, 'fullscreen-models');
  expect(sizes.h1).toBeGreaterThanOrEqual(44);

  // The control strip and the clicker keys both work.
  await view.getByRole('button', { name: 'Next →' }).click();
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.positions!);
  await page.keyboard.press('PageDown');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText(QUESTIONS.decide!);
  await view.getByRole('button', { name: 'Start timer' }).click();
  await expect(view.getByRole('button', { name: 'Pause timer' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(view).toHaveCount(0);
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.decide);
  await expect(stageHeading(page), 'focus comes back to the step').toBeFocused();
  // Still presenting on this screen: the panel shows the running timer.
  await expect(page.getByRole('complementary', { name: 'Facilitator' }).getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('the shortcuts list opens with ?, and one-letter shortcuts can be turned off', async ({ page }) => {
  const id = await openSigned(page);
  await page.goto(`/#/charter/${id}/models`);
  await stageHeading(page).focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Page Down');
  await dialog.getByLabel('Use the one-letter shortcuts (B, F and ?)').uncheck();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(stageHeading(page)).toBeFocused();
  await page.keyboard.press('f');
  await expect(page.getByRole('dialog', { name: 'Audience view, full screen' })).toHaveCount(0);
  // Typing in a field never triggers a shortcut, and the setting is remembered.
  await page.reload();
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.models);
  await page.keyboard.press('?');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Use the one-letter shortcuts (B, F and ?)')).not.toBeChecked();
  await dialog.getByLabel('Use the one-letter shortcuts (B, F and ?)').check();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('time up: both windows say so, in words and with a frame, and screen readers hear it once', async ({ page, context }) => {
  await context.clock.install();
  // The audience window is on a machine that asks for reduced motion: no pulse there.
  context.on('page', (p) => void p.emulateMedia({ reducedMotion: 'reduce' }));
  const id = await openSigned(page);
  await page.goto(`/#/charter/${id}/setup`);
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.setup);
  const [audience] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Present' }).click()]);
  const panel = page.getByRole('complementary', { name: 'Facilitator' });
  await panel.getByRole('button', { name: 'Open the facilitator panel' }).click();
  await expect(panel.getByRole('heading', { level: 3, name: 'Welcome and purpose' })).toBeVisible();
  await expect.poll(() => face(page)).toBe('5:00');
  await expect(audience.getByRole('timer')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Start' }).click();
  await context.clock.fastForward('04:50');
  await expect.poll(async () => toSeconds(await face(audience))).toBeLessThanOrEqual(10);
  await expect(audience.getByTestId('timer')).not.toContainText('Time is up');
  await context.clock.fastForward('00:12');
  await expect(audience.getByTestId('timer')).toContainText('Time is up');
  await expect(page.getByTestId('timer')).toContainText('Time is up');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up for “Welcome and purpose”.' })).toHaveCount(1);
  const animation = (p: Page) => p.getByTestId('timer').first().evaluate((el) => getComputedStyle(el).animationName);
  expect(await animation(page), 'a gentle pulse where motion is welcome').not.toBe('none');
  expect(await animation(audience), 'no movement where reduced motion is asked for').toBe('none');
  // Over time counts on, so the room sees how far over it is.
  await context.clock.fastForward('00:30');
  await expect.poll(async () => toSeconds(await face(audience))).toBeLessThan(-30);
  // Five more minutes means five minutes from now.
  await panel.getByRole('button', { name: '+5 min' }).click();
  await expect.poll(async () => toSeconds(await face(audience))).toBeGreaterThan(290);
  await expect(audience.getByTestId('timer')).not.toContainText('Time is up');
});
