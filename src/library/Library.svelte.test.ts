import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import Library from './Library.svelte';
import { db } from '../storage/db';
import { importCharters } from '../storage/drafts';
import { revise } from '../charter/signing';
import type { Charter } from '../charter/Charter';
import { makeBackup, serialiseBackup } from './backupFile';

const fixture = readFileSync('tests/fixtures/riverside-signed.json', 'utf8');
const SIGNED = JSON.parse(fixture) as Charter;
const DRAFT = JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;

async function chooseFile(text: string, name = 'charter.json') {
  const input = screen.getByLabelText('Charter file to open') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  // jsdom's File has no text(); browsers' does.
  Object.defineProperty(file, 'text', { value: async () => text });
  Object.defineProperty(file, 'arrayBuffer', { value: async () => new TextEncoder().encode(text).buffer });
  Object.defineProperty(file, 'slice', { value: () => ({ arrayBuffer: async () => new TextEncoder().encode(text.slice(0, 1024)).buffer }) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

const list = () => screen.getByRole('list', { name: 'Your charters' });
const items = () => within(list()).queryAllByRole('listitem');

describe('the drafts library', () => {
  beforeEach(async () => {
    await Promise.all(db().tables.map((t) => t.clear()));
    location.hash = '';
  });

  it('says there are no charters yet, then lists a new one', async () => {
    render(Library);
    await screen.findByText('No charters yet');
    await fireEvent.click(screen.getByRole('button', { name: 'New charter' }));
    await waitFor(() => expect(location.hash).toMatch(/^#\/charter\/[0-9a-f-]+\/setup$/));
    expect(await db().charters.count()).toBe(1);
    await screen.findByRole('link', { name: 'Untitled charter' });
  });

  it('opens a valid charter file and lists it with its district and status', async () => {
    render(Library);
    await chooseFile(fixture);
    await waitFor(() => expect(location.hash).toBe(`#/charter/${SIGNED.id}`));
    const link = await screen.findByRole('link', { name: SIGNED.title });
    const row = link.closest('li')!;
    expect(row.textContent).toContain(SIGNED.district);
    expect(within(row).getByText('Signed')).toBeTruthy();
  });

  it('refuses a broken file with a message that names the problem, and changes nothing', async () => {
    render(Library);
    await chooseFile(fixture);
    await screen.findByRole('link', { name: SIGNED.title });
    const before = JSON.stringify(await db().charters.toArray());

    const wrongType = JSON.parse(fixture);
    wrongType.team[0].signatory = 'yes';
    await chooseFile(JSON.stringify(wrongType));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('team[0].signatory');
    expect(alert.textContent).toContain('Your library has not changed');
    expect(JSON.stringify(await db().charters.toArray())).toBe(before);
  });

  it('asks before replacing a charter that is already in the library', async () => {
    render(Library);
    await chooseFile(fixture);
    await waitFor(() => expect(location.hash).toMatch(/^#\/charter\//));
    location.hash = '';
    await chooseFile(fixture);
    await screen.findByRole('button', { name: 'Replace it' });
    await fireEvent.click(screen.getByRole('button', { name: 'Keep mine' }));
    expect(screen.queryByRole('button', { name: 'Replace it' })).toBeNull();
    expect(location.hash).toBe('');
    expect(await db().charters.count()).toBe(1);
  });

  it('deletes with one click and brings the charter back with Undo', async () => {
    await importCharters([SIGNED, DRAFT]);
    render(Library);
    await screen.findByRole('link', { name: SIGNED.title });
    await fireEvent.click(screen.getByRole('button', { name: `Delete ${SIGNED.title}` }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await waitFor(() => expect(screen.queryByRole('link', { name: SIGNED.title })).toBeNull());
    expect(screen.getByText(`Deleted “${SIGNED.title}”.`)).toBeTruthy();
    expect(document.activeElement).toBe(undo);
    expect(await db().charters.count()).toBe(2);
    await fireEvent.click(undo);
    await screen.findByRole('link', { name: SIGNED.title });
    expect(items()).toHaveLength(2);
  });

  it('deletes every revision of a charter together, and says so', async () => {
    const rev2 = revise(SIGNED);
    await importCharters([SIGNED, rev2]);
    render(Library);
    await screen.findByRole('link', { name: /Revisions \(2\)/ });
    await fireEvent.click(screen.getByRole('button', { name: `Delete ${SIGNED.title} (all 2 revisions)` }));
    await screen.findByText(`Deleted “${SIGNED.title}” and its 1 older revision.`);
    await screen.findByText('No charters yet');
    expect(screen.getByText('Recently deleted (2)')).toBeTruthy();
  });

  it('finds charters by search and status', async () => {
    const others = Array.from({ length: 4 }, (_, i) => ({ ...DRAFT, id: `school-${i}`, title: `Charter for school ${i}`, district: i === 2 ? 'Lakeshore Unified' : DRAFT.district }));
    await importCharters([SIGNED, ...others]);
    render(Library);
    await waitFor(() => expect(items()).toHaveLength(5));
    await fireEvent.input(screen.getByLabelText('Search'), { target: { value: 'lakeshore' } });
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0].textContent).toContain('Charter for school 2');
    await fireEvent.input(screen.getByLabelText('Search'), { target: { value: '' } });
    await fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'signed' } });
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0].textContent).toContain(SIGNED.title);
  });

  it('renames a draft in place', async () => {
    await importCharters([DRAFT]);
    render(Library);
    await fireEvent.click(await screen.findByRole('button', { name: `Rename ${DRAFT.title}` }));
    const field = screen.getByLabelText('New title') as HTMLInputElement;
    expect(document.activeElement).toBe(field);
    await fireEvent.input(field, { target: { value: 'Reading charter for Eastgate' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save title' }));
    await screen.findByRole('link', { name: 'Reading charter for Eastgate' });
    expect((await db().charters.get(DRAFT.id))?.title).toBe('Reading charter for Eastgate');
  });

  it('duplicates a signed charter for another school, without its signatures', async () => {
    await importCharters([SIGNED]);
    render(Library);
    await fireEvent.click(await screen.findByRole('button', { name: `Duplicate ${SIGNED.title}` }));
    await fireEvent.input(await screen.findByLabelText('Title of the copy'), { target: { value: 'Hillcrest charter' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Make the copy' }));
    const link = await screen.findByRole('link', { name: 'Hillcrest charter' });
    expect(within(link.closest('li')!).getByText('In review')).toBeTruthy();
    const copy = (await db().charters.toArray()).find((c) => c.title === 'Hillcrest charter')!;
    expect(copy).toMatchObject({ status: 'draft', signatures: [], revision: 1 });
  });

  it('shows what a backup would add before importing it', async () => {
    await importCharters([SIGNED]);
    render(Library);
    await screen.findByRole('link', { name: SIGNED.title });
    const fresh = Array.from({ length: 3 }, (_, i) => ({ ...DRAFT, id: `b-${i}`, title: `From backup ${i}` }));
    await chooseFile(serialiseBackup(makeBackup([SIGNED, ...fresh])), 'backup.json');
    const preview = await screen.findByRole('region', { name: /what this backup would do/ });
    expect(preview.textContent).toMatch(/3 charters\s*would be added/);
    expect(await db().charters.count()).toBe(1);
    await fireEvent.click(within(preview).getByRole('button', { name: 'Add 3 charters' }));
    await screen.findByText('Imported 3 charters from the backup.');
    await waitFor(() => expect(items()).toHaveLength(4));
  });
});
