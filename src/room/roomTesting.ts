/** Helpers for the room's Node tests and benchmark (not part of the app). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Wait until `check` returns something truthy (polling), or fail after `ms`. */
export async function waitFor<T>(check: () => T, what: string, ms = 10_000): Promise<NonNullable<T>> {
  const start = Date.now();
  for (;;) {
    const v = check();
    if (v) return v as NonNullable<T>;
    if (Date.now() - start > ms) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A stand-in build folder (index.html and phone.html) for servers started by tests. */
export function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'room-dist-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'phone.html'), '<!doctype html><title>phone</title>');
  return dir;
}
