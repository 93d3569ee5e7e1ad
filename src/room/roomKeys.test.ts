import { describe, expect, it } from 'vitest';
import { groupKey, normaliseKey, phoneAddress, phoneIdFor, randomSecret, roomIdFor, roomKeyFor } from './roomKeys';
import { decodeToken, encodeToken, parseDocName, boardName, phoneDocName } from './roomProtocol';

describe('room keys', () => {
  it('makes 128-bit secrets in base 32, different every time', () => {
    const a = randomSecret();
    const b = randomSecret();
    expect(a).toMatch(/^[0-9a-hjkmnp-tv-z]{26}$/);
    expect(a).not.toBe(b);
  });

  it('derives the key, the room id and phone ids one way, the same every time', () => {
    const secret = randomSecret();
    const key = roomKeyFor(secret);
    expect(key).toMatch(/^[0-9a-z]{26}$/);
    expect(roomKeyFor(secret)).toBe(key);
    const room = roomIdFor(key);
    expect(room).toMatch(/^[0-9a-f]{32}$/);
    expect(phoneIdFor(room, 'a'.repeat(26))).not.toBe(phoneIdFor(room, 'b'.repeat(26)));
    expect(roomIdFor(roomKeyFor(randomSecret()))).not.toBe(room);
  });

  it('reads a key typed by hand', () => {
    const key = roomKeyFor(randomSecret());
    expect(normaliseKey(groupKey(key).toUpperCase())).toBe(key);
    expect(normaliseKey('O1-il 2')).toBe('01112');
    expect(phoneAddress('http://localhost:4180/', key)).toBe(`http://localhost:4180/p#${groupKey(key)}`);
  });
});

describe('room protocol', () => {
  it('round-trips tokens and refuses anything else', () => {
    const s = randomSecret();
    expect(decodeToken(encodeToken({ role: 'facilitator', secret: s }))).toEqual({ role: 'facilitator', secret: s });
    expect(decodeToken(encodeToken({ role: 'phone', key: s, secret: s }))).toEqual({ role: 'phone', key: s, secret: s });
    for (const bad of ['', 'null', '[]', '{"f":"short"}', `{"f":"${s}","x":1}`, `{"k":"${s}"}`, 'x'.repeat(500), '{"__proto__":{}}']) {
      expect(decodeToken(bad)).toBeNull();
    }
  });

  it('names documents and reads the names back', () => {
    const room = '0123456789abcdef0123456789abcdef';
    expect(parseDocName(boardName(room))).toEqual({ roomId: room, phoneId: null });
    expect(parseDocName(phoneDocName(room, room))).toEqual({ roomId: room, phoneId: room });
    expect(parseDocName('room/../etc')).toBeNull();
    expect(parseDocName(`room/${room}/x`)).toBeNull();
  });
});
