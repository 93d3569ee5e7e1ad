/**
 * Forward moves are guarded, backward moves always work, the browser's history
 * follows the stages, and a signed charter cannot change.
 */
import { expect, test } from '@playwright/test';
import {
  PLAN,
  STAGE_TITLES,
  backButton,
  createCharter,
  expectSaved,
  expectStage,
  fillSetup,
  fixture,
  goNext,
  goVia,
  jsonFile,
  libraryItems,
  nextButton,
  openCharterFile,
  openLibrary,
  stepsNav,
} from './app';

// A control that is not there fails in seconds, not at the end of the test's time.
test.use({ actionTimeout: 10_000 });

test('a new charter cannot go past set-up until it is filled in, nor be skipped ahead by URL', async ({ page }) => {
  await openLibrary(page);
  const id = await createCharter(page);

  // The blockers are counted beside Next, and listed (and announced) when the user tries anyway.
  await expect(page.getByRole('button', { name: /^\d+ open before you go on/ })).toBeVisible();
  await nextButton(page).click();
  const blockers = page.getByRole('alert').filter({ hasText: 'Before you go on:' });
  await expect(blockers).toContainText('Name the district.');
  await expect(blockers).toContainText('Give the charter a title.');
  await expect(blockers).toContainText('Add at least one focus area.');
  await expect(blockers).toContainText('Add the team members.');
  await expectStage(page, 'setup');

  // Later steps are shown in the sidebar but are not links yet.
  await expect(stepsNav(page).getByRole('link')).toHaveCount(1);
  const signStep = stepsNav(page).getByRole('listitem').filter({ hasText: STAGE_TITLES.sign });
  await expect(signStep).toContainText('(not yet available)');
  await expect(signStep.getByRole('link')).toHaveCount(0);

  // Typing the URL of a later stage lands back where the charter can be.
  await page.goto(`/#/charter/${id}/sign`);
  await expectStage(page, 'setup');

  // Fixing one blocker takes it off the list, the rest remain.
  await page.getByLabel('District', { exact: true }).fill(PLAN.district);
  await expect(page.getByText('Name the district.')).toHaveCount(0);
  await expect(page.getByText('Give the charter a title.')).toBeVisible();
  await nextButton(page).click();
  await expectStage(page, 'setup');

  // An empty focus area or an unnamed person is a blocker of its own.
  await page.getByRole('button', { name: '+ Add a focus area' }).click();
  await expect(page.getByText('Focus area 1 has no name.')).toBeVisible();

  // Filled in, set-up opens the next steps up to the first unmet gate (Decide).
  await page.getByRole('button', { name: 'Remove focus area 1' }).click();
  await fillSetup(page, PLAN);
  await expect(page.getByText('Before you go on:')).toHaveCount(0);
  await expect(stepsNav(page).getByRole('link')).toHaveCount(5);
  await expectSaved(page);
  await goNext(page, 'reflect');

  // A URL to a reachable stage works; one past the gate is refused in place (and the URL corrected).
  await page.goto(`/#/charter/${id}/positions`);
  await expectStage(page, 'positions');
  await page.goto(`/#/charter/${id}/sign`);
  await expectStage(page, 'positions');
  await expect(nextButton(page)).toHaveText(`Next: ${STAGE_TITLES.decide} →`);

  // Opened fresh (a bookmark, a new tab), a URL past the gate opens the furthest reachable stage.
  await page.goto('about:blank');
  await page.goto(`/#/charter/${id}/export`);
  await expectStage(page, 'decide');
  await nextButton(page).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Before you go on:' })).toContainText(
    `Agree a model for “${PLAN.focusAreas[0].name}”.`,
  );
  await expectStage(page, 'decide');
});

test('Back always works, and the browser’s Back and Forward move between stages', async ({ page }) => {
  await openLibrary(page);
  await createCharter(page);
  await fillSetup(page, PLAN);
  await goNext(page, 'reflect');
  await goNext(page, 'models');
  await goNext(page, 'positions');
  await goNext(page, 'decide');

  // Stuck going forward on Decide, but Back works.
  await nextButton(page).click();
  await expectStage(page, 'decide');
  await backButton(page).click();
  await expectStage(page, 'positions');
  // On Take positions the focus goes to the entry grid, so the keys 1–4 work at once.
  await expect(page.getByRole('gridcell', { name: `${PLAN.team[0].name}, now: not given` })).toBeFocused();

  // Browser history follows the stages.
  await page.goBack();
  await expectStage(page, 'decide');
  await page.goBack();
  await expectStage(page, 'positions');
  await page.goBack();
  await expectStage(page, 'models');
  await page.goForward();
  await expectStage(page, 'positions');

  // The sidebar jumps back too, and Back from the second step returns to set-up, which is still filled in.
  await goVia(page, 'reflect');
  await expect(backButton(page)).toHaveText(`← Back: ${STAGE_TITLES.setup}`);
  await backButton(page).click();
  await expectStage(page, 'setup');
  await expect(backButton(page)).toHaveCount(0);
  await expect(page.getByLabel('District', { exact: true })).toHaveValue(PLAN.district);

  // The browser's Back undoes the app's Back.
  await page.goBack();
  await expectStage(page, 'reflect');
});

test('a signed charter is locked; “Start revision 2” makes an unsigned draft of it', async ({ page }) => {
  await openLibrary(page);
  const signed = fixture('riverside-signed.json');
  await openCharterFile(page, jsonFile('riverside-signed.json', signed));
  await expectStage(page, 'setup');
  await expect(page.getByRole('banner')).toContainText('Revision 1 · signed');

  // Nothing on set-up can be changed.
  await expect(page.getByLabel('District', { exact: true })).toHaveValue(signed.district as string);
  await expect(page.getByLabel('District', { exact: true })).toBeDisabled();
  await expect(page.getByLabel('Charter title')).toBeDisabled();
  await expect(page.getByRole('region', { name: 'The team' }).getByLabel('Name', { exact: true }).first()).toBeDisabled();
  await expect(page.getByRole('button', { name: '+ Add a person' })).toBeDisabled();
  await expect(page.getByText(/signed and locked/i).first()).toBeVisible();

  // Nor later stages.
  await goVia(page, 'decide');
  await expect(page.getByRole('radio', { name: /^Model 2\b/ }).first()).toBeDisabled();
  await expect(page.getByLabel('Why this model').first()).toBeDisabled();

  // Every stage is open to read, up to export.
  await expect(stepsNav(page).getByRole('link')).toHaveCount(10);
  await goVia(page, 'sign');
  await expect(page.getByText('Signed by all 4 signatories and locked.')).toBeVisible();
  await expect(page.getByText(/Type your full name to sign/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Start revision 2' }).click();
  await expectStage(page, 'setup');
  await expect(page.getByRole('banner')).toContainText('Revision 2');
  await expect(page.getByRole('banner')).not.toContainText('signed');
  expect(page.url()).not.toContain(signed.id as string);

  // The new revision carries everything over and can be edited.
  const district = page.getByLabel('District', { exact: true });
  await expect(district).toHaveValue(signed.district as string);
  await expect(district).toBeEnabled();
  await page.getByLabel('Charter title').fill('Literacy and mathematics improvement charter, year 2');
  await expectSaved(page);

  // No one has signed revision 2.
  await goVia(page, 'sign');
  await expect(page.getByText('0 of 4 signed')).toBeVisible();
  await expect(page.getByLabel('Type your full name to sign')).toHaveCount(4);

  // Both revisions are in the library; the signed one is unchanged.
  await page.getByRole('link', { name: 'Same Playbook: back to all charters' }).click();
  await expect(libraryItems(page)).toHaveCount(2);
  const rev1 = libraryItems(page).filter({ hasText: 'Revision 1' });
  const rev2 = libraryItems(page).filter({ hasText: 'Revision 2' });
  await expect(rev1).toContainText('Signed');
  await expect(rev1).toContainText(signed.title as string);
  await expect(rev2).toContainText('Draft');
  await expect(rev2).toContainText('Literacy and mathematics improvement charter, year 2');
});
