/**
 * The room benchmark (`npm run bench` runs it after the app's figures; alone:
 * `npx tsx scripts/bench-room.ts` after a build):
 *  - the phone page's JavaScript (gzip), against its budget of 60 kB;
 *  - one room-server process on loopback with 50 rooms × 30 phones, all headless
 *    Hocuspocus clients in this Node process: each phone gives both views at a
 *    random moment over ten seconds; the latency is from the phone's second tap
 *    to the facilitator's browser having the whole answer (p50, p95; target p95
 *    < 250 ms); and the server's memory per room (resident set growth / rooms).
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { FacilitatorRoom } from '../src/room/FacilitatorRoom';
import { PhoneRoom } from '../src/room/PhoneRoom';
import { randomSecret } from '../src/room/roomKeys';
import { startRoomProcess } from '../src/room/roomProcesses';
import { waitFor } from '../src/room/roomTesting';

const ROOMS = Number(process.env.BENCH_ROOMS ?? 50);
const PHONES = Number(process.env.BENCH_PHONES ?? 30);
const PORT = Number(process.env.BENCH_ROOM_PORT ?? 4196);
const SPREAD_MS = 10_000;
const BUDGET_PHONE_JS_KB = 60;
const TARGET_P95_MS = 250;

const kb = (n: number) => (n / 1024).toFixed(1);
const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : NaN;
}

/** The phone page's JS: its entry script and every module it preloads. */
export function phonePageJs(dist: string): { files: string[]; gzip: number } {
  const html = readFileSync(`${dist}/phone.html`, 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gzip = files.reduce((sum, f) => sum + gzipSync(readFileSync(`${dist}/${f}`), { level: 9 }).length, 0);
  return { files, gzip };
}

export async function benchRoom(dist: string, say: (line: string) => void = console.log): Promise<boolean> {
  const phoneJs = phonePageJs(dist);
  const server = await startRoomProcess({ port: PORT, dist, env: { ROOM_MAX_PHONES: String(PHONES + 10), HOST: '127.0.0.1' } });
  const pid = server.child.pid!;
  const url = `ws://127.0.0.1:${PORT}/room`;
  const clients: Array<{ destroy(): void }> = [];
  const latencies: number[] = [];
  let ok = true;
  try {
    await new Promise((r) => setTimeout(r, 500));
    const rssBefore = rssOf(pid);
    const areaId = 'fa';
    const rooms: Array<{ f: FacilitatorRoom; phones: PhoneRoom[]; pending: Map<string, number> }> = [];
    for (let r = 0; r < ROOMS; r++) {
      const pending = new Map<string, number>();
      const f: FacilitatorRoom = new FacilitatorRoom({
        url,
        secret: randomSecret(),
        WebSocketPolyfill: WebSocket,
        onChange: () => {
          if (!pending.size) return;
          const now = performance.now();
          for (const p of f.phones()) {
            const t0 = pending.get(p.phoneId);
            const a = p.answers[areaId];
            if (t0 !== undefined && a?.now && a.shouldBe) {
              latencies.push(now - t0);
              pending.delete(p.phoneId);
            }
          }
        },
      });
      clients.push(f);
      f.open({ mode: 'anonymous', title: `Room ${r}`, team: [], asked: { id: areaId, name: 'Elementary reading', scope: '' } });
      const phones: PhoneRoom[] = [];
      for (let i = 0; i < PHONES; i++) {
        const p = new PhoneRoom({ url, key: f.roomKey, secret: randomSecret(), WebSocketPolyfill: WebSocket });
        clients.push(p);
        phones.push(p);
      }
      rooms.push({ f, phones, pending });
      await waitFor(() => f.view().joined === PHONES && phones.every((p) => p.view().status === 'open'), `room ${r} to fill`, 60_000);
    }
    // Let every facilitator follow every phone before measuring.
    await waitFor(() => rooms.every(({ f }) => f.phones().length === PHONES), 'facilitators to follow their phones', 60_000);
    await new Promise((r) => setTimeout(r, 1000));
    const rssFull = rssOf(pid);

    const t0 = performance.now();
    const timers: Array<Promise<void>> = [];
    for (const { phones, pending } of rooms) {
      for (const p of phones) {
        const at = Math.random() * SPREAD_MS;
        timers.push(
          new Promise<void>((resolve) =>
            setTimeout(() => {
              p.answer(areaId, 'now', (1 + Math.floor(Math.random() * 4)) as 1 | 2 | 3 | 4);
              setTimeout(() => {
                pending.set(p.phoneId, performance.now());
                p.answer(areaId, 'shouldBe', (1 + Math.floor(Math.random() * 4)) as 1 | 2 | 3 | 4);
                resolve();
              }, 300);
            }, at),
          ),
        );
      }
    }
    await Promise.all(timers);
    await waitFor(() => latencies.length === ROOMS * PHONES, 'every answer to reach its facilitator', 60_000);
    const elapsed = performance.now() - t0;
    const p50 = pct(latencies, 50);
    const p95 = pct(latencies, 95);
    const perRoom = (rssFull - rssBefore) / ROOMS;

    say(`room (phones answering, ${ROOMS} rooms × ${PHONES} phones on one server process, loopback):`);
    say(`  phone page JS: ${kb(phoneJs.gzip)} kB gzip (${phoneJs.files.length} files; budget ${BUDGET_PHONE_JS_KB} kB) — ${phoneJs.gzip / 1024 <= BUDGET_PHONE_JS_KB ? 'within budget' : 'OVER BUDGET'}`);
    say(`  answer → facilitator latency: p50 ${p50.toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms over ${latencies.length} answers in ${(elapsed / 1000).toFixed(1)} s (target p95 < ${TARGET_P95_MS} ms) — ${p95 < TARGET_P95_MS ? 'within target' : 'OVER TARGET'}`);
    say(`  server memory: ${kb(rssBefore / 1024)} MB at start, ${kb(rssFull / 1024)} MB with ${ROOMS} rooms open → ${kb(perRoom)} kB per room (${PHONES} phones, ${PHONES + 1} documents)`);
    if (p95 >= TARGET_P95_MS || phoneJs.gzip / 1024 > BUDGET_PHONE_JS_KB) ok = false;
  } finally {
    for (const c of clients) c.destroy();
    await server.stop();
  }
  if (!ok) process.exitCode = 1;
  return ok;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchRoom(process.env.BENCH_DIST ?? 'dist').catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
