/**
 * A district office's library: import a backup of 50 charters (after seeing what
 * it will do), find one, duplicate it for another school, delete and undo,
 * compare two revisions, and back the whole library up again.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { fixture, jsonFile, libraryItems, openCharterFile, openLibrary, readDownload } from './app';

const SCHOOLS = [
  'Willow Creek', 'Eastgate', 'Hillcrest', 'Lakeview', 'Northfield', 'Oak Ridge', 'Pine Hollow', 'Riverbend', 'Sunnyside', 'Westwood',
  'Brookside', 'Cedar Park', 'Elm Street', 'Fairview', 'Glenwood', 'Harbor View', 'Highland', 'Jefferson', 'King’s Landing', 'Lincoln',
  'Meadowbrook', 'Mountain View', 'Parkside', 'Prairie Wind', 'Quail Run', 'Redwood', 'Rosewood', 'Sierra Vista', 'Stonebridge', 'Summit',
  'Timberline', 'Valley Oak', 'Vista Grande', 'Walnut Grove', 'Washington', 'Whitney', 'Wildflower', 'Woodland', 'Aspen', 'Birchwood',
  'Clearwater', 'Desert Sky', 'Evergreen', 'Foxhollow', 'Goldenrod', 'Hawthorne', 'Ironwood', '<b>Juniper</b>',
];

/** WCAG 2.2 AA problems axe finds on the page, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

function backupOf50() {
  const signed = fixture('riverside-signed.json');
  const draft = fixture('riverside-draft.json');
  // The annual review: revision 2 changes the mathematics model and adds an expectation.
  const rev2 = structuredClone(signed) as Record<string, any>;
  Object.assign(rev2, {
    id: 'e2e-riverside-rev2',
    revision: 2,
    previousRevisionId: signed.id,
    status: 'draft',
    signatures: [],
    lockedAt: null,
    fingerprint: null,
    title: 'Literacy and mathematics improvement charter, year 2',
    createdAt: '2027-06-01T09:00:00.000Z',
    updatedAt: '2027-06-02T09:00:00.000Z',
  });
  const maths = rev2.decisions.find((d: { model: number }) => d.model === 3);
  maths.model = 2;
  maths.rationale = 'Schools are ready to choose their own routes to the district’s mathematics priority.';
  rev2.expectations.push({ ...rev2.expectations[0], id: 'e2e-new-expectation', what: 'Each middle school shares its mathematics plan with the others by October.' });
  const schools = SCHOOLS.map((school, i) => ({
    ...structuredClone(draft),
    id: `e2e-school-${i}`,
    title: `Reading charter — ${school}`,
    inScope: `${school} Elementary`,
    updatedAt: new Date(Date.UTC(2026, 8, 1 + i)).toISOString(),
  }));
  return { format: 'same-playbook/backup', version: 1, exportedAt: '2026-10-01T09:00:00.000Z', charters: [signed, rev2, ...schools] };
}

test('import a backup of 50 charters, search, duplicate, delete and undo, compare two revisions, back up', async ({ page }) => {
  test.slow();
  const backup = backupOf50();
  expect(backup.charters).toHaveLength(50);
  await openLibrary(page);

  // The backup is previewed; nothing changes until the user agrees.
  await openCharterFile(page, jsonFile('library-backup.json', backup));
  const preview = page.getByRole('region', { name: 'Before anything changes: what this backup would do' });
  await expect(preview).toContainText('holds 50 charters');
  await expect(preview).toContainText('50 charters would be added');
  await expect(page.getByText('No charters yet')).toBeVisible();
  expect(await axeProblems(page), 'the import preview').toEqual([]);
  await preview.getByRole('button', { name: 'Add 50 charters' }).click();
  await expect(page.getByText('Imported 50 charters from the backup.')).toBeVisible();
  await expect(page.getByText('Showing 1–50 of 50 entries.')).toBeVisible();
  await expect(libraryItems(page)).toHaveCount(50);
  // Text from the file is shown as text.
  await expect(libraryItems(page).filter({ hasText: 'Reading charter — <b>Juniper</b>' })).toHaveCount(1);
  expect(await axeProblems(page), 'the library with 50 charters').toEqual([]);

  // Search.
  const search = page.getByLabel('Search');
  await search.fill('willow creek');
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page).first()).toContainText('Reading charter — Willow Creek');

  // Duplicate it for another school.
  await page.getByRole('button', { name: 'Duplicate Reading charter — Willow Creek' }).click();
  await page.getByLabel('Title of the copy').fill('Reading charter — Maple Grove');
  await page.getByLabel('In scope (schools or grade bands)').fill('Maple Grove Elementary');
  await page.getByRole('button', { name: 'Make the copy' }).click();
  await expect(page.getByText('Made “Reading charter — Maple Grove”, a copy with no signatures.')).toBeVisible();
  await search.fill('maple');
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page).first()).toContainText('Maple Grove Elementary');
  await expect(libraryItems(page).first()).toContainText('Revision 1');

  // 51 entries now: two pages.
  await search.fill('');
  await expect(page.getByText('Showing 1–50 of 51 entries, page 1 of 2.')).toBeVisible();
  await page.getByRole('button', { name: 'Next page →' }).click();
  await expect(libraryItems(page)).toHaveCount(1);
  await page.getByRole('button', { name: '← Previous page' }).click();

  // Delete, then undo.
  await search.fill('willow');
  await page.getByRole('button', { name: 'Delete Reading charter — Willow Creek' }).click();
  await expect(page.getByText('Deleted “Reading charter — Willow Creek”.')).toBeVisible();
  await expect(page.getByText('No charter matches “willow”.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page).first()).toContainText('Reading charter — Willow Creek');

  // Filter by status: the superseded revision 1.
  await search.fill('');
  await page.getByLabel('Status').selectOption('superseded');
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page).first()).toContainText('Literacy and mathematics improvement charter');
  await expect(libraryItems(page).first()).toContainText('Replaced');
  await page.getByLabel('Status').selectOption('all');

  // Compare the two revisions.
  await search.fill('year 2');
  await page.getByRole('link', { name: 'Revisions (2)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Revisions of “Literacy and mathematics improvement charter, year 2”');
  await expect(page.getByRole('list', { name: 'Revisions, oldest first' }).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText(/\d+ things changed between revision 1 and revision 2\./)).toBeVisible();
  const models = page.getByRole('region', { name: /Focus areas and agreed models/ });
  const agreed = models.getByRole('row', { name: /^Agreed model/ });
  await expect(agreed.locator('del')).toHaveText('Model 3: School sets priorities and controls actions');
  await expect(agreed.locator('ins')).toHaveText('Model 2: District sets priorities, school controls actions');
  // Within a sentence, only the words that changed are marked.
  const why = models.getByRole('row', { name: /^Why this model/ });
  await expect(why.locator('ins').first()).toBeVisible();
  await expect(why).toContainText('Schools are ready to choose their own routes');
  const expectations = page.getByRole('region', { name: /^Expectations/ });
  await expect(expectations).toContainText('Each middle school shares its mathematics plan with the others by October.');
  await expect(expectations.getByText('Added', { exact: true })).toBeVisible();
  expect(await axeProblems(page), 'the comparison of two revisions').toEqual([]);
  // Comparing the other way round swaps the sides.
  await page.getByLabel('Compare', { exact: true }).selectOption({ label: 'Revision 2' });
  await page.getByLabel('with', { exact: true }).selectOption({ label: 'Revision 1' });
  await expect(page.getByText(/\d+ things changed between revision 2 and revision 1\./)).toBeVisible();
  await page.getByRole('link', { name: 'All charters', exact: true }).click();

  // Back up the whole library: every revision, versioned.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Back up the library' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^same-playbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse((await readDownload(download)).toString('utf8'));
  expect(saved).toMatchObject({ format: 'same-playbook/backup', version: 1 });
  expect(saved.charters).toHaveLength(51);

  // One charter as a file.
  await search.fill('maple');
  const [one] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the charter file of Reading charter — Maple Grove' }).click(),
  ]);
  const file = JSON.parse((await readDownload(one)).toString('utf8'));
  expect(file).toMatchObject({ format: 'same-playbook/charter', title: 'Reading charter — Maple Grove', signatures: [] });
});

test('a backup with one bad charter is refused whole, naming the charter and the problem', async ({ page }) => {
  await openLibrary(page);
  const backup = backupOf50();
  const text = JSON.stringify(backup).replace('"e2e-school-5"', '"e2e-school-5","__proto__":{"polluted":true}');
  await openCharterFile(page, jsonFile('bad-backup.json', text));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('That file was not opened.');
  await expect(alert).toContainText('The file contains a key named "__proto__" (at charters[7])');
  await expect(alert).toContainText('Your library has not changed.');

  const wrong = backupOf50();
  (wrong.charters[3] as Record<string, unknown>).revision = 'three';
  await openCharterFile(page, jsonFile('bad-backup.json', wrong));
  await expect(page.getByRole('alert')).toContainText('charters[3] (“Reading charter — Eastgate”): The charter file is not valid: revision has the wrong type');
  await expect(page.getByText('No charters yet')).toBeVisible();
});
