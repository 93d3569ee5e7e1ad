/**
 * The whole journey with the keyboard alone — Tab, Shift+Tab, Enter, Space,
 * arrows, digits and typing; no mouse event at all — from an empty library to a
 * signed charter and its PDF, including placing the room's positions on the 2×2
 * and signing with a typed name. Focus is never lost when the step changes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  PLAN,
  STAGE_TITLES,
  agreedRadio,
  expectationCard,
  focusAreaTab,
  openLibrary,
  readDownload,
  stageHeading,
  unanimousViews,
  viewCell,
  type StageId,
} from './app';
import { flat, pdfText } from './pdfText';

/** Press Tab (or Shift+Tab) until `target` has the focus. */
async function tabTo(page: Page, target: Locator, { back = false, max = 300 } = {}): Promise<void> {
  await expect(target, 'the control to reach is on the page').toHaveCount(1);
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Could not reach ${target} with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
  await expect(field).toHaveValue(text);
}

/** Choose an option of a closed <select> by typing its first letters, as a keyboard user does. */
async function chooseOption(page: Page, select: Locator, label: string): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.type(label.slice(0, 6));
  await expect(select.locator('option:checked')).toHaveText(label);
}

/**
 * Tab to "Next: <title> →", press Enter, and land on that step with the focus on its heading —
 * or, on Take positions, on the entry grid, so the keys 1–4 work at once.
 */
async function next(page: Page, to: StageId): Promise<void> {
  await tabTo(page, page.getByRole('button', { name: `Next: ${STAGE_TITLES[to]} →` }));
  await page.keyboard.press('Enter');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES[to]);
  if (to === 'positions') await expect(page.getByRole('gridcell', { name: `${PLAN.team[0].name}, now: not given` })).toBeFocused();
  else await expect(stageHeading(page), `the focus moves to the heading of “${STAGE_TITLES[to]}”`).toBeFocused();
}

test('the whole journey, from an empty library to the signed PDF, with the keyboard alone', async ({ page }) => {
  test.slow();
  // Count every mouse or pointer event the page sees: there must be none.
  await page.addInitScript(() => {
    (window as unknown as { pointerEvents: number }).pointerEvents = 0;
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'mousemove', 'wheel']) {
      addEventListener(type, () => (window as unknown as { pointerEvents: number }).pointerEvents++, true);
    }
  });

  await openLibrary(page);
  await tabTo(page, page.getByRole('button', { name: 'New charter' }));
  await page.keyboard.press('Enter');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.setup);

  // 1. Set up
  await typeInto(page, page.getByLabel('District', { exact: true }), PLAN.district);
  await typeInto(page, page.getByLabel('Charter title'), PLAN.title);
  await typeInto(page, page.getByLabel(/^In scope/), PLAN.inScope);
  await typeInto(page, page.getByLabel('Out of scope for now'), PLAN.outOfScope);
  await typeInto(page, page.getByLabel('Facilitator'), PLAN.facilitator);
  for (const [i, f] of PLAN.focusAreas.entries()) {
    await tabTo(page, page.getByRole('button', { name: '+ Add a focus area' }));
    await page.keyboard.press('Enter');
    const name = page.getByLabel(`Focus area ${i + 1}`, { exact: true });
    await expect(name, 'the new focus area takes the focus').toBeFocused();
    await page.keyboard.type(f.name);
    await typeInto(page, page.getByLabel('Applies to').nth(i), f.scope);
  }
  const team = page.getByRole('region', { name: 'The team' });
  for (const [i, m] of PLAN.team.entries()) {
    await tabTo(page, team.getByRole('button', { name: '+ Add a person' }));
    await page.keyboard.press('Enter');
    await expect(team.getByLabel('Name', { exact: true }).nth(i)).toBeFocused();
    await page.keyboard.type(m.name);
    await typeInto(page, team.getByLabel('Title', { exact: true }).nth(i), m.title);
    await chooseOption(page, team.getByLabel('Side', { exact: true }).nth(i), m.side === 'district' ? 'District' : 'School');
    const signs = team.getByLabel('Signs', { exact: true }).nth(i);
    await tabTo(page, signs);
    if ((await signs.isChecked()) !== m.signs) await page.keyboard.press('Space');
    await expect(signs).toBeChecked({ checked: m.signs });
  }
  await next(page, 'reflect');

  // 2. Reflect
  await typeInto(page, page.getByLabel('Why now?'), PLAN.reflection.whyNow);
  await typeInto(page, page.getByLabel('What does the data show?'), PLAN.reflection.dataShows);
  await next(page, 'models');

  // 3. Explore the models: the arrow keys move around the 2×2 (model 1 → 2 → 3).
  await tabTo(page, page.getByRole('button', { name: /^Model 1\b/ }));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^Model 3\b/ })).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: /^Model 3: / })).toBeVisible();
  await next(page, 'positions');

  // 4. Take positions: choose the focus area's tab with the arrow keys, type each person's views as digits, reveal.
  for (const [i, f] of PLAN.focusAreas.entries()) {
    if (i > 0) {
      await tabTo(page, focusAreaTab(page, PLAN.focusAreas[i - 1].name));
      await page.keyboard.press('ArrowRight');
      await expect(focusAreaTab(page, f.name)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(focusAreaTab(page, f.name)).toHaveAttribute('aria-selected', 'true');
    }
    await tabTo(page, viewCell(page, PLAN.team[0].name, 'now'));
    for (let p = 0; p < PLAN.team.length; p++) {
      await page.keyboard.press(String(f.now));
      await page.keyboard.press(String(f.shouldBe));
    }
    await tabTo(page, page.getByRole('button', { name: 'Reveal the views' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('tabpanel')).toContainText(unanimousViews(PLAN, f));
  }
  await next(page, 'decide');

  // 5. Decide: the agreed model with the arrow keys in its radio group, and the reason.
  for (const f of PLAN.focusAreas) {
    const region = page.getByRole('region', { name: f.name, exact: true });
    await tabTo(page, agreedRadio(page, f.name, 1));
    await page.keyboard.press('Space');
    for (let n = 1; n < f.agreed; n++) await page.keyboard.press('ArrowDown');
    await expect(agreedRadio(page, f.name, f.agreed)).toBeChecked();
    await typeInto(page, region.getByLabel('Why this model'), f.rationale);
  }
  await next(page, 'roles');

  // 6. Roles: filled from the agreed models; nothing left without an owner.
  await expect(page.getByText('⚠ No owner')).toHaveCount(0);
  await next(page, 'expectations');

  // 7. Expectations: one from a template, one written here.
  await tabTo(page, page.getByRole('button', { name: `Add: ${PLAN.template}`, exact: true }));
  await page.keyboard.press('Enter');
  await expect(expectationCard(page, 1).getByLabel('Expectation 1: what will be done')).toHaveValue(PLAN.template);
  await tabTo(page, page.getByRole('button', { name: '+ Write your own' }));
  await page.keyboard.press('Enter');
  const own = expectationCard(page, 2);
  await expect(own.getByLabel('Expectation 2: what will be done')).toBeFocused();
  await page.keyboard.type(PLAN.ownExpectation.what);
  await chooseOption(page, own.getByLabel('Owner'), PLAN.ownExpectation.owner);
  await chooseOption(page, own.getByLabel('How often'), PLAN.ownExpectation.cadence);
  await typeInto(page, own.getByLabel('Evidence it was done'), PLAN.ownExpectation.evidence);
  await next(page, 'review');

  // 8. Review
  await expect(page.getByRole('heading', { name: 'Ready to sign' })).toBeVisible();
  await next(page, 'sign');

  // 9. Sign off, each signatory typing their own name and pressing Enter. A wrong name is refused,
  //    and the message is tied to the field.
  const signers = PLAN.team.filter((m) => m.signs);
  const rows = page.getByRole('list', { name: 'Signatories' }).getByRole('listitem');
  const first = rows.filter({ hasText: signers[0].name });
  const field = first.getByLabel('Type your full name to sign');
  await typeInto(page, field, 'Someone Else');
  await page.keyboard.press('Enter');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveAccessibleDescription(/Type your own name exactly as it appears/);
  await expect(field).toBeFocused();
  // The consent box, from the keyboard (Space ticks it), then the right name.
  await tabTo(page, first.getByRole('checkbox', { name: /sign this charter electronically/ }));
  await page.keyboard.press('Space');
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(signers[0].name);
  await page.keyboard.press('Enter');
  await expect(first.getByLabel(`Signature of ${signers[0].name}`)).toHaveText(signers[0].name);
  for (const m of signers.slice(1)) {
    const row = rows.filter({ hasText: m.name });
    await tabTo(page, row.getByRole('checkbox', { name: /sign this charter electronically/ }));
    await page.keyboard.press('Space');
    await typeInto(page, row.getByLabel('Type your full name to sign'), m.name);
    await page.keyboard.press('Enter');
    await expect(row.getByLabel(`Signature of ${m.name}`)).toHaveText(m.name);
  }
  await expect(page.getByText(/Signed by all \d+ signatories and locked\./)).toBeVisible();
  await next(page, 'export');

  // 10. Export: the PDF, from the keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Download the PDF' }));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  const { text } = await pdfText(await readDownload(download));
  expect(flat(text)).toContain(PLAN.district);
  for (const m of signers) expect(text.normalize('NFC')).toContain(m.name);

  expect(await page.evaluate(() => (window as unknown as { pointerEvents: number }).pointerEvents), 'no mouse or pointer events').toBe(0);
});

test('while presenting, a clicker moves through the steps and the focus follows', async ({ page }) => {
  await openLibrary(page);
  await tabTo(page, page.getByRole('button', { name: 'New charter' }));
  await page.keyboard.press('Enter');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.setup);
  // Outside presenting, Page Down scrolls as usual and the step stays.
  await page.keyboard.press('PageDown');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.setup);

  // Present from the keyboard; the audience window opens.
  const [audience] = await Promise.all([
    page.waitForEvent('popup'),
    (async () => {
      await tabTo(page, page.getByRole('button', { name: 'Present' }), { back: true });
      await page.keyboard.press('Enter');
    })(),
  ]);
  await expect(audience.getByRole('heading', { level: 1 })).toHaveText('Who is in the room, and what is this charter about?');

  // A step that cannot open yet is announced, and nothing moves.
  await stageHeading(page).focus();
  await page.keyboard.press('PageDown');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.setup);
  await expect(page.getByRole('status').filter({ hasText: 'Not yet: Name the district.' })).toHaveCount(1);

  // Typing in a field never moves the step, even with space and the arrow keys.
  await typeInto(page, page.getByLabel('District', { exact: true }), 'Lakeshore Unified');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('PageDown');
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES.setup);
  await expect(page.getByLabel('District', { exact: true })).toBeFocused();
});
