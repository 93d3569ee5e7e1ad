import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import Library from './Library.svelte';
import { db } from '../storage/db';

const fixture = readFileSync('tests/fixtures/riverside-signed.json', 'utf8');

async function chooseFile(text: string, name = 'charter.json') {
  const input = screen.getByLabelText('Charter file to open') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  // jsdom's File has no text(); browsers' does.
  Object.defineProperty(file, 'text', { value: async () => text });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

describe('the drafts library', () => {
  beforeEach(async () => {
    await db().charters.clear();
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
    await waitFor(() => expect(location.hash).toBe('#/charter/c0ffee00-0000-4000-8000-000000000001'));
    await screen.findByRole('link', { name: 'Literacy and mathematics improvement charter' });
    expect(screen.getByText('Riverside Unified School District')).toBeTruthy();
    expect(screen.getByText('Signed')).toBeTruthy();
  });

  it('refuses a broken file with a message that names the problem, and changes nothing', async () => {
    render(Library);
    await chooseFile(fixture);
    await screen.findByRole('link', { name: 'Literacy and mathematics improvement charter' });
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

  it('deletes a charter only after a second, explicit click', async () => {
    render(Library);
    await chooseFile(fixture);
    await fireEvent.click(await screen.findByRole('button', { name: /^Delete Literacy/ }));
    expect(await db().charters.count()).toBe(1);
    await fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    await screen.findByText('No charters yet');
    expect(await db().charters.count()).toBe(0);
  });
});
