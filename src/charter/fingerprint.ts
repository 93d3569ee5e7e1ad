/**
 * The charter's fingerprint: SHA-256 of a canonical serialisation of its
 * content. The same function runs in the browser and in Node (both provide
 * WebCrypto as globalThis.crypto.subtle).
 */
import type { Charter } from './Charter';

/** Fields that change without the agreed content changing. */
const VOLATILE = new Set(['fingerprint', 'updatedAt']);

function canonicalValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value && typeof value === 'object') {
    // Keys are normalised first, then sorted by UTF-16 code unit (what Array#sort does, everywhere).
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.normalize('NFC'), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) out[k] = canonicalValue(v);
    return out;
  }
  return value;
}

/** Sorted keys, NFC strings, no whitespace, volatile fields left out. */
export function canonicalContent(charter: Charter): string {
  const content: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(charter)) if (!VOLATILE.has(k)) content[k] = v;
  return JSON.stringify(canonicalValue(content));
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

/** True when a signed charter's stored fingerprint matches its content. */
export async function verifyFingerprint(charter: Charter): Promise<boolean> {
  if (!charter.fingerprint) return false;
  return (await fingerprintOf(charter)) === charter.fingerprint;
}
