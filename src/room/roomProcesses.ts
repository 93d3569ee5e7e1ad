/**
 * Starting real processes for the room's integration test, end-to-end test and
 * benchmark: redis-server on loopback (nothing written to disk) and room servers
 * (`tsx server/main.ts`). Each is stopped by its own process id.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface Running {
  child: ChildProcess;
  output: () => string;
  stop(): Promise<void>;
}

function track(child: ChildProcess): Running {
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return {
    child,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 3000).unref();
      }),
  };
}

async function waitUntil(check: () => boolean | Promise<boolean>, what: string, ms: number, proc?: Running) {
  const start = Date.now();
  while (!(await check())) {
    if (proc && proc.child.exitCode !== null) throw new Error(`${what}: the process ended.\n${proc.output()}`);
    if (Date.now() - start > ms) throw new Error(`${what}: not ready after ${ms} ms.\n${proc?.output() ?? ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createConnection({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

/** redis-server on 127.0.0.1:<port>, in memory only (no snapshots, no append-only file). */
export async function startRedis(port: number): Promise<Running> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', '/tmp'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const r = track(child);
  child.on('error', () => {});
  await waitUntil(() => portOpen(port), 'redis-server (install it: sudo apt-get install -y redis-server)', 10_000, r);
  return r;
}

/** One room-server process, as `npm run room` starts it (without the build step). */
export async function startRoomProcess(opts: { port: number; dist: string; redisPort?: number; env?: Record<string, string> }): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(opts.port),
      HOST: '0.0.0.0',
      ROOM_DIST: opts.dist,
      ...(opts.redisPort ? { REDIS_URL: `redis://127.0.0.1:${opts.redisPort}` } : {}),
      ...opts.env,
    },
  });
  const r = track(child);
  await waitUntil(() => r.output().includes('Press Ctrl+C to stop'), `room server on port ${opts.port}`, 30_000, r);
  return r;
}
