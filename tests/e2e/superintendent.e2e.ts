/**
 * A superintendent drafting alone, late in the evening (issue 12): starts from
 * the worked example and reaches "ready to sign" in a handful of actions, with
 * people in roles and no decision given to a role no one holds; one list of
 * commitments makes the calendar, the .ics and the PDF ("monthly" over a
 * July–June year: 12 dates, no second entry; principals meeting principals
 * each quarter: 4 dates, principals on both sides); names sign without their
 * accents or in their keyboard form; the next review date is set after signing
 * without a new revision, and the fingerprint still verifies.
 */
import { writeFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, test, type Page } from '@playwright/test';
import { expectStage, goVia, openLibrary, readDownload, signAs, stepsNav } from './app';
import { flat, pdfText } from './pdfText';

test.use({ actionTimeout: 15_000 });

/** Counts what the user does: each click, fill or choice is one action. */
class ActionCounter {
  count = 0;
  async do<T>(what: () => Promise<T>): Promise<T> {
    this.count++;
    return what();
  }
}

async function newFromExample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New from a worked example' }).click();
  await expectStage(page, 'setup');
}

test('from the worked example to “ready to sign” in at most 15 actions, people in roles, no decision with a role no one holds', async ({ page }) => {
  const user = new ActionCounter();
  await openLibrary(page);
  await user.do(() => newFromExample(page));
  await expect(page.getByRole('note').filter({ hasText: 'Worked example' })).toBeVisible();

  // Make it ours: the district, the title, the superintendent's own name.
  await user.do(() => page.getByLabel('District', { exact: true }).fill('Maple Falls School District'));
  await user.do(() => page.getByLabel('Charter title').fill('Reading and math charter'));
  const team = page.getByRole('region', { name: 'The team' });
  await user.do(() => team.getByLabel('Name', { exact: true }).nth(0).fill('Dr. Ruth Alvarez'));

  await user.do(() => goVia(page, 'review'));
  await expect(page.getByRole('heading', { name: 'Ready to sign' })).toBeVisible();
  await expect(page.getByText('Nothing to look at either: the review is clean.')).toBeVisible();
  await expect(page.getByText(/but no one on the team holds/)).toHaveCount(0);
  expect(user.count).toBeLessThanOrEqual(15);
  test.info().annotations.push({ type: 'actions to ready to sign', description: String(user.count) });
  // Every step up to Review is marked done in the step list.
  for (const step of ['Set up', 'Decide', 'Roles and decision rights', 'Expectations', 'Review']) {
    await expect(stepsNav(page).getByRole('link', { name: step, exact: true })).toHaveAccessibleDescription('done');
  }

  // Roles show their holders, on the cards and in the matrix.
  await goVia(page, 'roles');
  const roles = page.getByRole('region', { name: 'Roles and who holds them' });
  await expect(roles.getByRole('article', { name: 'Superintendent', exact: true })).toContainText('Held by: Dr. Ruth Alvarez');
  await expect(roles.getByRole('article', { name: 'Principal', exact: true })).toContainText('Held by: Priya Raman, Tomás Ortega');
  await expect(roles.getByRole('article', { name: 'Central office', exact: true })).toContainText('Held by: Marcus Bell');
  await expect(page.getByText(/no one on the team holds/)).toHaveCount(0);
  await expect(page.getByLabel('Who sets priorities for Budget and resources in Early reading, K–3').locator('option:checked')).toHaveText(
    'Superintendent',
  );
  await page.getByRole('button', { name: 'Matrix' }).click();
  const matrix = page.getByRole('table', { name: /Decision rights for Early reading/ });
  await expect(matrix.getByRole('columnheader', { name: /Superintendent, held by Dr\. Ruth Alvarez/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('roles-matrix-1280x720.png') });
});

test('one list of commitments: the calendar, the .ics and the PDF; keyboard names sign; the next review date after signing', async ({ page }) => {
  test.slow(); // builds a PDF and reads it back
  await openLibrary(page);
  await newFromExample(page);

  // --- Team: names that are hard to type on a US keyboard. ------------------------------------------
  const team = page.getByRole('region', { name: 'The team' });
  await team.getByLabel('Name', { exact: true }).nth(0).fill('José Ñúñez');
  await team.getByLabel('Name', { exact: true }).nth(1).fill('Ōno Haruki');
  await team.getByLabel('Name', { exact: true }).nth(2).fill('Αλέξανδρος Παπαδόπουλος');
  const keyboard = team.getByLabel('Αλέξανδρος Παπαδόπουλος: name as typed on a standard keyboard');
  await expect(keyboard).toBeVisible();
  const use = team.getByRole('button', { name: /^Use “[A-Za-z ]+”$/ });
  const suggested = /^Use “(.+)”$/.exec((await use.innerText()).trim())![1]!;
  await use.click();
  await expect(keyboard).toHaveValue(suggested);
  // Accented Latin names need no keyboard form: they sign without their accents.
  await expect(team.getByLabel('José Ñúñez: name as typed on a standard keyboard')).toHaveCount(0);

  // --- Expectations: a July–June year, one monthly commitment typed once. -----------------------------
  await goVia(page, 'expectations');
  await page.getByLabel('First day').fill('2026-07-01');
  await page.getByLabel('Last day').fill('2027-06-30');
  await expect(page.locator('#year-note')).toContainText('Runs 12 months');
  await expect(page.locator('#year-note')).toContainText('a monthly commitment falls on 12 dates');
  await page.getByRole('button', { name: '+ Write your own' }).click();
  const n = await page.getByRole('region', { name: /^Expectation \d+$/ }).count();
  const card = page.getByRole('region', { name: `Expectation ${n}` });
  const WHAT = 'Schools report reading data to the district';
  await card.getByLabel(`Expectation ${n}: what will be done`).fill(WHAT);
  await card.getByLabel('Owner').selectOption({ label: 'Principal' });
  await card.getByLabel('How often').selectOption({ label: 'Monthly' });
  await expect(card.getByLabel('Starts')).toHaveValue('2026-07-01');
  await expect(card).toContainText('On the calendar: 12 dates');

  const calendar = page.getByRole('region', { name: /^The year’s calendar/ });
  // The months are folded to keep the stage short: open them all.
  await calendar.getByRole('button', { name: 'Open every month' }).click();
  // One line per date (the months are list items too: leave out those with a heading).
  const dated = calendar.getByRole('listitem').filter({ hasNot: page.getByRole('heading') });
  await expect(dated.filter({ hasText: WHAT })).toHaveCount(12);
  const PEERS = 'Principals meet other principals working on the same focus area to swap one practice that works.';
  const peers = dated.filter({ hasText: PEERS });
  await expect(peers).toHaveCount(4);
  await expect(peers.first()).toContainText('— Principal with Principal');

  const [icsDownload] = await Promise.all([
    page.waitForEvent('download'),
    calendar.getByRole('button', { name: 'Download the calendar (.ics)' }).click(),
  ]);
  const ics = (await readDownload(icsDownload)).toString('utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const monthly = events.filter((e) => e.summary === WHAT);
  expect(monthly).toHaveLength(12);
  expect(new Set(monthly.map((e) => e.startDate.toString().slice(0, 7))).size).toBe(12);
  const peerEvents = events.filter((e) => e.summary === PEERS);
  expect(peerEvents).toHaveLength(4);
  expect(peerEvents[0]!.description).toContain('Owner: Principal');
  expect(peerEvents[0]!.description).toContain('With: Principal');
  await page.screenshot({ path: test.info().outputPath('expectations-1280x720.png') });

  // --- Sign: without accents, in the keyboard form, and a wrong name refused. -------------------------
  await goVia(page, 'review');
  await expect(page.getByRole('heading', { name: 'Ready to sign' })).toBeVisible();
  await goVia(page, 'sign');
  const jose = await signAs(page, 'José Ñúñez', 'Someone Else');
  await expect(jose.getByRole('alert')).toContainText('Type your own name exactly as it appears: José Ñúñez.');
  await signAs(page, 'José Ñúñez', 'Jose Nunez');
  await signAs(page, 'Ōno Haruki', 'Ono Haruki');
  await signAs(page, 'Αλέξανδρος Παπαδόπουλος', suggested);
  await signAs(page, 'Tomás Ortega', 'tomas  ortega');
  await expect(page.getByText(/Signed by all 4 signatories and locked\./)).toBeVisible();

  // --- The next review date, after signing: no new revision, the fingerprint still verifies. ----------
  await goVia(page, 'export');
  const review = page.getByLabel('Next review date');
  await review.fill('2027-05-20');
  await expect(page.getByText(/that change was not kept/)).toHaveCount(0);
  await expect(page.getByText('Saved', { exact: false }).first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Next review date')).toHaveValue('2027-05-20');
  await expect(page.getByRole('banner')).toContainText('Revision 1');
  await goVia(page, 'review');
  await expect(page.getByText(/Its content matches its fingerprint/)).toBeVisible();

  // --- The PDF: the same dates, once each, principals on both sides. ----------------------------------
  await goVia(page, 'export');
  const [pdfDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the PDF' }).click()]);
  const pdfBytes = await readDownload(pdfDownload);
  writeFileSync(test.info().outputPath('charter.pdf'), pdfBytes);
  const text = flat((await pdfText(pdfBytes)).text);
  // The PDF's calendar describes each commitment once, under a letter, then lists every date by letter.
  const calendarText = text.slice(text.indexOf('Calendar of check-ins'));
  expect(calendarText, 'the monthly commitment is in the PDF calendar').toContain(WHAT);
  const letter = new RegExp(`\\b([A-Z]{1,2}) ${WHAT.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(calendarText)?.[1];
  expect(letter, 'the commitment has a letter').toBeTruthy();
  // Letters at the same point of their run share one count: "A, C (3 of 12)".
  const onDate = (l: string, n: number, of: number) => new RegExp(`\\b${l}(, [A-Z]{1,2})* \\(${n} of ${of}\\)`);
  for (let n = 1; n <= 12; n++) expect(calendarText, `date ${n} of 12`).toMatch(onDate(letter!, n, 12));
  expect(calendarText).not.toMatch(onDate(letter!, 1, 13));
  // Principals meeting principals: under one letter, on four dates, principals on both sides.
  const peerLetter = /\b([A-Z]{1,2}) Principals meet other principals/.exec(calendarText)?.[1];
  expect(peerLetter, 'the peer commitment has a letter').toBeTruthy();
  for (let n = 1; n <= 4; n++) expect(calendarText, `peer date ${n} of 4`).toMatch(onDate(peerLetter!, n, 4));
  expect(calendarText).toContain('Principal with Principal');
  expect(text).not.toContain('Communication plan');
});
