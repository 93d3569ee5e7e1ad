/**
 * A leadership retreat: three focus areas, eight people. The facilitator types
 * everyone's views with the keyboard alone, reveals them, the room decides two
 * focus areas and parks the third; the review and the signed PDF show it all.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  createCharter,
  expectStage,
  fillExpectations,
  fillReflect,
  fillRoles,
  fillSetup,
  fixture,
  focusAreaTab,
  goNext,
  goVia,
  jsonFile,
  openCharterFile,
  openLibrary,
  readDownload,
  signEveryone,
  type CharterPlan,
} from './app';
import { flat, pdfText } from './pdfText';

type M = 1 | 2 | 3 | 4;

const PEOPLE: CharterPlan['team'] = [
  { name: 'José Ñúñez', title: 'Superintendent', side: 'district', signs: true },
  { name: 'Nguyễn Thị Minh', title: 'Principal, Eastgate Elementary', side: 'school', signs: true },
  { name: 'Zoë Łukasiewicz', title: 'Assistant Superintendent', side: 'district', signs: true },
  { name: 'Αλέξανδρος Παπαδόπουλος', title: 'Principal, Hillcrest Middle', side: 'school', signs: true },
  { name: 'Ольга Иванова', title: 'Director of Special Education', side: 'district', signs: false },
  { name: 'Siobhán O’Connor', title: 'Teacher leader, grade 3', side: 'school', signs: false },
  { name: 'Dmitri Sokolov', title: 'Principal, Northside High', side: 'school', signs: false },
  { name: 'Renée Fontaine', title: 'Director of Curriculum', side: 'district', signs: false },
];

/** Each focus area: what each of the 8 people says [now, should be], in team order. */
const VIEWS: Record<string, Array<[M, M]>> = {
  'Elementary reading': [[2, 1], [2, 1], [2, 1], [2, 2], [2, 1], [2, 1], [1, 3], [2, 2]],
  'Middle school mathematics': [[2, 3], [2, 3], [3, 3], [2, 2], [2, 3], [1, 2], [2, 3], [2, 3]],
  'Family engagement': [[3, 1], [3, 3], [3, 1], [3, 3], [4, 1], [3, 3], [3, 1], [4, 3]],
};

const PLAN: CharterPlan = {
  district: 'Lakeshore Unified School District',
  title: 'Retreat charter 2026–27',
  inScope: 'All 14 elementary schools; the three middle schools for mathematics.',
  outOfScope: 'Secondary schools for reading, for now.',
  facilitator: 'Dr. Amara Okafor',
  focusAreas: [
    { name: 'Elementary reading', scope: 'Elementary schools only; secondary left out for now', now: 2, shouldBe: 1, agreed: 1, rationale: 'The same gap in foundational reading shows up in every elementary school.' },
    { name: 'Middle school mathematics', scope: 'Middle schools (6–8)', now: 2, shouldBe: 3, agreed: 3, rationale: 'Each middle school has a sound plan of its own and a record of improvement.' },
    { name: 'Family engagement', scope: 'All schools', now: 3, shouldBe: 1, agreed: 1, rationale: '' },
  ],
  team: PEOPLE,
  reflection: {
    whyNow: 'Reading scores have been flat for three years.',
    dataShows: 'The reading gap is the same across elementary schools; mathematics differs by school.',
  },
  template: 'Agree the resources the work needs, including professional development, before the school year starts.',
  ownExpectation: {
    what: 'Send every principal a one-page progress summary for each focus area.',
    owner: 'Central office',
    cadence: 'Monthly',
    evidence: 'Summary filed in the shared district folder',
  },
};

const PARKED_NOTE =
  'Principals want each school to lead family engagement; the district office wants one approach. We decide at the January review, after the family survey.';

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { role: el?.getAttribute('role') ?? el?.tagName.toLowerCase(), label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '' };
  });

test('a retreat: eight people’s views typed by keyboard, revealed, two models agreed and one parked, all in the PDF', async ({ page }, testInfo) => {
  test.slow();
  await openLibrary(page);
  await createCharter(page);
  await fillSetup(page, PLAN);
  await goNext(page, 'reflect');
  await fillReflect(page, PLAN);
  await page.getByLabel('What data did we review?').fill('Fall and winter reading screening for 2023–2026, and 42 classroom observations.');
  await page.getByLabel('What are the root causes?').fill('Foundational reading is taught differently in every building.');
  await goNext(page, 'models');
  await goNext(page, 'positions');

  // ---- Take positions, keyboard only ---------------------------------------------------
  // The views are typed blind: the grid shows only ✓ until the reveal.
  const areas = PLAN.focusAreas.map((f) => f.name);
  for (const [a, area] of areas.entries()) {
    if (a > 0) {
      // Back to the tabs (Shift+Tab from the Reveal button), then → to the next focus area.
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page)).role).toBe('tab');
      await page.keyboard.press('ArrowRight');
      await expect(focusAreaTab(page, area)).toBeFocused();
      await page.keyboard.press('Tab'); // the Reveal button
      await page.keyboard.press('Tab'); // the first person's "now"
    }
    // Arriving on the stage, the entry grid already has the focus: the keys work at once.
    await expect(focusAreaTab(page, area)).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel')).toContainText('Views stay hidden until you reveal them');
    expect(await focused(page)).toEqual({ role: 'gridcell', label: `${PEOPLE[0].name}, now: not given` });
    await expect(page.getByText(`Keys 1–4 record for ${PEOPLE[0].name}, now.`)).toBeVisible();
    for (const [now, should] of VIEWS[area]) {
      await page.keyboard.press(String(now));
      await page.keyboard.press(String(should));
    }
    // Nothing given away before the reveal.
    await expect(page.getByRole('gridcell', { name: /model \d/ })).toHaveCount(0);
    await expect(page.getByRole('gridcell', { name: /recorded, hidden/ })).toHaveCount(16);
    await expect(focusAreaTab(page, area)).toContainText('8/8');
    await expect(page.locator('.dot')).toHaveCount(0);
    if (a === 0) await page.screenshot({ path: testInfo.outputPath('positions-hidden.png') });

    await page.keyboard.press('Shift+Tab');
    await expect(page.getByRole('button', { name: 'Reveal the views' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Hide the views' })).toBeFocused();
  }

  // The room's views in plain words, per focus area.
  const SUMMARIES: Record<string, string[]> = {
    'Elementary reading': [
      'Today: 7 see model 2, 1 model 1.',
      'Should be: 5 want model 1, 2 model 2, 1 model 3.',
      '6 would move away from the model they see today; 2 would keep it.',
    ],
    'Middle school mathematics': [
      'Today: 6 see model 2, 1 model 1, 1 model 3.',
      'Should be: 6 want model 3, 2 model 2.',
      '6 would move away from the model they see today; 2 would keep it.',
    ],
    'Family engagement': [
      'Today: 6 see model 3, 2 model 4.',
      'Should be: 4 want model 1, 4 model 3 (a tie).',
      '5 would move away from the model they see today; 3 would keep it.',
    ],
  };
  const panel = page.getByRole('tabpanel');
  for (const area of areas) {
    await focusAreaTab(page, area).press('Enter');
    for (const line of SUMMARIES[area]) await expect(panel).toContainText(line);
  }

  // The 2×2 of the first focus area: 16 dots (8 now, 8 should be), each person's initials, none hiding another.
  await focusAreaTab(page, areas[0]).press('Enter');
  const grid = page.getByRole('group', { name: 'The room’s views on Elementary reading' });
  await expect(grid.locator('.dot')).toHaveCount(16);
  await expect(grid.getByRole('group', { name: /^Model 2: .*Now: José Ñúñez, Nguyễn Thị Minh,/ })).toHaveCount(1);
  await expect(grid.locator('[data-model="2"] .dot.ring')).toHaveCount(7);
  await expect(grid.locator('[data-model="1"] .dot.square')).toHaveCount(5);
  await expect(grid.locator('[data-model="2"] .dot.ring').first()).toHaveText('JÑ');
  const overlaps = async () =>
    grid.locator('.dot').evaluateAll((dots) => {
      const boxes = dots.map((d) => d.getBoundingClientRect());
      const bad: string[] = [];
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b, j) => {
          if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) bad.push(`${i}/${i + 1 + j}`);
        }),
      );
      // Every dot inside its cell, too.
      dots.forEach((d, i) => {
        const cell = d.closest('.cell')!.getBoundingClientRect();
        const r = boxes[i];
        if (r.left < cell.left || r.right > cell.right || r.top < cell.top || r.bottom > cell.bottom) bad.push(`${i} outside its cell`);
      });
      return bad;
    });
  expect(await overlaps()).toEqual([]);

  // Type size on this stage, for the back of the room: every piece of text is at least 24 px.
  const sizes = await page.locator('.positions-stage').evaluate((root) => {
    const out: Array<{ text: string; px: number }> = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      if (!n.textContent?.trim() || el.closest('.visually-hidden') || el.getClientRects().length === 0) continue;
      out.push({ text: n.textContent.trim().slice(0, 40), px: parseFloat(getComputedStyle(el).fontSize) });
    }
    return out;
  });
  const smallest = Math.min(...sizes.map((s) => s.px));
  const body = sizes.filter((s) => s.text.startsWith('Today: 7 see model 2'))[0];
  console.log(`positions stage at 1280×720: ${sizes.length} text runs, smallest ${smallest}px, summary ${body?.px}px`);
  testInfo.annotations.push({ type: 'font-size', description: `smallest ${smallest}px over ${sizes.length} text runs` });
  expect(sizes.filter((s) => s.px < 24), 'text under 24 px').toEqual([]);

  // Scroll so the focus-area tabs sit just under the sticky header, as a facilitator would.
  await page.evaluate(() => {
    const tabs = document.querySelector('[role="tablist"]')!.getBoundingClientRect();
    const header = document.querySelector('header')!.getBoundingClientRect();
    window.scrollBy(0, tabs.top - header.bottom - 8);
  });
  await page.screenshot({ path: testInfo.outputPath('positions-2x2-initials.png') });
  // Names on demand, still without overlap.
  await page.getByRole('button', { name: 'Show names' }).press('Enter');
  await expect(grid.locator('[data-model="2"] .dot.ring').first()).toHaveText('José');
  expect(await overlaps()).toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('positions-2x2-names.png') });
  await page.screenshot({ path: testInfo.outputPath('positions-full.png'), fullPage: true });

  // A view can be corrected after the reveal, still by keyboard: Dmitri (row 7) now sees model 2.
  await page.getByRole('gridcell', { name: 'Dmitri Sokolov, now: model 1' }).focus();
  await page.keyboard.press('2');
  await expect(panel).toContainText('Today: all 8 see model 2. Should be: 5 want model 1, 2 model 2, 1 model 3.');
  await expect(page.getByRole('gridcell', { name: 'Dmitri Sokolov, should be: model 3' })).toBeFocused();

  // ---- Decide: two models agreed, one parked --------------------------------------------
  await goNext(page, 'decide');
  const reading = page.getByRole('region', { name: 'Elementary reading', exact: true });
  await expect(reading).toContainText('The room’s views: Today: all 8 see model 2. Should be: 5 want model 1, 2 model 2, 1 model 3.');
  await reading.getByRole('group', { name: 'Agreed model' }).getByRole('radio', { name: /^Model 1\b/ }).check();
  // Today's model comes from the room's most common view; the shift 2 → 1 is spelled out.
  await expect(reading.getByRole('group', { name: 'Where we operate today' }).getByRole('radio', { name: 'Model 2' })).toBeChecked();
  const shift = reading.getByRole('region', { name: 'The shift for Elementary reading' });
  await expect(shift).toContainText('From model 2 to model 1: the district now specifies the actions and the support; schools implement and report.');
  await expect(shift).toContainText('Specify the actions: the approach, the materials, the training and the timetable.');
  await expect(shift).toContainText('Designing their own strategies for this priority.');
  await expect(shift).toContainText('a large district in Idaho saw that it worked under model 2 while the data called for model 1');
  await reading.getByLabel('Why this model').fill(PLAN.focusAreas[0].rationale);
  await reading.getByRole('button', { name: /Add “Data we reviewed” from the reflection/ }).click();
  await expect(reading.getByLabel('The evidence it rests on')).toHaveValue(
    'Data we reviewed: Fall and winter reading screening for 2023–2026, and 42 classroom observations.',
  );
  await expect(reading.getByRole('button', { name: /Add “Data we reviewed”/ })).toBeDisabled();

  const maths = page.getByRole('region', { name: 'Middle school mathematics', exact: true });
  await maths.getByRole('group', { name: 'Agreed model' }).getByRole('radio', { name: /^Model 3\b/ }).check();
  await expect(maths.getByRole('region', { name: 'The shift for Middle school mathematics' })).toContainText(
    'From model 2 to model 3: schools now choose the priority as well as the route to it.',
  );
  await maths.getByLabel('Why this model').fill(PLAN.focusAreas[1].rationale);

  const family = page.getByRole('region', { name: 'Family engagement', exact: true });
  await expect(family).toContainText('Should be: 4 want model 1, 4 model 3 (a tie).');
  await family.getByRole('radio', { name: /^Not agreed yet/ }).check();
  const note = family.getByLabel('What is parked, and when will you come back to it?');
  await expect(note).toHaveAttribute('aria-invalid', 'true');
  // What is still open is counted beside Next; the count opens the list.
  await page.getByRole('button', { name: /^1 open before you go on/ }).click();
  await expect(page.getByText('Say what is parked for “Family engagement” and when you will come back to it.')).toBeVisible();
  await note.fill(PARKED_NOTE);
  await expect(note).toHaveAttribute('aria-invalid', 'false');
  await expect(page.getByText('Before you go on:')).toHaveCount(0);

  // ---- Roles, expectations, review --------------------------------------------------------
  await goNext(page, 'roles');
  await fillRoles(page, PLAN);
  await goNext(page, 'expectations');
  await fillExpectations(page, PLAN);
  await goNext(page, 'review');
  const doc = page.getByRole('article', { name: 'The charter' });
  await expect(doc).toContainText('Model 1: District sets priorities and controls actions');
  await expect(doc).toContainText('Model 3: School sets priorities and controls actions');
  await expect(doc).toContainText('Not decided: parked');
  await expect(doc).toContainText('Parked disagreements (1)');
  await expect(doc).toContainText(PARKED_NOTE);
  await expect(doc).toContainText('From model 2 to model 1: the district now specifies the actions and the support; schools implement and report.');
  await expect(doc).toContainText('From model 2 to model 3: schools now choose the priority as well as the route to it.');
  await expect(doc).toContainText('Today: all 8 see model 2. Should be: 5 want model 1, 2 model 2, 1 model 3.');

  // ---- Sign (typed names) and export the PDF ----------------------------------------------
  await goNext(page, 'sign');
  await signEveryone(page, PLAN);
  await goNext(page, 'export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the PDF' }).click()]);
  const { text } = await pdfText(await readDownload(download));
  const all = flat(text);
  for (const line of [
    'Elementary reading Scope Elementary schools only; secondary left out for now Agreed model Model 1: District sets priorities and controls actions',
    'Middle school mathematics Scope Middle schools (6–8) Agreed model Model 3: School sets priorities and controls actions',
    'Family engagement Scope All schools Agreed model Not decided: the disagreement is parked',
    'From model 2 to model 1: the district now specifies the actions and the support; schools implement and report.',
    'From model 2 to model 3: schools now choose the priority as well as the route to it.',
    'Today: all 8 see model 2. Should be: 5 want model 1, 2 model 2, 1 model 3.',
    'Parked disagreements (1)',
    PARKED_NOTE,
    PLAN.focusAreas[0].rationale,
  ]) {
    expect(all, line).toContain(line);
  }
  await expectStage(page, 'export');
});

test('a show of hands instead of person by person, with the switch confirmed', async ({ page }) => {
  await openLibrary(page);
  await createCharter(page);
  await fillSetup(page, { ...PLAN, focusAreas: PLAN.focusAreas.slice(0, 1) });
  await goNext(page, 'reflect');
  await goNext(page, 'models');
  await goNext(page, 'positions');
  await page.getByRole('gridcell', { name: `${PEOPLE[0].name}, now:` }).click();
  await page.keyboard.press('2');
  await page.getByRole('radio', { name: 'Show of hands' }).check();
  // Switching would lose José's view, so it asks first.
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('clears the views recorded so far for Elementary reading');
  await alert.getByRole('button', { name: 'Switch and clear' }).click();
  await page.getByLabel('Model 2, now: how many hands').fill('7');
  await page.getByLabel('Model 1, now: how many hands').fill('2');
  await page.getByLabel('Model 1, should be: how many hands').fill('5');
  await page.getByLabel('Model 2, should be: how many hands').fill('4');
  await page.getByRole('button', { name: 'Reveal the views' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Today: 7 see model 2, 2 model 1. Should be: 5 want model 1, 4 model 2.');
  await expect(page.getByRole('group', { name: /^Model 2: .*Now: 7\. Should be: 4\./ })).toHaveCount(1);
});

test('a signed charter shows its shifts, the room’s views and the parked disagreement, read-only', async ({ page }, testInfo) => {
  await openLibrary(page);
  await openCharterFile(page, jsonFile('large-signed.json', fixture('large-signed.json')));
  await page.waitForURL(/#\/charter\//);
  await goVia(page, 'positions');
  // Browsing the focus areas and showing names still works on a locked charter; editing does not.
  await focusAreaTab(page, 'Graduation').click();
  await expect(page.getByRole('tabpanel')).toContainText('Today: 6 see model 2, 2 model 3, 1 model 1, 1 model 4. Should be: 7 want model 3, 3 model 2.');
  await page.screenshot({ path: testInfo.outputPath('positions-tally.png') });
  await focusAreaTab(page, 'Reading').click();
  await page.getByRole('button', { name: 'Show names' }).click();
  await expect(page.getByRole('button', { name: 'Show initials' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the views' })).toBeDisabled();
  await page.screenshot({ path: testInfo.outputPath('positions-signed.png') });

  await goVia(page, 'decide');
  await expect(page.getByRole('region', { name: 'Family engagement', exact: true }).getByRole('radio', { name: /^Not agreed yet/ })).toBeChecked();
  await page.getByRole('region', { name: 'Reading', exact: true }).screenshot({ path: testInfo.outputPath('decide-reading.png') });
  await page.getByRole('region', { name: 'Family engagement', exact: true }).screenshot({ path: testInfo.outputPath('decide-parked.png') });

  await goVia(page, 'review');
  const doc = page.getByRole('article', { name: 'The charter' });
  await expect(doc).toContainText('Parked disagreements (1)');
  await expect(doc).toContainText('Principals want each school to lead family engagement');
  await expect(doc).toContainText('From model 1 to model 3: the district hands both the priority and the actions to schools.');
  await doc.locator('[data-focus-area]').first().screenshot({ path: testInfo.outputPath('review-first-area.png') });
  await doc.getByText('Parked disagreements (1)').locator('..').screenshot({ path: testInfo.outputPath('review-parked.png') });
});
