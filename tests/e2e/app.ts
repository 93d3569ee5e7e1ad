/**
 * What the end-to-end tests do in the app, in a user's terms: the labels, buttons
 * and headings a person sees. Shared by the journey, guard, import and safety tests.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${FIXTURES}${name}`, 'utf8')) as Record<string, unknown>;
}

/** The stage titles, in workflow order, as the sidebar and the buttons show them. */
export const STAGE_TITLES = {
  setup: 'Set up',
  reflect: 'Reflect',
  models: 'Explore the models',
  positions: 'Take positions',
  decide: 'Decide',
  roles: 'Roles and decision rights',
  expectations: 'Expectations',
  review: 'Review',
  sign: 'Sign off',
  export: 'Export',
} as const;
export type StageId = keyof typeof STAGE_TITLES;

export const MODEL_NAMES = {
  1: 'District sets priorities and controls actions',
  2: 'District sets priorities, school controls actions',
  3: 'School sets priorities and controls actions',
  4: 'School sets priorities, district controls actions',
} as const;

export const stageHeading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

export async function expectStage(page: Page, stage: StageId): Promise<void> {
  await expect(stageHeading(page)).toHaveText(STAGE_TITLES[stage]);
  await expect(page).toHaveURL(new RegExp(`#/charter/[^/]+/${stage}$`));
  // The stage itself is drawn (its code loads when it is first shown; the heading comes with the frame).
  await expect(page.locator('#main .stage-fields > :not(.loading)').first()).toBeAttached();
  await expect(page.getByText('Opening this step…', { exact: true })).toHaveCount(0);
}

export const nextButton = (page: Page): Locator => page.getByRole('button', { name: /^Next: / });
export const backButton = (page: Page): Locator => page.getByRole('button', { name: /^← Back: / });
export const stepsNav = (page: Page): Locator => page.getByRole('navigation', { name: 'Charter steps' });

/** Press "Next: <title> →" and land on that stage. */
export async function goNext(page: Page, to: StageId): Promise<void> {
  await page.getByRole('button', { name: `Next: ${STAGE_TITLES[to]} →` }).click();
  await expectStage(page, to);
}

/** Jump with the sidebar. */
export async function goVia(page: Page, to: StageId): Promise<void> {
  await stepsNav(page).getByRole('link', { name: STAGE_TITLES[to], exact: true }).click();
  await expectStage(page, to);
}

/** Wait until the header says every change is saved. */
export async function expectSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: /Saved|Saving|Not saved/ })).toHaveText('✓ Saved');
}

/** Open the library on an empty browser profile (a fresh context has an empty IndexedDB). */
export async function openLibrary(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Charters' })).toBeVisible();
  await expect(page.getByText('Loading drafts…')).toHaveCount(0);
}

/** Press "New charter"; returns the new charter's id from the URL. */
export async function createCharter(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'New charter' }).click();
  await expectStage(page, 'setup');
  const id = /#\/charter\/([^/]+)\//.exec(page.url())?.[1];
  expect(id, 'the URL names the new charter').toBeTruthy();
  return decodeURIComponent(id!);
}

/** The charters the library lists. */
export const libraryItems = (page: Page): Locator => page.getByRole('list', { name: 'Your charters' }).getByRole('listitem');

/** Open a charter file from the library, as the hidden file input would receive it. */
export async function openCharterFile(
  page: Page,
  file: { name: string; mimeType?: string; buffer: Buffer },
): Promise<void> {
  await page.getByLabel('Charter file to open').setInputFiles({ mimeType: 'application/json', ...file });
}

export function jsonFile(name: string, value: unknown): { name: string; buffer: Buffer } {
  return { name, buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) };
}

export async function readDownload(download: Download): Promise<Buffer> {
  const path = await download.path();
  expect(path, 'the download finished').toBeTruthy();
  return readFileSync(path!);
}

// ---------------------------------------------------------------------------
// Filling the stages
// ---------------------------------------------------------------------------

export interface Person {
  name: string;
  title: string;
  side: 'district' | 'school';
  signs: boolean;
}

export interface FocusAreaPlan {
  name: string;
  scope: string;
  now: 1 | 2 | 3 | 4;
  shouldBe: 1 | 2 | 3 | 4;
  agreed: 1 | 2 | 3 | 4;
  rationale: string;
}

export interface CharterPlan {
  district: string;
  title: string;
  inScope: string;
  outOfScope: string;
  facilitator: string;
  focusAreas: FocusAreaPlan[];
  team: Person[];
  reflection: { whyNow: string; dataShows: string };
  template: string;
  ownExpectation: { what: string; owner: string; cadence: string; evidence: string };
}

export const PLAN: CharterPlan = {
  district: 'Lakeshore Unified School District',
  title: 'Reading and mathematics charter 2026–27',
  inScope: 'All 14 elementary schools; the three middle schools for mathematics.',
  outOfScope: 'High schools, for this year.',
  facilitator: 'Dr. Amara Okafor',
  focusAreas: [
    {
      name: 'Elementary reading',
      scope: 'Elementary schools (K–5)',
      now: 3,
      shouldBe: 1,
      agreed: 1,
      rationale: 'Screening shows the same gap in foundational reading in every elementary school.',
    },
    {
      name: 'Middle school mathematics',
      scope: 'Grades 6–8',
      now: 1,
      shouldBe: 3,
      agreed: 2,
      rationale: 'The need is district-wide, but each middle school starts from a different place; schools are not yet ready to set their own priorities.',
    },
  ],
  team: [
    { name: 'José Ñúñez', title: 'Superintendent', side: 'district', signs: true },
    { name: 'Nguyễn Thị Minh', title: 'Principal, Eastgate Elementary', side: 'school', signs: true },
    { name: 'Zoë Łukasiewicz', title: 'Assistant Superintendent', side: 'district', signs: true },
    { name: 'Sam Okoro', title: 'Teacher leader, Hillcrest Middle', side: 'school', signs: false },
  ],
  reflection: {
    whyNow: 'Reading scores have been flat for three years while every school ran its own programme.',
    dataShows: 'The gap is the same across most elementary schools; in mathematics it differs by school.',
  },
  template: 'Agree the resources the work needs, including professional development, before the school year starts.',
  ownExpectation: {
    what: 'Send every principal a one-page progress summary for each focus area.',
    owner: 'Central office',
    cadence: 'Monthly',
    evidence: 'Summary filed in the shared district folder',
  },
};

export async function fillSetup(page: Page, plan: CharterPlan): Promise<void> {
  await page.getByLabel('District', { exact: true }).fill(plan.district);
  await page.getByLabel('Charter title').fill(plan.title);
  await page.getByLabel(/^In scope/).fill(plan.inScope);
  await page.getByLabel('Out of scope for now').fill(plan.outOfScope);
  await page.getByLabel('Facilitator').fill(plan.facilitator);

  for (const [i, f] of plan.focusAreas.entries()) {
    await page.getByRole('button', { name: '+ Add a focus area' }).click();
    const name = page.getByLabel(`Focus area ${i + 1}`, { exact: true });
    await expect(name, 'the new focus area takes the focus').toBeFocused();
    await name.fill(f.name);
    await page.getByLabel('Applies to').nth(i).fill(f.scope);
  }

  const team = page.getByRole('region', { name: 'The team' });
  for (const [i, m] of plan.team.entries()) {
    await team.getByRole('button', { name: '+ Add a person' }).click();
    const name = team.getByLabel('Name', { exact: true }).nth(i);
    await expect(name).toBeFocused();
    await name.fill(m.name);
    await team.getByLabel('Title', { exact: true }).nth(i).fill(m.title);
    await team.getByLabel('Side', { exact: true }).nth(i).selectOption({ label: m.side === 'district' ? 'District' : 'School' });
    await team.getByLabel('Signs', { exact: true }).nth(i).setChecked(m.signs);
  }
}

export async function fillReflect(page: Page, plan: CharterPlan): Promise<void> {
  await page.getByLabel('Why now?').fill(plan.reflection.whyNow);
  await page.getByLabel('What does the data show?').fill(plan.reflection.dataShows);
}

/** The tab of a focus area on Take positions. */
export const focusAreaTab = (page: Page, focusArea: string): Locator =>
  page.getByRole('tablist', { name: 'Focus areas' }).getByRole('tab').filter({ hasText: focusArea });

/** One person's view on Take positions: their "now" or "should be" cell in the entry grid. */
export const viewCell = (page: Page, person: string, which: 'now' | 'should'): Locator =>
  page.getByRole('gridcell', { name: `${person}, ${which === 'now' ? 'now' : 'should be'}:` });

/** What the room's views say, in words, once revealed (everyone in the plan gives the same view). */
export const unanimousViews = (plan: CharterPlan, f: FocusAreaPlan): string =>
  `Today: all ${plan.team.length} see model ${f.now}. Should be: all ${plan.team.length} want model ${f.shouldBe}.`;

/** Take positions: every person gives the plan's views, typed as digit pairs; then reveal them. */
export async function fillPositions(page: Page, plan: CharterPlan): Promise<void> {
  for (const f of plan.focusAreas) {
    await focusAreaTab(page, f.name).click();
    await viewCell(page, plan.team[0].name, 'now').click();
    for (let i = 0; i < plan.team.length; i++) {
      await page.keyboard.press(String(f.now));
      await page.keyboard.press(String(f.shouldBe));
    }
    await page.getByRole('button', { name: 'Reveal the views' }).click();
    await expect(page.getByRole('tabpanel')).toContainText(unanimousViews(plan, f));
  }
}

export const agreedRadio = (page: Page, focusArea: string, n: 1 | 2 | 3 | 4): Locator =>
  page
    .getByRole('region', { name: focusArea, exact: true })
    .getByRole('group', { name: 'Agreed model' })
    .getByRole('radio', { name: new RegExp(`^Model ${n}\\b`) });

export async function fillDecide(page: Page, plan: CharterPlan): Promise<void> {
  for (const f of plan.focusAreas) {
    await agreedRadio(page, f.name, f.agreed).check();
    await page.getByRole('region', { name: f.name, exact: true }).getByLabel('Why this model').fill(f.rationale);
  }
}

/** Roles: every decision domain is filled from each focus area's agreed model as the stage opens; check it was. */
export async function fillRoles(page: Page, plan: CharterPlan): Promise<void> {
  const first = plan.focusAreas[0];
  await expect(page.getByText(new RegExp(`${first.name} works under model ${first.agreed}`))).toBeVisible();
  await expect(page.getByText('⚠ No owner')).toHaveCount(0);
}

export const expectationCard = (page: Page, n: number): Locator => page.getByRole('region', { name: `Expectation ${n}`, exact: true });

export async function fillExpectations(page: Page, plan: CharterPlan): Promise<void> {
  await page.getByRole('button', { name: `Add: ${plan.template}`, exact: true }).click();
  await expect(expectationCard(page, 1).getByLabel('Expectation 1: what will be done')).toHaveValue(plan.template);

  await page.getByRole('button', { name: '+ Write your own' }).click();
  const own = expectationCard(page, 2);
  const what = own.getByLabel('Expectation 2: what will be done');
  await expect(what).toBeFocused();
  await what.fill(plan.ownExpectation.what);
  await own.getByLabel('Owner').selectOption({ label: plan.ownExpectation.owner });
  await own.getByLabel('How often').selectOption({ label: plan.ownExpectation.cadence });
  await own.getByLabel('Evidence it was done').fill(plan.ownExpectation.evidence);
}

/** Sign as one signatory by typing a name into their row. Returns the row. */
export async function signAs(page: Page, who: string, typed: string = who): Promise<Locator> {
  const row = page.getByRole('list', { name: 'Signatories' }).getByRole('listitem').filter({ hasText: who });
  await row.getByRole('checkbox', { name: /sign this charter electronically/ }).check();
  await row.getByLabel('Type your full name to sign').fill(typed);
  await row.getByRole('button', { name: `Sign as ${who}` }).click();
  return row;
}

/** From an empty library, walk every stage up to the review, filling each. */
export async function walkToReview(page: Page, plan: CharterPlan = PLAN): Promise<string> {
  const id = await createCharter(page);
  await fillSetup(page, plan);
  await goNext(page, 'reflect');
  await fillReflect(page, plan);
  await goNext(page, 'models');
  await goNext(page, 'positions');
  await fillPositions(page, plan);
  await goNext(page, 'decide');
  await fillDecide(page, plan);
  await goNext(page, 'roles');
  await fillRoles(page, plan);
  await goNext(page, 'expectations');
  await fillExpectations(page, plan);
  await goNext(page, 'review');
  await expect(page.getByRole('heading', { name: 'Ready to sign' })).toBeVisible();
  return id;
}

export async function signEveryone(page: Page, plan: CharterPlan = PLAN): Promise<void> {
  for (const m of plan.team.filter((p) => p.signs)) {
    const row = await signAs(page, m.name);
    await expect(row.getByLabel(`Signature of ${m.name}`)).toHaveText(m.name);
  }
  await expect(page.getByText(/Signed by all \d+ signatories and locked\./)).toBeVisible();
}
