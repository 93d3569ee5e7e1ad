import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Charter } from './Charter';
import { parseCharterFile } from './charterFile';
import { canonicalContent, fingerprintOf, sha256Hex, shortFingerprint, verifyFingerprint } from './fingerprint';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

/** The same value with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

describe('sha256Hex', () => {
  it('matches the published SHA-256 test vectors', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('hashes the UTF-8 bytes of non-Latin text', async () => {
    // "é" as UTF-8 is c3 a9
    expect(await sha256Hex('é')).toBe(await sha256Hex('\u00e9'));
    expect(await sha256Hex('é')).not.toBe(await sha256Hex('e\u0301'));
  });
});

describe('canonical content and fingerprint', () => {
  const signed = fixture('riverside-signed');

  it('is compact JSON with sorted keys', () => {
    const text = canonicalContent(signed);
    expect(text).toBe(JSON.stringify(JSON.parse(text)));
    const keys = Object.keys(JSON.parse(text));
    expect(keys).toEqual([...keys].sort());
  });

  it('ignores the order of keys', async () => {
    const shuffled = reverseKeys(signed);
    expect(Object.keys(shuffled)[0]).toBe('updatedAt');
    expect(canonicalContent(shuffled)).toBe(canonicalContent(signed));
    expect(await fingerprintOf(shuffled)).toBe(await fingerprintOf(signed));
  });

  it('treats composed and decomposed accents as the same name', async () => {
    const nfc = structuredClone(signed);
    const nfd = structuredClone(signed);
    nfc.team[0].name = 'José'.normalize('NFC');
    nfd.team[0].name = 'José'.normalize('NFD');
    expect(nfc.team[0].name).not.toBe(nfd.team[0].name);
    expect(await fingerprintOf(nfd)).toBe(await fingerprintOf(nfc));
  });

  it('ignores the stored fingerprint and the last-saved time', async () => {
    const other = structuredClone(signed);
    other.fingerprint = null;
    other.updatedAt = '2030-01-01T00:00:00.000Z';
    expect(await fingerprintOf(other)).toBe(await fingerprintOf(signed));
  });

  it.each<[string, (c: Charter) => void]>([
    ['one character of an expectation', (c) => (c.expectations[0].what = c.expectations[0].what.replace(/\.$/, '!'))],
    ['a signature date', (c) => (c.signatures[1].signedAt = '2026-09-14T11:00:01.000Z')],
    ['the agreed model of a focus area', (c) => (c.decisions[0].model = 2)],
    ['who decides actions in a domain', (c) => (c.rights[0].decidesActions = 'principal')],
    ['the first date of a commitment', (c) => (c.expectations[0].start = '2026-09-21')],
    ['the spelling of a name', (c) => (c.team[0].name = 'Jose Ñúñez')],
    ['the district', (c) => (c.district = 'Riverside Unified School District.')],
    ['the lock time', (c) => (c.lockedAt = '2026-09-15T00:00:00.000Z')],
    ['the revision number', (c) => (c.revision = 2)],
  ])('changes when %s changes', async (_what, change) => {
    const altered = structuredClone(signed);
    change(altered);
    expect(altered).not.toEqual(signed);
    expect(await fingerprintOf(altered)).not.toBe(await fingerprintOf(signed));
  });

  it('treats whitespace inside text as significant', async () => {
    const a = structuredClone(signed);
    const b = structuredClone(signed);
    a.expectations[0].what = 'Share the data with every principal.';
    b.expectations[0].what = 'Share the data with  every principal.';
    const c = structuredClone(a);
    c.expectations[0].what += ' ';
    const prints = new Set([await fingerprintOf(a), await fingerprintOf(b), await fingerprintOf(c)]);
    expect(prints.size).toBe(3);
  });
});

describe('verifyFingerprint', () => {
  it('accepts the stored fingerprint of the signed fixtures', async () => {
    expect(await verifyFingerprint(fixture('riverside-signed'))).toBe(true);
    expect(await verifyFingerprint(fixture('large-signed'))).toBe(true);
  });

  it('rejects the signed fixture after one character is altered', async () => {
    const c = fixture('riverside-signed');
    const before = c.reflection.whyNow;
    c.reflection.whyNow = before.replace('three', 'thre3');
    expect(c.reflection.whyNow).not.toBe(before);
    expect(await verifyFingerprint(c)).toBe(false);
  });

  it('rejects a charter with no fingerprint', async () => {
    expect(await verifyFingerprint(fixture('riverside-draft'))).toBe(false);
  });

  it('shows a short form of the fingerprint', () => {
    const c = fixture('riverside-signed');
    expect(shortFingerprint(c.fingerprint)).toBe(c.fingerprint!.slice(0, 12));
    expect(shortFingerprint(null)).toBe('');
  });
});
