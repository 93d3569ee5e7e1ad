/**
 * The walking skeleton: from an empty browser to a signed charter PDF, with a
 * reload in the middle, reading the downloaded PDF's text at the end.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  MODEL_NAMES,
  PLAN,
  STAGE_TITLES,
  agreedRadio,
  expectSaved,
  expectStage,
  expectationCard,
  fillDecide,
  fillExpectations,
  fillPositions,
  fillReflect,
  fillRoles,
  fillSetup,
  createCharter,
  goNext,
  goVia,
  libraryItems,
  openLibrary,
  focusAreaTab,
  unanimousViews,
  readDownload,
  signAs,
  stepsNav,
} from './app';
import { flat, pdfText } from './pdfText';
import { CHARTER_VERSION } from '../../src/charter/Charter';

// A control that is not there fails in seconds, not at the end of the test's time.
test.use({ actionTimeout: 10_000 });

/** For each place `phrase` occurs in `text`, the focus area named most recently before it. */
function focusAreasBefore(text: string, focusAreas: string[], phrase: string): string[] {
  const found: string[] = [];
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
    const before = text.slice(0, at);
    const nearest = focusAreas
      .map((name) => ({ name, pos: before.lastIndexOf(name) }))
      .filter((x) => x.pos >= 0)
      .sort((a, b) => b.pos - a.pos)[0];
    if (nearest) found.push(nearest.name);
  }
  return found;
}

/** Everything typed in stages 1–7 is on screen again (after a reload). */
async function expectEverythingStillThere(page: Page): Promise<void> {
  // Expectations, where the reload happened.
  const first = expectationCard(page, 1);
  await expect(first.getByLabel('Expectation 1: what will be done')).toHaveValue(PLAN.template);
  await expect(first.getByLabel('Owner').locator('option:checked')).toHaveText('Superintendent');
  await expect(first.getByLabel('How often').locator('option:checked')).toHaveText('Annually');
  const own = expectationCard(page, 2);
  await expect(own.getByLabel('Expectation 2: what will be done')).toHaveValue(PLAN.ownExpectation.what);
  await expect(own.getByLabel('Owner').locator('option:checked')).toHaveText(PLAN.ownExpectation.owner);
  await expect(own.getByLabel('How often').locator('option:checked')).toHaveText(PLAN.ownExpectation.cadence);
  await expect(own.getByLabel('Evidence it was done')).toHaveValue(PLAN.ownExpectation.evidence);

  await goVia(page, 'setup');
  await expect(page.getByLabel('District', { exact: true })).toHaveValue(PLAN.district);
  await expect(page.getByLabel('Charter title')).toHaveValue(PLAN.title);
  await expect(page.getByLabel(/^In scope/)).toHaveValue(PLAN.inScope);
  await expect(page.getByLabel('Out of scope for now')).toHaveValue(PLAN.outOfScope);
  await expect(page.getByLabel('Facilitator')).toHaveValue(PLAN.facilitator);
  for (const [i, f] of PLAN.focusAreas.entries()) {
    await expect(page.getByLabel(`Focus area ${i + 1}`, { exact: true })).toHaveValue(f.name);
    await expect(page.getByLabel('Applies to').nth(i)).toHaveValue(f.scope);
  }
  const team = page.getByRole('region', { name: 'The team' });
  await expect(team.getByLabel('Name', { exact: true })).toHaveCount(PLAN.team.length);
  for (const [i, m] of PLAN.team.entries()) {
    await expect(team.getByLabel('Name', { exact: true }).nth(i)).toHaveValue(m.name);
    await expect(team.getByLabel('Title', { exact: true }).nth(i)).toHaveValue(m.title);
    await expect(team.getByLabel('Side', { exact: true }).nth(i)).toHaveValue(m.side);
    if (m.signs) await expect(team.getByLabel('Signs', { exact: true }).nth(i)).toBeChecked();
    else await expect(team.getByLabel('Signs', { exact: true }).nth(i)).not.toBeChecked();
  }

  await goVia(page, 'reflect');
  await expect(page.getByLabel('Why now?')).toHaveValue(PLAN.reflection.whyNow);
  await expect(page.getByLabel('What does the data show?')).toHaveValue(PLAN.reflection.dataShows);

  await goVia(page, 'positions');
  for (const f of PLAN.focusAreas) {
    await focusAreaTab(page, f.name).click();
    await expect(page.getByRole('tabpanel')).toContainText(unanimousViews(PLAN, f));
  }

  await goVia(page, 'decide');
  for (const f of PLAN.focusAreas) {
    await expect(agreedRadio(page, f.name, f.agreed)).toBeChecked();
    await expect(page.getByRole('region', { name: f.name, exact: true }).getByLabel('Why this model')).toHaveValue(f.rationale);
  }

  await goVia(page, 'roles');
  await expect(page.getByText('⚠ No owner')).toHaveCount(0);
  // Under model 1 the superintendent, who is on the team, sets the priorities (issue 12's defaults).
  await expect(page.getByLabel('Who sets priorities for Curriculum and materials').locator('option:checked')).toHaveText('Superintendent');
}

test('a team goes from an empty browser to a signed charter PDF, surviving a reload on the way', async ({ page }) => {
  test.setTimeout(90_000); // the whole journey, including building and reading a PDF

  await openLibrary(page);
  await expect(page.getByRole('heading', { name: 'No charters yet' })).toBeVisible();
  await createCharter(page);

  // 1. Set up
  await fillSetup(page, PLAN);
  await expect(page.getByText('Before you go on:')).toHaveCount(0);
  await goNext(page, 'reflect');
  // The header shows what the charter is.
  await expect(page.getByRole('banner')).toContainText(PLAN.title);
  await expect(page.getByRole('banner')).toContainText(PLAN.district);

  // 2. Reflect
  await fillReflect(page, PLAN);
  await goNext(page, 'models');

  // 3. Explore the models: each model can be read about in plain language.
  for (const n of [1, 2, 3, 4] as const) {
    await page.getByRole('button', { name: new RegExp(`^Model ${n}\\b`) }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Model ${n}: ${MODEL_NAMES[n]}` })).toBeVisible();
  }
  await expect(page.getByText(/Education Northwest, 2017/).first()).toBeVisible();
  await goNext(page, 'positions');

  // 4. Take positions
  await fillPositions(page, PLAN);
  await goNext(page, 'decide');

  // 5. Decide: the room's positions are carried over, and forward is guarded until every area has a model.
  const reading = PLAN.focusAreas[0];
  await expect(page.getByRole('region', { name: reading.name, exact: true })).toContainText(
    `The room’s views: ${unanimousViews(PLAN, reading)}`,
  );
  await expect(page.getByRole('button', { name: /^\d+ open before you go on/ })).toBeVisible();
  await fillDecide(page, PLAN);
  await expect(page.getByText('Before you go on:')).toHaveCount(0);
  await goNext(page, 'roles');

  // 6. Roles and decision rights
  await fillRoles(page, PLAN);
  await goNext(page, 'expectations');

  // 7. Expectations
  await fillExpectations(page, PLAN);
  await expectSaved(page);

  // Reload in the middle: same charter, same stage, nothing lost.
  const urlBefore = page.url();
  await page.reload();
  await expectStage(page, 'expectations');
  expect(page.url()).toBe(urlBefore);
  await expectEverythingStillThere(page);
  await goVia(page, 'expectations');

  // 8. Review
  await goNext(page, 'review');
  await expect(page.getByRole('heading', { name: 'Ready to sign' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toContainText(PLAN.district);
  for (const f of PLAN.focusAreas) await expect(main).toContainText(f.name);
  await goNext(page, 'sign');

  // 9. Sign off: no one can sign for someone else; each signatory types their own name.
  const signers = PLAN.team.filter((m) => m.signs);
  await expect(page.getByRole('list', { name: 'Signatories' }).getByRole('listitem')).toHaveCount(signers.length);
  await expect(page.getByRole('list', { name: 'Signatories' })).not.toContainText('Sam Okoro');
  const jose = await signAs(page, 'José Ñúñez', 'Nguyễn Thị Minh');
  await expect(jose.getByRole('alert')).toContainText('Type your own name exactly as it appears: José Ñúñez.');
  await expect(jose.getByLabel('Signature of José Ñúñez')).toHaveCount(0);
  await expect(page.getByText(`0 of ${signers.length} signed`)).toBeVisible();

  // The same name typed with decomposed accents and stray spaces is still the same person.
  await signAs(page, 'José Ñúñez', '  José Ñúñez '.normalize('NFD'));
  await expect(jose.getByLabel('Signature of José Ñúñez')).toHaveText('José Ñúñez');
  await expect(page.getByText(`1 of ${signers.length} signed`)).toBeVisible();
  await expect(stepsNav(page).getByRole('link', { name: STAGE_TITLES.export })).toHaveCount(0);

  await signAs(page, 'Nguyễn Thị Minh');
  await signAs(page, 'Zoë Łukasiewicz', 'zoë łukasiewicz');
  const locked = page.getByRole('status').filter({ hasText: 'locked' });
  await expect(locked).toContainText(`Signed by all ${signers.length} signatories and locked.`);
  await expect(locked.locator('code')).toHaveText(/^[0-9a-f]{12}$/);
  const fingerprint = (await locked.locator('code').textContent())!;
  await expect(page.getByRole('banner')).toContainText('signed');
  await expect(page.getByRole('button', { name: 'Start revision 2' })).toBeVisible();

  // 10. Export
  await goNext(page, 'export');
  await expect(page.getByText(`signed, fingerprint ${fingerprint}`)).toBeVisible();

  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the PDF' }).click(),
  ]);
  expect(pdfDownload.suggestedFilename()).toMatch(/^Lakeshore-Unified-School-District-.*-rev1\.pdf$/);
  await expect(page.getByText(/PDF ready \(\d+ kB\b/)).toBeVisible();
  const pdf = await readDownload(pdfDownload);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text, pages } = await pdfText(pdf);
  const all = flat(text);
  expect(pages).toBeGreaterThan(1);
  expect(all).toContain(PLAN.district);
  expect(all).toContain(PLAN.title);
  const names = PLAN.focusAreas.map((f) => f.name);
  for (const f of PLAN.focusAreas) {
    expect(all, `the PDF names focus area “${f.name}”`).toContain(f.name);
    const label = `Model ${f.agreed}: ${MODEL_NAMES[f.agreed]}`;
    expect(all, `the PDF gives “${f.name}” its agreed model`).toContain(label);
    expect(focusAreasBefore(all, names, `Agreed model ${label}`), `“${label}” is agreed for “${f.name}”`).toContain(f.name);
  }
  // Every name exactly as written, composed (NFC) — not decomposed, not transliterated.
  for (const name of ['José Ñúñez', 'Nguyễn Thị Minh', 'Zoë Łukasiewicz']) {
    expect(text.normalize('NFC'), `the PDF spells ${name}`).toContain(name);
    expect(text, `${name} is written with composed characters`).toContain(name.normalize('NFC'));
  }
  expect(all).toContain(fingerprint);
  // Page numbers on every page.
  for (let p = 1; p <= pages; p++) expect(text).toMatch(new RegExp(`Page ${p} of ${pages}`));

  // The charter file: valid JSON, signed, with the fingerprint shown on screen.
  const [fileDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the charter file' }).click(),
  ]);
  expect(fileDownload.suggestedFilename()).toMatch(/-rev1\.json$/);
  const file = JSON.parse((await readDownload(fileDownload)).toString('utf8')) as {
    format: string;
    version: number;
    status: string;
    fingerprint: string;
    district: string;
    team: { name: string }[];
    signatures: { typedName: string }[];
  };
  expect(file.format).toBe('same-playbook/charter');
  expect(file.version).toBe(CHARTER_VERSION);
  expect(file.status).toBe('signed');
  expect(file.fingerprint.startsWith(fingerprint)).toBe(true);
  expect(file.district).toBe(PLAN.district);
  expect(file.team.map((m) => m.name)).toEqual(PLAN.team.map((m) => m.name));
  expect(file.signatures.map((s) => s.typedName).sort()).toEqual(
    ['José Ñúñez', 'Nguyễn Thị Minh', 'zoë łukasiewicz'].sort(),
  );

  // Back in the library, the charter is listed as signed.
  await page.getByRole('link', { name: 'Same Playbook: back to all charters' }).click();
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page).first()).toContainText(PLAN.title);
  await expect(libraryItems(page).first()).toContainText('Signed');
});

test('a change typed just before a reload is still there afterwards', async ({ page }) => {
  await openLibrary(page);
  await createCharter(page);
  await page.getByLabel('District', { exact: true }).fill(PLAN.district);
  await expectSaved(page);

  // Typed, then the page reloads at once — before the autosave's pause is over.
  await page.getByLabel('Charter title').fill(PLAN.title);
  await page.reload();
  await expectStage(page, 'setup');
  await expect(page.getByLabel('District', { exact: true })).toHaveValue(PLAN.district);
  await expect(page.getByLabel('Charter title')).toHaveValue(PLAN.title);
});
