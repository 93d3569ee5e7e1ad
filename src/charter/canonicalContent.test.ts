/** The canonical serialisation behind the fingerprint: what it keeps, what it ignores, and that it never wavers. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from './Charter';
import { parseCharterFile } from './charterFile';
import { canonicalContent, fingerprintOf } from './fingerprint';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

/** A charter-shaped value small enough to read in a test. */
const tiny = () =>
  ({
    title: 'Re\u0301sume\u0301',
    team: [{ name: 'Zoë', id: 'm1' }],
    district: ' Riverside\n',
    fingerprint: 'ab'.repeat(32),
    updatedAt: '2026-01-01T00:00:00.000Z',
  }) as unknown as Charter;

describe('canonicalContent', () => {
  it('sorts keys at every depth, writes no whitespace between tokens, and leaves out the fingerprint and save time', () => {
    expect(canonicalContent(tiny())).toBe('{"district":" Riverside\\n","team":[{"id":"m1","name":"Zoë"}],"title":"Résumé"}');
  });

  it('writes every string, and every key, in Unicode NFC', () => {
    const text = canonicalContent(tiny());
    expect(text).toContain('Résumé'.normalize('NFC'));
    expect(text).not.toContain('e\u0301');
    const decomposedKey = { ['cafe\u0301']: 1, b: 2 } as unknown as Charter;
    expect(canonicalContent(decomposedKey)).toBe('{"b":2,"café":1}'.normalize('NFC'));
  });

  it('keeps whitespace inside values exactly: it is part of what was agreed', () => {
    const a = tiny();
    const b = { ...tiny(), district: 'Riverside' } as Charter;
    expect(canonicalContent(a)).not.toBe(canonicalContent(b));
  });

  it('keeps the order of lists (the order of expectations is part of the charter)', () => {
    const a = { team: [{ id: 'a' }, { id: 'b' }] } as unknown as Charter;
    const b = { team: [{ id: 'b' }, { id: 'a' }] } as unknown as Charter;
    expect(canonicalContent(a)).not.toBe(canonicalContent(b));
  });

  it('does not change the charter it reads', () => {
    const c = tiny();
    const copy = structuredClone(c);
    canonicalContent(c);
    expect(c).toEqual(copy);
  });

  it('gives the same text however the file was written: pretty-printed, keys re-ordered, accents decomposed', async () => {
    const signed = fixture('riverside-signed');
    const reordered = Object.fromEntries(Object.entries(signed).reverse()) as unknown as Charter;
    const rewritten = JSON.parse(JSON.stringify(reordered, null, 4).normalize('NFD')) as Charter;
    expect(Object.keys(rewritten)[0]).not.toBe(Object.keys(signed)[0]);
    expect(canonicalContent(rewritten)).toBe(canonicalContent(signed));
    expect(await fingerprintOf(rewritten)).toBe(signed.fingerprint);
  });

  it('covers a drawn signature’s ink: one changed pixel gives another fingerprint', async () => {
    const signed = fixture('riverside-signed');
    const drawn = signed.signatures.find((s) => s.method === 'drawn');
    expect(drawn?.image).toMatch(/^data:image\/png;base64,iVBORw0KGgo/);
    const altered = structuredClone(signed);
    const sig = altered.signatures.find((s) => s.memberId === drawn!.memberId)!;
    const i = sig.image!.length - 10;
    sig.image = sig.image!.slice(0, i) + (sig.image![i] === 'A' ? 'B' : 'A') + sig.image!.slice(i + 1);
    expect(await fingerprintOf(altered)).not.toBe(signed.fingerprint);
  });
});

describe('fingerprintOf', () => {
  it('is the SHA-256 of the canonical text, the same as Node’s own crypto gives, and pinned', async () => {
    const expected = createHash('sha256').update(canonicalContent(tiny()), 'utf8').digest('hex');
    expect(await fingerprintOf(tiny())).toBe(expected);
    // Pinned: if this ever changes, every charter already signed would stop verifying.
    expect(expected).toBe('acb7812a009e4e43845d8b9c8aa50142a9d80110b6fdbb37e20686459b456b87');
  });
});
