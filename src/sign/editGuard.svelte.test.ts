/**
 * The guard in CharterSession: whatever code path tries it, a locked charter
 * never changes, and a partly signed one changes only after its signatures
 * are cleared on purpose. Nothing the guard refuses reaches the drafts database.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import { CharterSession } from '../shell/CharterSession.svelte';
import type { Charter } from '../charter/Charter';
import { verifyFingerprint } from '../charter/fingerprint';
import { db } from '../storage/db';
import EditGate from './EditGate.svelte';

const signedFixture = () => JSON.parse(readFileSync('tests/fixtures/riverside-signed.json', 'utf8')) as Charter;
const partlySigned = (n = 2): Charter => {
  const c = signedFixture();
  return { ...c, id: `partly-${n}-${Math.random()}`, status: 'draft', lockedAt: null, fingerprint: null, signatures: c.signatures.slice(0, n) };
};

let session: CharterSession | null = null;
afterEach(() => {
  session?.dispose();
  session = null;
});

describe('a locked charter', () => {
  it('refuses every edit, deep or shallow, and says how to change it', async () => {
    const c = signedFixture();
    await db().charters.put(c);
    session = new CharterSession(c, 'setup');
    expect(session.readOnly).toBe(true);
    session.charter.title = 'Rewritten';
    session.charter.expectations[0]!.what = 'Something else';
    session.charter.signatures.pop();
    flushSync();
    expect(session.charter.title).toBe(c.title);
    expect(session.charter.expectations[0]!.what).toBe(c.expectations[0]!.what);
    expect(session.charter.signatures).toHaveLength(c.signatures.length);
    expect(session.notice).toMatch(/signed and locked, so that change was not kept.*revision 2/);
    expect(await verifyFingerprint(plain(session.charter))).toBe(true);
    await session.flush(); // whatever was pending is written now
    expect((await db().charters.get(c.id))?.title).toBe(c.title);
  });

  it('refuses a whole replacement too (a stage assigning a new object)', () => {
    const c = signedFixture();
    session = new CharterSession(c, 'setup');
    session.charter = { ...c, district: 'Elsewhere' };
    flushSync();
    expect(session.charter.district).toBe(c.district);
  });
});

describe('a partly signed charter', () => {
  it('is read-only: an edit is undone and the signatures stay', async () => {
    const c = partlySigned(2);
    await db().charters.put(c);
    session = new CharterSession(c, 'setup');
    expect(session.editBlock).toBe('partly-signed');
    session.charter.facilitator = 'Someone else';
    flushSync();
    expect(session.charter.facilitator).toBe(c.facilitator);
    expect(session.charter.signatures).toHaveLength(2);
    expect(session.notice).toMatch(/2 people have signed this charter, so that change was not kept/);
    await session.flush();
    expect((await db().charters.get(c.id))?.signatures).toHaveLength(2);
  });

  it('can still be signed by the others', async () => {
    const c = partlySigned(1);
    session = new CharterSession(c, 'sign');
    const next = c.team.filter((m) => m.signatory)[1]!;
    expect(await session.sign(next.id, next.name)).toBeNull();
    expect(session.charter.signatures).toHaveLength(2);
    expect(session.notice).toBeNull();
  });

  it('after clearing the signatures on purpose, takes edits and saves them', async () => {
    const c = partlySigned(2);
    await db().charters.put(c);
    session = new CharterSession(c, 'setup');
    const cleared = session.clearSignatures();
    expect(cleared.map((m) => m.name)).toEqual(['José Ñúñez', 'Nguyễn Thị Minh']);
    flushSync();
    expect(session.readOnly).toBe(false);
    session.charter.facilitator = 'Someone else';
    flushSync();
    expect(session.charter.facilitator).toBe('Someone else');
    await session.flush();
    const stored = await db().charters.get(c.id);
    expect(stored?.facilitator).toBe('Someone else');
    expect(stored?.signatures).toEqual([]);
  });

  it('accepts a newer copy from elsewhere (another tab) through adopt()', () => {
    const c = partlySigned(1);
    session = new CharterSession(c, 'setup');
    session.adopt({ ...c, signatures: [], facilitator: 'Changed in another tab' });
    flushSync();
    expect(session.charter.facilitator).toBe('Changed in another tab');
    expect(session.readOnly).toBe(false);
  });
});

describe('EditGate', () => {
  it('asks before clearing, names who signed, and can be backed out of', async () => {
    const c = partlySigned(2);
    session = new CharterSession(c, 'setup');
    render(EditGate, { props: { session } });
    expect(screen.getByText(/2 of 4 signatories have already signed/)).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Change the charter…' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog.textContent).toContain('José Ñúñez and Nguyễn Thị Minh signed the charter as it is now');
    await fireEvent.click(screen.getByRole('button', { name: 'Keep the signatures' }));
    expect(session.charter.signatures).toHaveLength(2);
    await fireEvent.click(screen.getByRole('button', { name: 'Change the charter…' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Clear the signatures and edit' }));
    expect(session.charter.signatures).toHaveLength(0);
    expect(session.readOnly).toBe(false);
  });
});

function plain(c: Charter): Charter {
  return JSON.parse(JSON.stringify(c)) as Charter;
}
