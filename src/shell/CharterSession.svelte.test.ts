import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { readFileSync } from 'node:fs';
import { CharterSession } from './CharterSession.svelte';
import { newCharter, newFocusArea, newTeamMember, type Charter } from '../charter/Charter';
import { db } from '../storage/db';
import { lastPlace } from '../storage/drafts';

const signed = () => JSON.parse(readFileSync('tests/fixtures/riverside-signed.json', 'utf8')) as Charter;

let session: CharterSession | null = null;
afterEach(() => session?.dispose());

describe('an open charter', () => {
  it('saves an edit to the drafts database within half a second', async () => {
    const c = newCharter();
    await db().charters.put(c);
    session = new CharterSession(c, 'setup');
    session.charter.district = 'Lakeside School District';
    flushSync();
    expect(session.saveStatus).toBe('saving');
    await vi.waitFor(async () => expect((await db().charters.get(c.id))?.district).toBe('Lakeside School District'), { timeout: 500, interval: 20 });
    await vi.waitFor(() => expect(session!.saveStatus).toBe('saved'));
  });

  it('opening a large charter, starts noticing changes in slices from the next task, and misses none made before', async () => {
    const c = newCharter();
    await db().charters.put(c);
    session = new CharterSession(c, 'setup', null, 'in slices');
    session.charter.district = 'Changed before the copy was made';
    flushSync();
    await vi.waitFor(async () => expect((await db().charters.get(c.id))?.district).toBe('Changed before the copy was made'), { timeout: 1000, interval: 20 });
    session.charter.title = 'And after';
    flushSync();
    expect(session.saveStatus).toBe('saving');
    await vi.waitFor(async () => expect((await db().charters.get(c.id))?.title).toBe('And after'), { timeout: 1000, interval: 20 });
  });

  it('writes pending changes at once when the page is hidden', async () => {
    const c = newCharter();
    session = new CharterSession(c, 'setup');
    session.charter.title = 'Typed just before closing';
    flushSync();
    dispatchEvent(new Event('pagehide'));
    await vi.waitFor(async () => expect((await db().charters.get(c.id))?.title).toBe('Typed just before closing'));
  });

  it('will not move forward from set-up until the basics are there, and says why', () => {
    session = new CharterSession(newCharter(), 'setup');
    expect(session.next()).toBe(false);
    expect(session.stage).toBe('setup');
    expect(session.blockers.map((b) => b.message)).toContain('Name the district.');
    session.charter.district = 'Lakeside';
    session.charter.title = 'Reading charter';
    session.charter.focusAreas.push(newFocusArea('Reading'));
    session.charter.team.push(newTeamMember({ name: 'Ana Silva' }));
    flushSync(); // the typing is over by the time anyone presses Next
    expect(session.next()).toBe(true);
    expect(session.stage).toBe('reflect');
    session.back();
    expect(session.stage).toBe('setup');
  });

  it('reopens at the stage asked for, or the furthest one the charter can reach', async () => {
    session = new CharterSession(signed(), 'export');
    expect(session.stage).toBe('export');
    session.dispose();
    session = new CharterSession(newCharter(), 'sign');
    expect(session.stage).toBe('setup');
    flushSync();
    await vi.waitFor(async () => expect(await lastPlace(session!.charter.id)).toBe('setup'));
  });

  it('keeps a partly signed charter as signed until someone chooses to clear the signatures (see src/sign/editGuard)', () => {
    const c = signed();
    const partly: Charter = { ...c, status: 'draft', lockedAt: null, fingerprint: null, signatures: c.signatures.slice(0, 2) };
    session = new CharterSession(partly, 'review');
    session.charter.expectations[0].what += ' (changed)';
    flushSync();
    expect(session.charter.signatures).toHaveLength(2);
    expect(session.charter.expectations[0].what).toBe(c.expectations[0].what);
    session.clearSignatures();
    flushSync();
    expect(session.charter.signatures).toHaveLength(0);
    expect(session.notice).toMatch(/signatures of .* were cleared/);
  });
});
