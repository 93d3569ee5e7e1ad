/**
 * The room's secrets. Everything here works on a phone opened from a plain
 * http:// LAN address, which is not a secure context: randomness comes from
 * crypto.getRandomValues (available everywhere), hashing from lib0's SHA-256 in
 * plain JavaScript (crypto.subtle and crypto.randomUUID are missing there).
 *
 *   facilitator secret (128 bits, stays in the facilitator's browser)
 *     → room key   = H("key", secret)   128 bits, in the QR code's URL fragment
 *       → room id  = H("room", key)     names the room's documents on the server
 *         → phone id = H("phone", room id, phone secret)   one per phone
 *
 * The server recomputes these from what a client sends, so it needs no list of
 * rooms, and any process behind one address can check any connection.
 */
import { digest } from 'lib0/hash/sha256';

/** Crockford's base 32: no i, l, o or u, so a key read aloud or typed is not misread. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

function base32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function hash(label: string, ...parts: string[]): Uint8Array {
  return digest(new TextEncoder().encode(`same-playbook ${label}:${parts.join(':')}`));
}

/** A fresh random secret: 128 bits as 26 base-32 characters. */
export function randomSecret(): string {
  return base32(globalThis.crypto.getRandomValues(new Uint8Array(16)));
}

/** The room key phones need, derived from the facilitator's secret. */
export function roomKeyFor(facilitatorSecret: string): string {
  return base32(hash('key', facilitatorSecret).subarray(0, 16));
}

export function roomIdFor(roomKey: string): string {
  return hex(hash('room', roomKey).subarray(0, 16));
}

export function phoneIdFor(roomId: string, phoneSecret: string): string {
  return hex(hash('phone', roomId, phoneSecret).subarray(0, 16));
}

/** A key as typed by hand: case, spaces and dashes ignored, o read as 0 and i or l as 1. */
export function normaliseKey(typed: string): string {
  return typed
    .toLowerCase()
    .replace(/[\s-]/g, '')
    .replace(/o/g, '0')
    .replace(/[il]/g, '1');
}

/** A key in groups of four, easier to read off a screen. */
export function groupKey(key: string): string {
  return key.match(/.{1,4}/g)?.join('-') ?? key;
}

/** The phone page's address for a room: the key rides in the fragment, which browsers never send to a server. */
export function phoneAddress(base: string, roomKey: string): string {
  return `${base.replace(/\/+$/, '')}/p#${groupKey(roomKey)}`;
}
