import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from './Charter';
import { parseCharterFile, serialiseCharter } from './charterFile';
import { verifyFingerprint } from './fingerprint';
import { changesContent, hasSigned, keyboardHint, namesMatch, needsKeyboardName, suggestKeyboardName, revise, sameName, sign, unsignedSignatories } from './signing';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

/** riverside-signed's content as a fresh revision nobody has signed: complete, ready to sign. */
const ready = () => revise(fixture('riverside-signed'), new Date('2026-10-01T09:00:00Z'));
const member = (c: Charter, name: string) => c.team.find((m) => m.name === name)!;
const AT = new Date('2026-10-02T10:30:00Z');

async function signed(c: Charter, memberId: string, typedName: string, at = AT): Promise<Charter> {
  const r = await sign(c, memberId, typedName, at);
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

describe('signing', () => {
  it('refuses a name that is not the signatory’s own (no signing on someone else’s behalf)', async () => {
    const c = ready();
    const jose = member(c, 'José Ñúñez');
    const r = await sign(c, jose.id, 'Zoë Łukasiewicz', AT);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain('José Ñúñez');
      expect(r.error).toMatch(/on someone else’s behalf/);
    }
    expect(c.signatures).toEqual([]);
  });

  it('refuses an empty name', async () => {
    const c = ready();
    expect((await sign(c, member(c, 'José Ñúñez').id, '   ', AT)).ok).toBe(false);
  });

  it('matches names regardless of case, extra spaces and how accents are encoded', async () => {
    const c = ready();
    const jose = member(c, 'José Ñúñez');
    for (const typed of ['josé ñúñez', '  JOSÉ   ÑÚÑEZ  ', 'José Ñúñez'.normalize('NFD')]) {
      const r = await sign(c, jose.id, typed, AT);
      expect(r.ok, JSON.stringify(typed)).toBe(true);
    }
    const after = await signed(c, jose.id, `  ${'José Ñúñez'.normalize('NFD')} `);
    expect(after.signatures).toEqual([
      { memberId: jose.id, typedName: 'José Ñúñez', method: 'typed', image: null, signedAt: AT.toISOString(), consent: false, intent: '', timeZone: '', device: '' },
    ]);
    expect(sameName('Αλέξανδρος Παπαδόπουλος', 'ΑΛΈΞΑΝΔΡΟΣ ΠΑΠΑΔΌΠΟΥΛΟΣ')).toBe(true);
    expect(sameName('Jose Nunez', 'José Ñúñez')).toBe(true);
  });

  it('ignores accents and letters a keyboard lacks: "Jose Nunez" signs for José Ñúñez, "Ono Haruki" for Ōno Haruki', async () => {
    expect(sameName('Ono Haruki', 'Ōno Haruki')).toBe(true);
    expect(sameName('zoe lukasiewicz', 'Zoë Łukasiewicz')).toBe(true);
    expect(sameName('Siobhan OConnor', 'Siobhán O’Connor')).toBe(true);
    expect(sameName("Siobhan O'Connor", 'Siobhán O’Connor')).toBe(true);
    expect(sameName('Nguyen Thi Minh', 'Nguyễn Thị Minh')).toBe(true);
    expect(sameName('Someone Else', 'José Ñúñez')).toBe(false);
    expect(sameName('Jose', 'José Ñúñez')).toBe(false);
    const c = ready();
    const jose = member(c, 'José Ñúñez');
    const r = await sign(c, jose.id, 'Jose  Nunez', AT);
    expect(r.ok).toBe(true);
    const wrong = await sign(c, jose.id, 'Someone Else', AT);
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.error).toMatch(/Type your own name exactly as it appears: José Ñúñez\..*on someone else’s behalf/);
  });

  it('signs with the name as typed on a standard keyboard, for a name in another script', async () => {
    const greek = { name: 'Αλέξανδρος Παπαδόπουλος', keyboardName: 'Alexandros Papadopoulos' };
    expect(namesMatch('alexandros papadopoulos', greek)).toBe(true);
    expect(namesMatch('Αλέξανδρος Παπαδόπουλος', greek)).toBe(true);
    expect(namesMatch('Alexandros', greek)).toBe(false);
    expect(namesMatch('Alexandros Papadopoulos', { name: greek.name, keyboardName: '' })).toBe(false);
    expect(keyboardHint(greek)).toBe(' Or as typed on a standard keyboard: Alexandros Papadopoulos.');
  });

  it('refuses someone who is not a signatory, and an unknown member', async () => {
    const c = ready();
    const olga = member(c, 'Ольга Иванова');
    expect(olga.signatory).toBe(false);
    expect(await sign(c, olga.id, olga.name, AT)).toEqual({ ok: false, error: 'Only a named signatory can sign.' });
    expect((await sign(c, 'nobody', 'Nobody', AT)).ok).toBe(false);
  });

  it('refuses a second signature from the same person', async () => {
    const c = ready();
    const jose = member(c, 'José Ñúñez');
    const once = await signed(c, jose.id, jose.name);
    expect(await sign(once, jose.id, jose.name, AT)).toEqual({ ok: false, error: 'José Ñúñez has already signed.' });
  });

  it('does not change the charter it was given', async () => {
    const c = ready();
    const copy = structuredClone(c);
    await signed(c, member(c, 'José Ñúñez').id, 'José Ñúñez');
    expect(c).toEqual(copy);
  });

  it('stays a draft until the last signatory signs, which locks and fingerprints it', async () => {
    let c = ready();
    const people = c.team.filter((m) => m.signatory);
    expect(people).toHaveLength(4);
    for (const [i, m] of people.entries()) {
      const at = new Date(Date.UTC(2026, 9, 2, 10 + i));
      const r = await sign(c, m.id, m.name, at);
      if (!r.ok) throw new Error(r.error);
      c = r.charter;
      const last = i === people.length - 1;
      expect(r.locked).toBe(last);
      expect(c.status).toBe(last ? 'signed' : 'draft');
      expect(c.lockedAt).toBe(last ? at.toISOString() : null);
      expect(c.fingerprint === null).toBe(!last);
      expect(hasSigned(c, m.id)).toBe(true);
    }
    expect(unsignedSignatories(c)).toEqual([]);
    expect(await verifyFingerprint(c)).toBe(true);
    // and the locked charter survives a save and reload
    const reread = parseCharterFile(serialiseCharter(c));
    expect(reread.ok).toBe(true);
    if (reread.ok) expect(await verifyFingerprint(reread.charter)).toBe(true);
  });

  it('refuses to sign a locked charter', async () => {
    const c = fixture('riverside-signed');
    const jose = member(c, 'José Ñúñez');
    expect(await sign(c, jose.id, jose.name, AT)).toEqual({ ok: false, error: 'This charter is already signed and locked.' });
  });

  it('refuses to sign a charter that still has open items', async () => {
    const draft = fixture('riverside-draft');
    const jose = member(draft, 'José Ñúñez');
    const r = await sign(draft, jose.id, jose.name, AT);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('Agree a model for “Attendance”.');
  });
});

describe('revise', () => {
  it('starts the next revision as an unsigned draft linked to the signed one', () => {
    const old = fixture('riverside-signed');
    const before = structuredClone(old);
    const at = new Date('2027-06-15T09:00:00Z');
    const next = revise(old, at);
    expect(next.revision).toBe(old.revision + 1);
    expect(next.id).not.toBe(old.id);
    expect(next.previousRevisionId).toBe(old.id);
    expect(next.status).toBe('draft');
    expect(next.signatures).toEqual([]);
    expect(next.fingerprint).toBeNull();
    expect(next.lockedAt).toBeNull();
    expect(next.createdAt).toBe(at.toISOString());
    // the agreed content carries over, and the signed revision is untouched
    expect(next.decisions).toEqual(old.decisions);
    expect(next.team).toEqual(old.team);
    expect(old).toEqual(before);
    expect(parseCharterFile(serialiseCharter(next)).ok).toBe(true);
  });
});

describe('the next review date', () => {
  it('can change on a signed or partly signed charter without counting as a change of content', async () => {
    const c = ready();
    const jose = member(c, 'José Ñúñez');
    const partly = await signed(c, jose.id, jose.name);
    expect(changesContent(partly, { ...partly, nextReviewDate: '2028-01-15' })).toBe(false);
    expect(changesContent(partly, { ...partly, title: 'Other' })).toBe(true);
    let all = partly;
    for (const m of unsignedSignatories(partly)) all = await signed(all, m.id, m.name);
    expect(all.status).toBe('signed');
    expect(changesContent(all, { ...all, nextReviewDate: '' })).toBe(false);
    expect(changesContent(all, { ...all, district: 'Else' })).toBe(true);
  });
});

describe('the name as typed on a standard keyboard', () => {
  it('is asked for names in other scripts, not for accented Latin names', () => {
    expect(needsKeyboardName('Αλέξανδρος Παπαδόπουλος')).toBe(true);
    expect(needsKeyboardName('Ольга Иванова')).toBe(true);
    expect(needsKeyboardName('大野 晴樹')).toBe(true);
    expect(needsKeyboardName('José Ñúñez')).toBe(false);
    expect(needsKeyboardName('Nguyễn Thị Minh')).toBe(false);
    expect(needsKeyboardName('Zoë Łukasiewicz')).toBe(false);
    expect(needsKeyboardName('Siobhán O’Connor')).toBe(false);
  });

  it('is suggested by any-ascii, and the suggestion signs', async () => {
    const anyAscii = (await import('any-ascii')).default;
    const k = suggestKeyboardName('Αλέξανδρος  Παπαδόπουλος', anyAscii);
    expect(k).toMatch(/^[A-Za-z ]+$/);
    expect(namesMatch(k, { name: 'Αλέξανδρος Παπαδόπουλος', keyboardName: k })).toBe(true);
    expect(suggestKeyboardName('Ольга Иванова', anyAscii)).toMatch(/^Ol.?ga Ivanova$/);
  });
});
