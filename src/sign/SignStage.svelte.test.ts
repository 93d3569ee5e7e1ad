import { afterEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { readFileSync } from 'node:fs';
import SignStage from './SignStage.svelte';
import { CharterSession } from '../shell/CharterSession.svelte';
import type { Charter } from '../charter/Charter';
import { verifyFingerprint } from '../charter/fingerprint';
import { db } from '../storage/db';

function unsignedFixture(): Charter {
  const c = JSON.parse(readFileSync('tests/fixtures/riverside-signed.json', 'utf8')) as Charter;
  return { ...c, status: 'draft', signatures: [], lockedAt: null, fingerprint: null };
}

let session: CharterSession | null = null;
afterEach(() => session?.dispose());

async function signAs(name: string, typed = name, consent = true) {
  const form = screen.getByRole('form', { name: `Sign as ${name}` });
  if (consent) await fireEvent.click(within(form).getByRole('checkbox', { name: /sign this charter electronically/ }));
  const input = screen.getByLabelText('Type your full name to sign', { selector: `input[id="sign-${memberId(name)}"]` });
  await fireEvent.input(input, { target: { value: typed } });
  const button = screen.getByRole('button', { name: `Sign as ${name}` }) as HTMLButtonElement;
  await waitFor(() => expect(button.disabled).toBe(false));
  await fireEvent.click(button);
}

function memberId(name: string): string {
  return session!.charter.team.find((m) => m.name === name)!.id;
}

describe('signing the charter', () => {
  it('refuses a name that is not the signatory’s own', async () => {
    session = new CharterSession(unsignedFixture(), 'sign');
    render(SignStage, { props: { session } });
    await signAs('José Ñúñez', 'Someone Else');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No one can sign on someone else’s behalf');
    expect(session.charter.signatures).toHaveLength(0);
  });

  it('asks for consent to sign electronically before a signature counts', async () => {
    session = new CharterSession(unsignedFixture(), 'sign');
    render(SignStage, { props: { session } });
    await signAs('José Ñúñez', 'José Ñúñez', false);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Tick the box to agree to sign electronically first.');
    expect(session.charter.signatures).toHaveLength(0);
  });

  it('locks the charter with a verifiable fingerprint when the last signatory signs, and saves it', async () => {
    session = new CharterSession(unsignedFixture(), 'sign');
    render(SignStage, { props: { session } });
    const names = session.charter.team.filter((m) => m.signatory).map((m) => m.name);
    for (const name of names) {
      await signAs(name);
      await screen.findByLabelText(`Signature of ${name}`);
    }
    await screen.findByText(/Signed by all 4 signatories and locked/);
    expect(session.locked).toBe(true);
    // Each signature carries the consent, the statement agreed to, the signer's time zone and device.
    for (const s of session.charter.signatures) {
      expect(s.consent).toBe(true);
      expect(s.intent).toMatch(/^I, .+, agree to this charter, revision 1\.$/);
      expect(s.timeZone).not.toBe('');
    }
    expect(await verifyFingerprint(session.charter)).toBe(true);
    await waitFor(async () => expect((await db().charters.get(session!.charter.id))?.status).toBe('signed'));
    expect(screen.getByRole('button', { name: 'Start revision 2' })).toBeTruthy();
  });
});
