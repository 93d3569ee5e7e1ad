// @vitest-environment node
/**
 * Several room-server processes behind one address share rooms through Redis
 * (Hocuspocus's Redis extension): a phone on one process, the facilitator on
 * another, and the answers arrive. Redis runs on loopback, in memory only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { newCharter } from '../charter/Charter';
import { FacilitatorRoom } from './FacilitatorRoom';
import { PhoneRoom } from './PhoneRoom';
import { randomSecret } from './roomKeys';
import { startRedis, startRoomProcess, type Running } from './roomProcesses';
import { fakeDist, waitFor } from './roomTesting';

const REDIS = 4199;
const A = 4191;
const B = 4192;
const running: Running[] = [];
const clients: Array<{ destroy(): void }> = [];

beforeAll(async () => {
  running.push(await startRedis(REDIS));
  const dist = fakeDist();
  running.push(...(await Promise.all([A, B].map((port) => startRoomProcess({ port, dist, redisPort: REDIS })))));
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.destroy();
  for (const r of running.reverse()) await r.stop();
});

describe('two room servers and Redis', () => {
  it('a phone on one process, the facilitator on the other: names and answers arrive, the reveal works', async () => {
    const c = newCharter();
    c.focusAreas = [{ id: 'fa1', name: 'Secondary math', scope: '', revealed: false }];
    c.team = [{ id: 'm1', name: 'Ana', title: '', side: 'district', signatory: true, keyboardName: '' }];
    const f = new FacilitatorRoom({ url: `ws://127.0.0.1:${A}/room`, secret: randomSecret(), WebSocketPolyfill: WebSocket });
    clients.push(f);
    f.open({ mode: 'named', title: 'Math', team: [{ id: 'm1', name: 'Ana' }], asked: { id: 'fa1', name: 'Secondary math', scope: '' } });
    await waitFor(() => f.view().connection === 'connected', 'the facilitator on process A', 15_000);

    const p = new PhoneRoom({ url: `ws://127.0.0.1:${B}/room`, key: f.roomKey, secret: randomSecret(), WebSocketPolyfill: WebSocket });
    clients.push(p);
    await waitFor(() => p.view().status === 'open', 'the phone on process B to see the room', 15_000);
    expect(p.view().team).toEqual([{ id: 'm1', name: 'Ana', taken: false }]);
    await waitFor(() => f.view().joined === 1, 'the facilitator to see the phone join', 15_000);
    p.claim('m1');
    await waitFor(() => p.view().myName?.name === 'Ana', 'the name granted across processes', 15_000);
    p.answer('fa1', 'now', 4);
    p.answer('fa1', 'shouldBe', 3);
    await waitFor(() => f.answered('fa1').count === 1, 'the answer on process A', 15_000);
    f.reveal(c, 'fa1');
    expect(c.positions).toEqual([{ focusAreaId: 'fa1', memberId: 'm1', now: 4, shouldBe: 3 }]);
    await waitFor(() => p.view().result?.answered === 1, 'the result back on process B', 15_000);
    f.close();
    await waitFor(() => p.view().status === 'closed', 'the closing on process B', 15_000);
  }, 60_000);
});
