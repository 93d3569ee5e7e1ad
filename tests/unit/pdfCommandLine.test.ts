/**
 * The command line prints in local time (TZ or --time-zone), warns before
 * printing a name it cannot print faithfully, and prints a whole backup: one
 * PDF per charter, a progress line each, on past a bad charter, exit 1 at the end.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Charter } from '../../src/charter/Charter';
import { minimalSignedCharter } from './minimalCharter';
import { findEmbeddedCharter } from '../../src/export/pdf/embeddedCharter';

const dir = mkdtempSync(join(tmpdir(), 'sp-pdf-cli-'));

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', 'scripts/pdf.ts', ...args],
      { timeout: 180_000, env: { ...process.env, LANG: 'en_US.UTF-8', ...env } },
      (error, stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function textOf(path: string): Promise<string> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    parts.push((await (await doc.getPage(p)).getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return parts.join('\n');
}

function save(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

describe('npm run pdf', () => {
  it('prints an evening signing in California on its own date, with a Pacific zone (TZ)', async () => {
    const c = await minimalSignedCharter(); // the last signature at 2026-09-14T03:00Z, no zone recorded
    const input = save('la.json', c);
    const us = await run([input, join(dir, 'la.pdf')], { TZ: 'America/Los_Angeles' });
    expect(us.stderr).toBe('');
    expect(await textOf(join(dir, 'la.pdf'))).toMatch(/September 13, 2026 at 8:00\s?PM PDT/);
    const gb = await run([input, join(dir, 'la-gb.pdf'), '--time-zone', 'America/Los_Angeles', '--locale', 'en-GB'], { TZ: 'UTC' });
    expect(gb.code).toBe(0);
    expect(await textOf(join(dir, 'la-gb.pdf'))).toMatch(/13 September 2026 at 20:00 GMT-7 \(Pacific Time\)/);
  }, 240_000);

  it('warns before printing a Devanagari or Thai name, naming the field', async () => {
    const c = await minimalSignedCharter(['राहुल शर्मा', 'สมชาย ใจดี']);
    const r = await run([save('indic.json', c), join(dir, 'indic.pdf')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Warning: team member 1, name: “राहुल शर्मा” — Devanagari letters would print unjoined/);
    expect(r.stderr).toMatch(/Warning: team member 2, name: “สมชาย ใจดี” — Thai letters/);
  }, 120_000);

  it('prints a backup: the latest revision of each charter, safe names, on past a bad one, exit 1 with the list', async () => {
    const base = JSON.parse(readFileSync('tests/fixtures/riverside-draft.json', 'utf8')) as Charter;
    const charters: unknown[] = [];
    for (let i = 0; i < 4; i++) charters.push({ ...structuredClone(base), id: `c${i}`, title: i === 1 ? 'Maths: "A/B" plan?' : `School ${i}` });
    charters.push({ ...structuredClone(base), id: 'old', title: 'School 0', revision: 1 });
    (charters[0] as Charter).previousRevisionId = 'old';
    (charters[0] as Charter).revision = 2;
    charters.push({ ...structuredClone(base), id: 'bad', title: 'Broken', revision: 0 });
    const input = save('backup.json', { format: 'same-playbook/backup', version: 1, exportedAt: '2026-10-01T09:30:00.000Z', charters });
    const out = join(dir, 'out');
    const r = await run([input, `${out}/`]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^\[1\/4\] /m);
    expect(r.stdout).toMatch(/^\[4\/4\] /m);
    expect(r.stdout).toMatch(/Wrote 4 of 4 PDFs in [\d.]+ s\./);
    expect(r.stderr).toMatch(/1 charter could not be printed:\n {2}- charters\[5\] \(“Broken”\): /);
    const files = readdirSync(out).sort();
    expect(files).toEqual([
      'Riverside Unified School District – Maths - A-B plan – r1.pdf',
      'Riverside Unified School District – School 0 – r2.pdf',
      'Riverside Unified School District – School 2 – r1.pdf',
      'Riverside Unified School District – School 3 – r1.pdf',
    ]);
    for (const f of files) expect(findEmbeddedCharter(new Uint8Array(readFileSync(join(out, f)))).kind).toBe('found');
    const all = await run([input, join(dir, 'all') + '/', '--all-revisions']);
    expect(readdirSync(join(dir, 'all'))).toHaveLength(5);
    expect(all.code).toBe(1);
  }, 240_000);
});
