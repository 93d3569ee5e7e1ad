/** The rules around signatures: drawn and typed, locking, editing a partly signed charter, revising. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_SIGNATURE_IMAGE_CHARS, type Charter } from './Charter';
import { parseCharterFile, serialiseCharter } from './charterFile';
import { fingerprintOf, verifyFingerprint } from './fingerprint';
import { changesContent, clearSignatures, editBlock, revise, sign, signatureImageProblem } from './signing';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

const ready = () => revise(fixture('riverside-signed'), new Date('2026-10-01T09:00:00Z'));
const AT = new Date('2026-10-02T10:30:00Z');
/** A real drawn signature from the fixtures. */
const INK = fixture('riverside-signed').signatures.find((s) => s.method === 'drawn')!.image!;

async function signedBy(c: Charter, count: number): Promise<Charter> {
  const waiting = c.team.filter((t) => t.signatory && !c.signatures.some((s) => s.memberId === t.id));
  for (const [i, m] of waiting.slice(0, count).entries()) {
    const r = await sign(c, m.id, m.name, AT, i % 2 === 0 ? INK : null);
    if (!r.ok) throw new Error(r.error);
    c = r.charter;
  }
  return c;
}

describe('a drawn signature', () => {
  it('is kept with the typed name, the time, and the ink as a PNG', async () => {
    const c = ready();
    const jose = c.team.find((m) => m.name === 'José Ñúñez')!;
    const r = await sign(c, jose.id, 'José Ñúñez', AT, INK);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.charter.signatures).toEqual([{ memberId: jose.id, typedName: 'José Ñúñez', method: 'drawn', image: INK, signedAt: AT.toISOString(), consent: false, intent: '', timeZone: '', device: '' }]);
    expect(parseCharterFile(serialiseCharter(r.charter)).ok).toBe(true);
  });

  it('still needs the signatory’s own name typed: ink alone cannot say who drew it', async () => {
    const c = ready();
    const jose = c.team.find((m) => m.name === 'José Ñúñez')!;
    const r = await sign(c, jose.id, 'Zoë Łukasiewicz', AT, INK);
    expect(r).toEqual({ ok: false, error: expect.stringContaining('No one can sign on someone else’s behalf') });
    expect((await sign(c, jose.id, '', AT, INK)).ok).toBe(false);
  });

  it('must be a PNG of a sensible size', async () => {
    expect(signatureImageProblem(INK)).toBeNull();
    expect(signatureImageProblem('data:image/jpeg;base64,/9j/4AAQ')).toMatch(/not a PNG/);
    expect(signatureImageProblem('data:image/png;base64,iVBORw0KGgo<script>')).toMatch(/damaged/);
    expect(signatureImageProblem(INK + 'A'.repeat(MAX_SIGNATURE_IMAGE_CHARS))).toMatch(/too large/);
    const c = ready();
    const jose = c.team.find((m) => m.name === 'José Ñúñez')!;
    expect((await sign(c, jose.id, jose.name, AT, 'data:image/svg+xml;base64,PHN2Zz4=')).ok).toBe(false);
  });

  it('is refused on import when a typed signature carries ink or a drawn one has none', () => {
    const c = fixture('riverside-signed');
    const drawn = c.signatures.findIndex((s) => s.method === 'drawn');
    const noInk = structuredClone(c);
    noInk.signatures[drawn]!.image = null;
    const r = parseCharterFile(JSON.stringify(noInk));
    expect(r).toEqual({ ok: false, error: expect.stringContaining(`signatures[${drawn}] is drawn but has no image`) });
    const typed = c.signatures.findIndex((s) => s.method === 'typed');
    const stray = structuredClone(c);
    stray.signatures[typed]!.image = INK;
    expect(parseCharterFile(JSON.stringify(stray)).ok).toBe(false);
    const notPng = structuredClone(c);
    notPng.signatures[drawn]!.image = 'data:image/png;base64,AAAA';
    expect(parseCharterFile(JSON.stringify(notPng))).toEqual({ ok: false, error: expect.stringContaining('must be a PNG image') });
  });
});

describe('locking', () => {
  it('the last signature locks the charter, and its fingerprint covers the drawn ink', async () => {
    const c = ready();
    const all = await signedBy(c, 4);
    expect(all.status).toBe('signed');
    expect(editBlock(all)).toBe('locked');
    expect(all.fingerprint).toBe(await fingerprintOf(all));
    expect(all.signatures.filter((s) => s.method === 'drawn').length).toBeGreaterThan(0);
    expect(await verifyFingerprint(all)).toBe(true);
  });

  it('a locked charter cannot be changed at all: not its content, not its signatures', async () => {
    const locked = fixture('riverside-signed');
    const edited = structuredClone(locked);
    edited.title += ' (edited)';
    expect(changesContent(locked, edited)).toBe(true);
    const unsigned = structuredClone(locked);
    unsigned.signatures.pop();
    expect(changesContent(locked, unsigned)).toBe(true);
    const resaved = { ...structuredClone(locked), updatedAt: '2031-01-01T00:00:00.000Z' };
    expect(changesContent(locked, resaved)).toBe(false);
    expect(() => clearSignatures(locked)).toThrow(/new revision/);
  });
});

describe('a partly signed charter', () => {
  it('is read-only until its signatures are cleared', async () => {
    const c = ready();
    expect(editBlock(c)).toBeNull();
    const partly = await signedBy(c, 2);
    expect(partly.status).toBe('draft');
    expect(editBlock(partly)).toBe('partly-signed');
  });

  it('tells an edit from another signature', async () => {
    const partly = await signedBy(ready(), 1);
    const more = await signedBy(structuredClone(partly), 1);
    expect(changesContent(partly, more)).toBe(false); // only a signature was added
    const edited = structuredClone(partly);
    edited.expectations[0]!.what += ' (changed)';
    expect(changesContent(partly, edited)).toBe(true);
    const forged = structuredClone(partly);
    forged.signatures[0]!.signedAt = '2020-01-01T00:00:00.000Z';
    expect(changesContent(partly, forged)).toBe(true); // a signature given is never altered
  });

  it('clearing the signatures names who signed and leaves the content as it was', async () => {
    const partly = await signedBy(ready(), 2);
    const { charter, cleared } = clearSignatures(partly, AT);
    expect(cleared.map((m) => m.name)).toEqual(['José Ñúñez', 'Nguyễn Thị Minh']);
    expect(charter.signatures).toEqual([]);
    expect(editBlock(charter)).toBeNull();
    expect(changesContent(partly, charter)).toBe(true); // signatures went
    expect({ ...charter, signatures: partly.signatures, updatedAt: partly.updatedAt }).toEqual(partly);
    expect(partly.signatures).toHaveLength(2); // the original is untouched
  });
});

describe('revising', () => {
  it('each revision links to the one before and starts unsigned, editable and unfingerprinted', async () => {
    const one = fixture('riverside-signed');
    const two = revise(one, new Date('2027-06-15T09:00:00Z'));
    expect(editBlock(two)).toBeNull();
    expect(two.signatures).toEqual([]);
    const twoSigned = await signedBy(two, 4);
    expect(twoSigned.status).toBe('signed');
    expect(twoSigned.fingerprint).not.toBe(one.fingerprint);
    const three = revise(twoSigned, new Date('2028-06-15T09:00:00Z'));
    expect([three.revision, three.previousRevisionId]).toEqual([3, two.id]);
    expect(three.id).not.toBe(two.id);
    expect(three.fingerprint).toBeNull();
  });
});
