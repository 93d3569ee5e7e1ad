// @vitest-environment node
/**
 * The room server with real sockets on loopback: the facilitator and phones
 * (headless Hocuspocus clients), and every kind of bad input the issue lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { startRoomServer, type RoomServer } from '../../server/roomServer';
import { newCharter, type Charter } from '../charter/Charter';
import { FacilitatorRoom } from './FacilitatorRoom';
import { PhoneRoom } from './PhoneRoom';
import { randomSecret, roomIdFor, roomKeyFor } from './roomKeys';
import { CLOSE, MAX_MESSAGE_BYTES, REFUSED, phoneDocName } from './roomProtocol';
import { fakeDist, waitFor } from './roomTesting';

const PORT = 4193;
const URL_ = `ws://127.0.0.1:${PORT}/room`;
let server: RoomServer;
const open: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  server = await startRoomServer({ port: PORT, host: '127.0.0.1', dist: fakeDist(), log: false, maxPhones: 5, phoneBases: ['http://localhost:4193'] });
});
afterAll(async () => {
  for (const c of open) c.destroy();
  await server.close();
});

function charter(): Charter {
  const c = newCharter();
  c.focusAreas = [{ id: 'fa1', name: 'Elementary reading', scope: 'K–5', revealed: false }];
  c.team = ['Ana', 'Ben', 'Chloé'].map((name, i) => ({ id: `m${i}`, name, title: '', side: 'school' as const, signatory: true, keyboardName: '' }));
  return c;
}

function facilitator(mode: 'named' | 'anonymous', c = charter()) {
  const f = new FacilitatorRoom({ url: URL_, secret: randomSecret(), WebSocketPolyfill: WebSocket });
  open.push(f);
  f.open({ mode, title: c.title, team: c.team.map((m) => ({ id: m.id, name: m.name })), asked: { id: 'fa1', name: 'Elementary reading', scope: 'K–5' } });
  return f;
}

function phone(key: string, secret = randomSecret()) {
  const p = new PhoneRoom({ url: URL_, key, secret, WebSocketPolyfill: WebSocket });
  open.push(p);
  return p;
}

describe('room server', () => {
  it('named mode: phones claim names once, answer, and the reveal writes their views into the charter', async () => {
    const c = charter();
    const f = facilitator('named', c);
    await waitFor(() => f.view().connection === 'connected' && f.view().phoneBases.length, 'the facilitator to connect');
    expect(f.view().phoneBases).toEqual(['http://localhost:4193']);
    const a = phone(f.roomKey);
    const b = phone(f.roomKey);
    await waitFor(() => a.view().status === 'open' && b.view().status === 'open', 'phones to see the board');
    expect(a.view().team.map((m) => m.name)).toEqual(['Ana', 'Ben', 'Chloé']);
    a.claim('m0');
    await waitFor(() => a.view().myName?.name === 'Ana', 'Ana to be granted');
    b.claim('m0');
    await waitFor(() => b.view().team.find((m) => m.id === 'm0')?.taken, 'Ana to show as taken');
    expect(b.view().myName).toBeNull();
    b.claim('m1');
    await waitFor(() => b.view().myName?.name === 'Ben', 'Ben to be granted');
    a.answer('fa1', 'now', 2);
    a.answer('fa1', 'shouldBe', 1);
    b.answer('fa1', 'now', 3);
    await waitFor(() => f.answered('fa1').count === 1 && f.view().phones.length === 2, 'one complete answer');
    b.answer('fa1', 'shouldBe', 3);
    await waitFor(() => f.answered('fa1').count === 2, 'two answers');
    expect([...f.answered('fa1').memberIds].sort()).toEqual(['m0', 'm1']);
    // Before the reveal, the charter has nothing from the room.
    expect(c.positions).toEqual([]);
    f.reveal(c, 'fa1');
    expect(c.positions).toEqual([
      { focusAreaId: 'fa1', memberId: 'm0', now: 2, shouldBe: 1 },
      { focusAreaId: 'fa1', memberId: 'm1', now: 3, shouldBe: 3 },
    ]);
    expect(c.focusAreas[0].revealed).toBe(true);
    await waitFor(() => a.view().result?.answered === 2, 'phones to see the result');
    expect(a.view().result).toEqual({ now: [0, 1, 1, 0], shouldBe: [1, 0, 1, 0], answered: 2 });
    expect(a.answer('fa1', 'now', 4)).toBe(false);
    // Release: Ana's name is free again; her phone is told.
    f.release('m0');
    await waitFor(() => a.view().released && !a.view().myName, 'the release to reach the phone');
  });

  it('anonymous mode: a show of hands; a phone keeps its answer across a reload', async () => {
    const c = charter();
    const f = facilitator('anonymous', c);
    const secret = randomSecret();
    let saved: Uint8Array | null = null;
    const p1 = new PhoneRoom({ url: URL_, key: f.roomKey, secret, WebSocketPolyfill: WebSocket, save: (u) => (saved = u) });
    await waitFor(() => p1.view().status === 'open', 'the phone to join');
    p1.answer('fa1', 'now', 1);
    p1.answer('fa1', 'shouldBe', 2);
    await waitFor(() => f.answered('fa1').count === 1, 'the answer');
    p1.destroy();
    const again = phone(f.roomKey, secret);
    await waitFor(() => again.view().answer.now === 1 && again.view().answer.shouldBe === 2, 'the answer after a reload');
    expect(saved).not.toBeNull();
    f.reveal(c, 'fa1');
    expect(c.tallies).toEqual([{ focusAreaId: 'fa1', now: [1, 0, 0, 0], shouldBe: [0, 1, 0, 0] }]);
  });

  it('refuses a wrong or missing key, and another phone’s answer, in words', async () => {
    const f = facilitator('anonymous');
    // A key that opens no room: refused, and the phone says so while it keeps trying.
    const wrong = phone(roomKeyFor(randomSecret()));
    await waitFor(() => wrong.view().problem === REFUSED.notOpen, 'a key of no open room to be refused');
    expect(wrong.view().status).toBeNull();
    // A phone holding another room's key, aimed at this room's documents.
    const reasons: string[] = [];
    const sneaky = new (await import('@hocuspocus/provider')).HocuspocusProvider({
      url: URL_,
      WebSocketPolyfill: WebSocket,
      name: `room/${f.roomId}`,
      token: JSON.stringify({ k: roomKeyFor(randomSecret()), s: randomSecret() }),
      onAuthenticationFailed: ({ reason }: { reason: string }) => reasons.push(reason),
    } as never);
    open.push(sneaky);
    await waitFor(() => reasons.length, 'the wrong key to be refused');
    expect(reasons[0]).toBe(REFUSED.badKey);
    const missing: string[] = [];
    const noKey = new (await import('@hocuspocus/provider')).HocuspocusProvider({
      url: URL_,
      WebSocketPolyfill: WebSocket,
      name: `room/${f.roomId}`,
      token: '',
      onAuthenticationFailed: ({ reason }: { reason: string }) => missing.push(reason),
    } as never);
    open.push(noKey);
    await waitFor(() => missing.length, 'the missing key to be refused');
    expect(missing[0]).toBe(REFUSED.noKey);

    // A phone with the right key trying to write another phone's document.
    const honest = phone(f.roomKey);
    await waitFor(() => f.view().joined === 1 && honest.view().status === 'open', 'the honest phone');
    expect(honest.answer('fa1', 'now', 1)).toBe(true);
    const other = honest.phoneId;
    const denied: string[] = [];
    const forger = new (await import('@hocuspocus/provider')).HocuspocusProvider({
      url: URL_,
      WebSocketPolyfill: WebSocket,
      name: phoneDocName(f.roomId, other),
      token: JSON.stringify({ k: f.roomKey, s: randomSecret() }),
      onAuthenticationFailed: ({ reason }: { reason: string }) => denied.push(reason),
    } as never);
    open.push(forger);
    forger.document.getMap('answers').set('fa1', { now: 4, shouldBe: 4 });
    await waitFor(() => denied.length, 'the forger to be refused');
    expect(denied[0]).toBe(REFUSED.notYours);
    // A phone writing the board is ignored (read-only for phones).
    const writer = new (await import('@hocuspocus/provider')).HocuspocusProvider({
      url: URL_,
      WebSocketPolyfill: WebSocket,
      name: `room/${f.roomId}`,
      token: JSON.stringify({ k: f.roomKey, s: randomSecret() }),
    } as never);
    open.push(writer);
    await waitFor(() => writer.isSynced, 'the board writer to sync');
    writer.document.getMap('board').set('status', 'closed');
    writer.document.getMap('claims').set('m0', honest.phoneId);
    honest.answer('fa1', 'shouldBe', 2);
    await waitFor(() => f.answered('fa1').count === 1, 'the honest answer still arriving');
    expect(f.status).toBe('open');
    expect(f.phones()[0].answers.fa1).toEqual({ now: 1, shouldBe: 2 });
    wrong.destroy();
  });

  it('says a room is full, and a closed room ends for every phone and refuses late joiners', async () => {
    const f = facilitator('anonymous');
    const phones = Array.from({ length: 5 }, () => phone(f.roomKey));
    await waitFor(() => f.view().joined === 5, 'five phones');
    const sixth = phone(f.roomKey);
    await waitFor(() => sixth.view().refused, 'the sixth to be refused');
    expect(sixth.view().refused).toMatch(/^This room is full/);
    f.close();
    await waitFor(() => phones.every((p) => p.view().status === 'closed'), 'phones to see the room closed');
    const late = phone(f.roomKey);
    await waitFor(() => late.view().refused, 'a late joiner to be refused');
    expect(late.view().refused).toBe(REFUSED.closed);
  });

  it('refuses oversized, malformed and flooding messages; the room and server keep working', async () => {
    const c = charter();
    const f = facilitator('anonymous', c);
    const good = phone(f.roomKey);
    await waitFor(() => good.view().status === 'open' && f.view().joined === 1, 'a good phone');

    const raw = async (send: (ws: WebSocket) => void) => {
      const ws = new WebSocket(URL_);
      await new Promise((r) => ws.once('open', r));
      const closed = new Promise<{ code: number; reason: string }>((r) => ws.once('close', (code, reason) => r({ code, reason: reason.toString() })));
      ws.on('error', () => {});
      send(ws);
      return closed;
    };
    expect(await raw((ws) => ws.send(new Uint8Array(MAX_MESSAGE_BYTES + 1)))).toMatchObject({ code: 1009 });
    const malformed = await raw((ws) => ws.send(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff])));
    expect(malformed.code).toBeGreaterThanOrEqual(4000);

    // A phone that floods: 1,000 messages in one second.
    const flooder = phone(f.roomKey);
    await waitFor(() => flooder.view().status === 'open' && f.view().joined === 2, 'the flooder to join');
    const closes: string[] = [];
    flooder.socket.on('close', ({ event }: { event: { reason: string } }) => closes.push(event.reason));
    const t0 = Date.now();
    for (let i = 0; i < 1000; i++) flooder.answer('fa1', 'now', ((i % 4) + 1) as 1 | 2 | 3 | 4);
    // The answers are sent as separate messages; also push raw copies on the socket.
    const update = Y.encodeStateAsUpdate(flooder.mine);
    for (let i = 0; i < 1000 && Date.now() - t0 < 1000; i++) flooder.socket.send(update);
    await waitFor(() => closes.includes(CLOSE.tooMany.reason), 'the flood to be refused');
    expect(flooder.view().problem).toBe(CLOSE.tooMany.reason);

    // The room still works: the good phone answers and the facilitator sees it.
    good.answer('fa1', 'now', 2);
    good.answer('fa1', 'shouldBe', 2);
    await waitFor(() => f.phones().find((p) => p.phoneId === good.phoneId)?.answers.fa1?.shouldBe === 2, 'the good answer');
    // Nothing reached the charter before the reveal.
    expect(c.positions).toEqual([]);
    expect(c.tallies).toEqual([]);
    expect(roomIdFor(f.roomKey)).toBe(f.roomId);
  });
});
