/**
 * Opening charter files: bad files are refused with a message naming the
 * problem and leave the library as it was; a good file opens; opening a file
 * already in the library asks before replacing anything.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectSaved, expectStage, fixture, jsonFile, libraryItems, openCharterFile, openLibrary } from './app';

// A control that is not there fails in seconds, not at the end of the test's time.
test.use({ actionTimeout: 10_000 });

const backToLibrary = (page: Page) => page.getByRole('link', { name: 'Same Playbook: back to all charters' }).click();

/** A valid charter under a new id, so that wrongly accepting it would add a row to the library. */
function freshCharter(): Record<string, unknown> {
  return { ...fixture('riverside-draft.json'), id: 'e2e-not-in-library', title: 'Must never appear' };
}

function without(value: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...value };
  delete copy[key];
  return copy;
}

const BAD_FILES: { what: string; file: { name: string; buffer: Buffer }; problem: string | RegExp }[] = [
  {
    what: 'broken JSON',
    file: jsonFile('broken.json', JSON.stringify(freshCharter()).slice(0, 200)),
    problem: /The file is not valid JSON \(.+\)\./,
  },
  {
    what: 'an empty file',
    file: jsonFile('empty.json', ''),
    problem: 'The file is not valid JSON',
  },
  {
    what: 'JSON that is not an object',
    file: jsonFile('list.json', [freshCharter()]),
    problem: 'expected a JSON object',
  },
  {
    what: 'another program’s file',
    file: jsonFile('package.json', { name: 'same-playbook', version: '0.1.0' }),
    problem: 'This is not a Same Playbook charter file: "format" must be "same-playbook/charter".',
  },
  {
    what: 'a wrong format',
    file: jsonFile('wrong-format.json', { ...freshCharter(), format: 'same-playbook/agenda' }),
    problem: '"format" must be "same-playbook/charter"',
  },
  {
    what: 'a newer version',
    file: jsonFile('v99.json', { ...freshCharter(), version: 99 }),
    problem: 'This charter file was made by a newer version of Same Playbook',
  },
  {
    what: 'no version',
    file: jsonFile('no-version.json', without(freshCharter(), 'version')),
    problem: 'This charter file has no "version"',
  },
  {
    what: 'a missing field',
    file: jsonFile('no-district.json', without(freshCharter(), 'district')),
    problem: 'district is missing',
  },
  {
    what: 'a wrong type deep inside',
    file: jsonFile('wrong-type.json', {
      ...freshCharter(),
      team: (freshCharter().team as object[]).map((m, i) => (i === 0 ? { ...m, signatory: 'yes' } : m)),
    }),
    problem: 'team[0].signatory has the wrong type',
  },
  {
    what: 'a number written as text',
    file: jsonFile('revision-text.json', { ...freshCharter(), revision: '1' }),
    problem: 'revision has the wrong type',
  },
  {
    what: 'a field no charter has',
    file: jsonFile('extra.json', { ...freshCharter(), script: '<script>alert(1)</script>' }),
    problem: 'script is not a field of a charter file',
  },
  {
    what: 'a reference to nothing',
    // A real signature from the signed fixture, pointing at someone not on the team.
    file: jsonFile('dangling.json', {
      ...freshCharter(),
      signatures: [{ ...(fixture('riverside-signed.json').signatures as object[])[0], memberId: 'nobody' }],
    }),
    problem: 'signatures[0].memberId points at no team member',
  },
  {
    what: 'a file over 5 MB',
    file: {
      name: 'huge.json',
      // Valid JSON, just too big: the size alone must be enough to refuse it.
      buffer: Buffer.from(JSON.stringify({ ...freshCharter(), inScope: 'x'.repeat(5 * 1024 * 1024) })),
    },
    problem: 'The file is larger than 5 MB',
  },
];

test('bad charter files are refused with a message naming the problem, and the library stays as it was', async ({ page }) => {
  await openLibrary(page);
  // Start with one charter in the library.
  await openCharterFile(page, jsonFile('riverside-draft.json', fixture('riverside-draft.json')));
  await expectStage(page, 'setup');
  await backToLibrary(page);
  await expect(libraryItems(page)).toHaveCount(1);
  const before = await libraryItems(page).allInnerTexts();

  for (const bad of BAD_FILES) {
    await test.step(bad.what, async () => {
      await openCharterFile(page, bad.file);
      const alert = page.getByRole('alert');
      await expect(alert).toContainText('That file was not opened.');
      await expect(alert).toContainText(bad.problem);
      await expect(alert).toContainText('Your library has not changed.');
      await expect(page).toHaveURL(/#\/$|\/$/);
      await expect(libraryItems(page)).toHaveCount(1);
      expect(await libraryItems(page).allInnerTexts()).toEqual(before);
      await expect(page.getByText('Must never appear')).toHaveCount(0);
    });
  }

  // After a reload the library is still just the one charter.
  await page.reload();
  await expect(libraryItems(page)).toHaveCount(1);
  expect(await libraryItems(page).allInnerTexts()).toEqual(before);

  // And a good file still opens afterwards, clearing the old message.
  const signed = fixture('riverside-signed.json');
  await openCharterFile(page, jsonFile('riverside-signed.json', signed));
  await expectStage(page, 'setup');
  await expect(page.getByRole('banner')).toContainText(signed.title as string);
  await backToLibrary(page);
  await expect(libraryItems(page)).toHaveCount(2);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('opening a file already in the library asks before replacing the draft', async ({ page }) => {
  const original = fixture('riverside-draft.json');
  await openLibrary(page);
  await openCharterFile(page, jsonFile('riverside-draft.json', original));
  await expectStage(page, 'setup');
  await expect(page.getByLabel('Charter title')).toHaveValue(original.title as string);

  // Edit the draft in the app.
  await page.getByLabel('Charter title').fill('Reading charter, edited in the room');
  await expectSaved(page);
  await backToLibrary(page);
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page)).toContainText('Reading charter, edited in the room');

  // The same file again: the app asks, and "Keep mine" keeps the edit.
  await openCharterFile(page, jsonFile('riverside-draft.json', original));
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText(`“${original.title as string}” (revision 1) is already in your library`);
  await expect(ask).toContainText('Replace it with the file’s version?');
  await ask.getByRole('button', { name: 'Keep mine' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page)).toContainText('Reading charter, edited in the room');

  // Asked again, "Replace it" puts the file's version in place of the edit.
  await openCharterFile(page, jsonFile('riverside-draft.json', original));
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace it' }).click();
  await expectStage(page, 'setup');
  await expect(page.getByLabel('Charter title')).toHaveValue(original.title as string);
  await backToLibrary(page);
  await expect(libraryItems(page)).toHaveCount(1);
  await expect(libraryItems(page)).toContainText(original.title as string);
  await expect(libraryItems(page)).not.toContainText('edited in the room');
});
