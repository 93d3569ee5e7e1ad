/**
 * The charter's fingerprint: SHA-256 of a canonical serialisation of its
 * content (canonical.ts). The same function runs in the browser and in Node
 * (both provide WebCrypto as globalThis.crypto.subtle).
 */
import { canonicalJson } from './canonical';
import type { Charter } from './Charter';
import { upgradeCharter } from './upgrades';

/**
 * Fields that change without the agreed content changing: the fingerprint
 * itself, the save time, the next review date (set at any time, signed or not),
 * and the text an older release signed (kept beside the content, see below).
 */
const NOT_SIGNED: ReadonlySet<string> = new Set(['fingerprint', 'updatedAt', 'nextReviewDate', 'signedContent']);

/** Sorted keys, NFC strings, no whitespace, the fields that are not signed left out. */
export function canonicalContent(charter: Charter): string {
  return canonicalJson(charter as unknown as Record<string, unknown>, NOT_SIGNED);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function fingerprintOf(charter: Charter): Promise<string> {
  return sha256Hex(canonicalContent(charter));
}

export function shortFingerprint(fp: string | null): string {
  return fp ? fp.slice(0, 12) : '';
}

/**
 * True when the charter's content is what was signed. For a charter signed by
 * an older release, `signedContent` holds the exact text its fingerprint was made
 * from: that text must give the fingerprint, and upgrading it must give exactly
 * today's content (the upgrades never change once released).
 */
export async function verifyFingerprint(charter: Charter): Promise<boolean> {
  if (!charter.fingerprint) return false;
  if (!charter.signedContent) return (await fingerprintOf(charter)) === charter.fingerprint;
  if ((await sha256Hex(charter.signedContent)) !== charter.fingerprint) return false;
  let signed: unknown;
  try {
    signed = JSON.parse(charter.signedContent);
  } catch {
    return false;
  }
  const upgraded = upgradeCharter(signed);
  return upgraded.ok && canonicalContent(upgraded.charter as Charter) === canonicalContent(charter);
}
