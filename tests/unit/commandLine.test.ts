/**
 * The command-line PDF export reads files with the app's own reader: every
 * earlier version opens, any encoding the app opens it opens too, and a signed
 * charter edited after signing is refused with the app's message, writing nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/library/readImportFile';

const dir = mkdtempSync(join(tmpdir(), 'sp-cli-'));
const fixture = (path: string) => readFileSync(`tests/fixtures/${path}`, 'utf8');

function pdf(input: string): Promise<{ code: number; stdout: string; stderr: string; output: string }> {
  const output = `${input}.pdf`;
  return new Promise((resolve) => {
    execFile(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/pdf.ts', input, output], { timeout: 90_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr, output }),
    );
  });
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
}

describe('the command line reads what the app reads', () => {
  const text = fixture('riverside-signed.json');
  const encodings: [string, Uint8Array | string][] = [
    ['utf8-bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['utf16le.json', utf16(text, 'le')],
    ['utf16be.json', utf16(text, 'be')],
  ];

  it.each(encodings)('the app opens %s', async (_name, bytes) => {
    const r = await readImportFile(new Blob([bytes as BlobPart]));
    expect(r.ok && r.kind === 'charter' && r.charter.district).toBe('Riverside Unified School District');
  });

  it.each(encodings)('the command line makes a PDF of %s', async (name, bytes) => {
    const r = await pdf(file(name, bytes));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(r.output).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 120_000);

  it('makes a PDF of a charter signed by the first release', async () => {
    const r = await pdf(file('first-release.json', fixture('history/v1-first-release-signed.json')));
    expect(r.code).toBe(0);
    expect(existsSync(r.output)).toBe(true);
  }, 120_000);

  it('refuses a signed charter edited after signing, with the app’s message, writing nothing', async () => {
    const edited = { ...JSON.parse(text), title: 'A title nobody signed' };
    const input = file('edited.json', JSON.stringify(edited));
    const app = await readImportFile(new Blob([JSON.stringify(edited)]));
    expect(app.ok).toBe(false);
    const r = await pdf(input);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(!app.ok ? app.error : 'accepted');
    expect(r.stderr).toContain('changed after it was signed');
    expect(existsSync(r.output)).toBe(false);
  }, 120_000);

  it('refuses a file from a newer version in words', async () => {
    const r = await pdf(file('newer.json', JSON.stringify({ ...JSON.parse(text), version: 99 })));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('made by a newer version of Same Playbook');
  }, 120_000);
});
