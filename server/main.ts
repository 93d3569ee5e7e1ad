/**
 * `npm run room` — serve the built app, its phone page and the room socket on
 * one origin, and print where to open them. Settings come from the environment:
 *
 *   PORT                 port to listen on (4180)
 *   HOST                 address to listen on (0.0.0.0: every network the machine is on)
 *   ROOM_PUBLIC_URL      the address phones open, when the server sits behind a proxy or
 *                        TLS terminator (e.g. https://rooms.district.example); comma-separated for several
 *   REDIS_URL            redis://host:port — share rooms with the other processes behind one address
 *   ROOM_MAX_PHONES      phones in one room (100)
 *   ROOM_MAX_ROOMS       rooms open at once in this process (500)
 *   ROOM_DIST            the built app (dist)
 */
import { networkInterfaces } from 'node:os';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startRoomServer } from './roomServer';

function intEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    console.error(`${name} must be a whole number above zero (it is "${raw}").`);
    process.exit(2);
  }
  return n;
}

function lanAddresses(): string[] {
  const out: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) out.push(a.address);
  }
  return out;
}

function redisFrom(url: string | undefined): { host: string; port: number } | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'redis:') throw new Error('not redis:');
    return { host: u.hostname || '127.0.0.1', port: Number(u.port || 6379) };
  } catch {
    console.error(`REDIS_URL must look like redis://127.0.0.1:6379 (it is "${url}").`);
    process.exit(2);
  }
}

const port = intEnv('PORT', 4180);
const host = process.env.HOST || '0.0.0.0';
const dist = resolve(process.env.ROOM_DIST || 'dist');
if (!existsSync(`${dist}/index.html`) || !existsSync(`${dist}/phone.html`)) {
  console.error(`No built app in ${dist}. Run "npm run room" (it builds first) or "npx vite build".`);
  process.exit(2);
}
const publicUrls = (process.env.ROOM_PUBLIC_URL ?? '').split(',').map((s) => s.trim().replace(/\/+$/, '')).filter(Boolean);
const lan = lanAddresses().map((a) => `http://${a}:${port}`);
const phoneBases = publicUrls.length ? publicUrls : lan;
const redis = redisFrom(process.env.REDIS_URL);

const server = await startRoomServer({
  port,
  host,
  dist,
  redis,
  maxPhones: intEnv('ROOM_MAX_PHONES', 100),
  maxRooms: intEnv('ROOM_MAX_ROOMS', 500),
  phoneBases,
});

console.log('Same Playbook room server');
console.log(`  Facilitator, on this computer:  http://localhost:${server.port}`);
if (phoneBases.length) {
  for (const b of phoneBases) console.log(`  Phones in the room:             ${b}`);
} else {
  console.log('  Phones: this computer is on no network. Join the venue wifi or turn on a hotspot, then restart.');
}
console.log(redis ? `  Sharing rooms through Redis at ${redis.host}:${redis.port}` : '  One process (set REDIS_URL to share rooms across several)');
console.log('  Rooms live in memory only. Press Ctrl+C to stop.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    void server.close().finally(() => process.exit(0));
  });
}
