/**
 * A superintendent drafting alone before the retreat: a model-2 charter built
 * from templates alone in under 25 user actions, two expectations edited, the
 * check-in calendar exported as .ics and the charter as a PDF. Then the
 * decision-rights matrix at 1280×720 with 9 areas × 7 roles, and the stage's
 * flags, overrides and reflection carried through.
 */
import { writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import {
  agreedRadio,
  createCharter,
  expectStage,
  expectationCard,
  fixture,
  goNext,
  goVia,
  jsonFile,
  openCharterFile,
  openLibrary,
  readDownload,
  signAs,
} from './app';
import { flat, pdfText } from './pdfText';

test.use({ actionTimeout: 15_000 });

const DISTRICT = 'Cedar Valley School District';
const FOCUS = 'Reading, grades K–5';
const SUPERINTENDENT = 'Dr. Ana Ruiz';
const PRINCIPAL = 'Kwame Mensah';

/** Counts what the user does: each click, fill or choice is one action. */
class ActionCounter {
  count = 0;
  async do(what: () => Promise<unknown>): Promise<void> {
    this.count++;
    await what();
  }
}

test('a superintendent builds a model-2 charter from templates in under 25 actions, edits it, and exports the .ics and the PDF', async ({
  page,
}) => {
  test.slow(); // builds a PDF and reads it back
  const user = new ActionCounter();
  await openLibrary(page);

  // --- Set up: the district, one focus area, two signatories (one per side). -------------------
  await user.do(() => createCharter(page));
  await user.do(() => page.getByLabel('District', { exact: true }).fill(DISTRICT));
  await user.do(() => page.getByLabel('Charter title').fill('Reading charter 2026–27'));
  await user.do(() => page.getByRole('button', { name: '+ Add a focus area' }).click());
  await user.do(() => page.getByLabel('Focus area 1', { exact: true }).fill(FOCUS));
  const team = page.getByRole('region', { name: 'The team' });
  await user.do(() => team.getByRole('button', { name: '+ Add a person' }).click());
  await user.do(() => team.getByLabel('Name', { exact: true }).nth(0).fill(SUPERINTENDENT));
  await user.do(() => team.getByRole('button', { name: '+ Add a person' }).click());
  await user.do(() => team.getByLabel('Name', { exact: true }).nth(1).fill(PRINCIPAL));
  await expect(team.getByLabel('Side', { exact: true }).nth(1)).toHaveValue('school');

  // --- Decide: model 2 (the district sets the priority, schools choose the actions). ---------------
  await user.do(() => goVia(page, 'decide'));
  await user.do(() => agreedRadio(page, FOCUS, 2).check());

  // --- Roles: already filled from model 2, nothing to do. ------------------------------------------
  await user.do(() => goNext(page, 'roles'));
  await expect(page.getByText(new RegExp(`${FOCUS} works under model 2`))).toBeVisible();
  await expect(page.getByText('⚠ No owner')).toHaveCount(0);
  await expect(page.getByLabel(`Who sets priorities for Budget and resources in ${FOCUS}`).locator('option:checked')).toHaveText('Central office');
  await expect(page.getByLabel(`Who decides actions for Budget and resources in ${FOCUS}`).locator('option:checked')).toHaveText('Principal');
  await page.screenshot({ path: test.info().outputPath('roles-1280x720.png') });

  // --- Expectations: six model-2 templates, one press each; the suggested communication plan; one resource agreement.
  await user.do(() => goNext(page, 'expectations'));
  const library = page.getByRole('list', { name: 'Templates for model 2' });
  await expect(page.getByRole('button', { name: /^Model 2 ✓/ })).toHaveAttribute('aria-pressed', 'true');
  const templates = library.getByRole('listitem');
  expect(await templates.count()).toBeGreaterThanOrEqual(6);
  const chosen: string[] = [];
  for (let i = 0; i < 6; i++) {
    const item = templates.nth(i);
    chosen.push((await item.locator('.what').innerText()).trim());
    await user.do(() => item.getByRole('button', { name: /^Add: / }).click());
    await expect(item).toContainText('✓ In your charter');
  }
  await expect(page.getByRole('heading', { name: 'Your expectations (6)' })).toBeVisible();
  for (const [i, what] of chosen.entries()) {
    await expect(expectationCard(page, i + 1).getByLabel(`Expectation ${i + 1}: what will be done`)).toHaveValue(what);
  }
  await user.do(() => page.getByRole('button', { name: /^Add the suggested plan \(\d+ lines\)$/ }).click());
  await expect(page.getByRole('button', { name: '✓ Suggested plan added' })).toBeDisabled();
  await user.do(() => page.getByRole('button', { name: /^Add resource agreement: Professional development/ }).click());

  const buildActions = user.count;
  expect(buildActions, 'actions to build the charter from templates').toBeLessThan(25);
  test.info().annotations.push({ type: 'actions to build', description: String(buildActions) });

  // --- Edit two expectations. ----------------------------------------------------------------------
  const firstWhat = `${chosen[0]} Each school sends its plan to the district by 1 October.`;
  await user.do(() => expectationCard(page, 1).getByLabel('Expectation 1: what will be done').fill(firstWhat));
  await user.do(() => expectationCard(page, 2).getByLabel('How often').selectOption({ label: 'Quarterly' }));
  await expect(expectationCard(page, 2).getByLabel('How often').locator('option:checked')).toHaveText('Quarterly');

  // --- The calendar of check-ins, exported as .ics and read back by a second library. -------------
  const calendar = page.getByRole('region', { name: /^Calendar of check-ins/ });
  const summary = await calendar.getByText(/^\d+ check-ins this school year/).innerText();
  const count = Number(/^(\d+)/.exec(summary)![1]);
  expect(count).toBeGreaterThan(10);
  const months = calendar.getByRole('list', { name: 'Check-ins by month' }).locator(':scope > li');
  await expect(months.first().getByRole('heading', { level: 3 })).toHaveText(/^August 20\d\d$/);
  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    user.do(() => calendar.getByRole('button', { name: 'Download the calendar (.ics)' }).click()),
  ]);
  expect(icsDownload.suggestedFilename()).toMatch(/^Cedar-Valley-School-District-Reading-charter-.*-rev1-check-ins\.ics$/);
  const ics = (await readDownload(icsDownload)).toString('utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(count);
  expect(events.every((e) => e.startDate.isDate)).toBe(true);
  const kinds = new Set(events.map((e) => e.summary.split(':')[0]));
  expect([...kinds].sort()).toEqual(['Check-in', 'Cross-school sharing', 'Progress report']);
  const firstListed = await months.locator('li').first().locator('.day').innerText(); // e.g. "Tue 15 Sep"
  const firstEvent = events.map((e) => e.startDate.toJSDate()).sort((a, b) => +a - +b)[0]!;
  expect(firstListed).toContain(String(firstEvent.getDate()));

  await page.screenshot({ path: test.info().outputPath('expectations-full.png'), fullPage: true });

  // --- Review, sign (one signatory per side), and the PDF. -----------------------------------------
  await user.do(() => goNext(page, 'review'));
  await expect(page.getByRole('heading', { name: 'Ready to sign' })).toBeVisible();
  const doc = page.getByRole('article', { name: 'The charter' });
  await expect(doc.getByRole('heading', { name: 'Supports and communication' })).toBeVisible();
  await expect(doc).toContainText(firstWhat);
  await page.screenshot({ path: test.info().outputPath('review-full.png'), fullPage: true });
  await user.do(() => goNext(page, 'sign'));
  for (const who of [SUPERINTENDENT, PRINCIPAL]) {
    await signAs(page, who); // typing the name and pressing Sign: two actions
    user.count += 2;
  }
  await expect(page.getByText(/Signed by all 2 signatories and locked\./)).toBeVisible();
  await user.do(() => goNext(page, 'export'));
  const [pdfDownload] = await Promise.all([
    page.waitForEvent('download'),
    user.do(() => page.getByRole('button', { name: 'Download the PDF' }).click()),
  ]);
  test.info().annotations.push({ type: 'actions in all', description: String(user.count) });

  const pdfBytes = await readDownload(pdfDownload);
  writeFileSync(test.info().outputPath('charter.pdf'), pdfBytes);
  const text = flat((await pdfText(pdfBytes)).text);
  const owners: Record<string, string> = {};
  await goVia(page, 'expectations');
  for (let i = 1; i <= 6; i++) {
    const card = expectationCard(page, i);
    const what = await card.getByLabel(`Expectation ${i}: what will be done`).inputValue();
    owners[what] = await card.getByLabel('Owner').locator('option:checked').innerText();
  }
  expect(Object.keys(owners)).toContain(firstWhat);
  const ownerNames = [...new Set(Object.values(owners))];
  for (const [what, owner] of Object.entries(owners)) {
    const at = text.indexOf(flat(what));
    expect(at, `the PDF contains “${what}”`).toBeGreaterThan(0);
    // The expectation sits under its owner's heading, "Principal (2 expectations)".
    const heading = ownerNames
      .map((name) => ({ name, pos: text.lastIndexOf(`${name} (`, at) }))
      .sort((a, b) => b.pos - a.pos)[0]!;
    expect(heading.name, `the owner of “${what}”`).toBe(owner);
    expect(text.slice(heading.pos, at)).toMatch(/^[^()]+ \(\d+ expectations?\)/);
  }
  expect(text).toContain('Supports and communication');
  expect(text).toContain('Calendar of check-ins');
});

/** Open the draft fixture, agree the model it left open (Attendance: model 2), and go on to Roles. */
async function openDraftAtRoles(page: Page) {
  await openLibrary(page);
  await openCharterFile(page, jsonFile('riverside-draft.json', fixture('riverside-draft.json')));
  await expectStage(page, 'setup');
  await goVia(page, 'decide');
  await agreedRadio(page, 'Attendance', 2).check();
  await goNext(page, 'roles');
}

/** The matrix figure, scrolled into view below the sticky header. */
async function showMatrix(page: Page) {
  await page.getByRole('button', { name: 'Matrix', exact: true }).click();
  const matrix = page.getByRole('figure').filter({ has: page.getByRole('table') });
  await matrix.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  return matrix;
}

test('the decision-rights matrix shows 9 areas × 7 roles on a 1280×720 screen, every cell readable', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDraftAtRoles(page);

  // A seventh role, custom, held by a member of the team.
  await page.getByRole('button', { name: '+ Add a custom role' }).click();
  const name = page.getByLabel('Role', { exact: true }).last();
  await expect(name).toBeFocused();
  await name.fill('Instructional coaches');
  await page.getByRole('article', { name: 'Instructional coaches' }).getByRole('checkbox', { name: /Siobhán O’Connor/ }).check();

  const matrix = await showMatrix(page);
  const table = matrix.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(1 + 7);
  await expect(table.locator('tbody tr')).toHaveCount(9);
  await expect(table.getByRole('columnheader', { name: 'Instructional coaches' })).toBeVisible();

  // Fits: nothing scrolls sideways, and the whole figure sits between the sticky header and footer.
  const fit = await matrix.evaluate((fig) => {
    const box = fig.getBoundingClientRect();
    const header = document.querySelector('header')!.getBoundingClientRect();
    const buttons = [...document.querySelectorAll('button')].filter((b) => /^Next: /.test(b.textContent ?? ''));
    const footerTop = Math.min(...buttons.map((b) => b.getBoundingClientRect().top));
    const scroller = fig.querySelector('.scroll')!;
    const cells = [...fig.querySelectorAll('th, td')];
    const clipped = cells
      .filter((c) => c.scrollWidth > c.clientWidth + 1 || c.scrollHeight > c.clientHeight + 1)
      .map((c) => c.textContent?.trim());
    const letters = [...fig.querySelectorAll('td .letter')].map((l) => parseFloat(getComputedStyle(l).fontSize));
    const headers = [...fig.querySelectorAll('thead th')].map((h) => parseFloat(getComputedStyle(h).fontSize));
    return {
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      headerBottom: header.bottom,
      footerTop,
      sideways: scroller.scrollWidth - scroller.clientWidth,
      clipped,
      smallestLetter: Math.min(...letters),
      smallestHeader: Math.min(...headers),
    };
  });
  expect(fit.sideways, 'no sideways scrolling').toBeLessThanOrEqual(0);
  expect(fit.left).toBeGreaterThanOrEqual(0);
  expect(fit.right).toBeLessThanOrEqual(1280);
  expect(fit.top).toBeGreaterThanOrEqual(fit.headerBottom);
  expect(fit.bottom, 'the last row is above the sticky footer').toBeLessThanOrEqual(fit.footerTop);
  expect(fit.clipped, 'no cell clips its text').toEqual([]);
  expect(fit.smallestLetter).toBeGreaterThanOrEqual(15);
  expect(fit.smallestHeader).toBeGreaterThanOrEqual(14);
  await page.screenshot({ path: test.info().outputPath('matrix-1280x720.png') });

  // Readable without sight: each cell says in words what the role holds.
  const curriculum = table.getByRole('row', { name: /^Curriculum and materials/ });
  // Columns: superintendent, central office, principal… Under model 1 the central office sets priorities and decides actions.
  await expect(curriculum.getByRole('cell').nth(1).locator('.visually-hidden')).toHaveText('Sets priorities, Decides actions');
  await expect(curriculum.getByRole('cell').nth(0).locator('.visually-hidden')).toHaveText('Informed');
  await expect(curriculum.getByRole('cell').nth(5).locator('.visually-hidden')).toHaveText('No part');
  // The draft leaves "Staffing and hiring" without anyone setting priorities in Elementary reading: flagged.
  await expect(table.getByRole('row', { name: /^Staffing and hiring/ })).toContainText('no owner');
});

test('decision rights: overrides are marked and undone, gaps are flagged here and in the review, the reflection becomes commitments', async ({
  page,
}) => {
  await openDraftAtRoles(page);

  // The gap left in the draft is flagged on the stage…
  const staffing = page.getByRole('listitem', { name: 'Staffing and hiring' });
  await expect(staffing).toContainText('⚠ No owner: no one sets priorities');
  await expect(page.getByText(/1 area has no owner/)).toBeVisible();
  // …and in the review's open items.
  await goVia(page, 'review');
  await expect(
    page.getByRole('list', { name: 'Completeness checks' }).getByRole('link', { name: 'No one sets priorities for “Staffing and hiring” in Elementary reading.' }),
  ).toBeVisible();
  const rights = page.getByRole('table', { name: 'Decision rights for Elementary reading' });
  await expect(rights.getByRole('row', { name: /^Staffing and hiring/ }).getByRole('cell').first()).toHaveText('⚠ No owner');

  // Fix it, then change a row away from model 1: it is marked, and Undo puts it back.
  await goVia(page, 'roles');
  await staffing.getByLabel(/^Who sets priorities for Staffing and hiring/).selectOption({ label: 'Central office' });
  await expect(staffing).toContainText('As model 1');
  await expect(page.getByText('⚠ No owner')).toHaveCount(0);
  const budget = page.getByRole('listitem', { name: 'Budget and resources' });
  await budget.getByLabel(/^Who decides actions for Budget and resources/).selectOption({ label: 'Principal' });
  await expect(budget).toContainText('✎ Changed from model 1');
  await showMatrix(page);
  await expect(page.getByRole('row', { name: /^Budget and resources/ })).toContainText('changed from the agreed model');
  await page.getByRole('button', { name: 'Rows to edit', exact: true }).click();
  await budget.getByRole('button', { name: /^Undo the change to Budget and resources/ }).click();
  await expect(budget).toContainText('As model 1');

  // The reflection's answers become commitments in one press.
  await goNext(page, 'expectations');
  const reflection = page.getByRole('region', { name: 'Carry your reflection through' });
  await expect(reflection).toContainText('Agree the model up front, share the data behind every priority, and report progress every month.');
  await reflection.getByRole('button', { name: /^Turn all \d+ into commitments$/ }).click();
  await expect(reflection.getByRole('button', { name: '✓ All in your charter' })).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'Your expectations (3)' })).toBeVisible();
  const second = expectationCard(page, 2);
  await expect(second.getByLabel('Expectation 2: what will be done')).toHaveValue(
    'Agree the model up front, share the data behind every priority, and report progress every month.',
  );
  await expect(second.getByLabel('How often').locator('option:checked')).toHaveText('Monthly');
  await expect(second.getByText('Choose who owns this.')).toBeVisible();
});
