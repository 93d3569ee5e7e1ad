/**
 * Make PDFs of charters from the command line.
 *
 *   npm run pdf -- <charter.json> <out.pdf>       one charter
 *   npm run pdf -- <backup.json> <out-dir>/       one PDF per charter of a library backup
 *                                                 (the latest revision of each; --all-revisions for every one)
 *   options: --paper a4|letter  --time-zone <IANA zone>  --locale <BCP 47>  --all-revisions
 *
 * Files are read and checked by the app's own reader (upgraded from any
 * earlier version, validated, a signed charter verified against its
 * fingerprint); when one is not valid, the app's message is printed and no
 * PDF is written for it. Times print in each signer's recorded time zone, else
 * in the process's (TZ) or --time-zone; dates in the order of --locale (else
 * LC_ALL / LC_TIME / LANG, else en-US). Names the PDF cannot print faithfully
 * (a script it cannot shape, a letter no font has) are listed before the PDF
 * is made. Many at once: one progress line per file, on past a bad charter,
 * and exit status 1 at the end when any failed, with the list.
 */
import { openAsBlob } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Charter } from '../src/charter/Charter';
import { decodeFileBytes, openCharter } from '../src/charter/charterFile';
import { isTimeZone, localTimeZone } from '../src/charter/localTime';
import { BACKUP_FORMAT, MAX_BACKUP_BYTES } from '../src/library/backupFile';
import { readImportFile } from '../src/library/readImportFile';
import { hostileStructure } from '../src/library/safeJson';
import { verifyCharter } from '../src/library/checkCharterFile';
import { latestRevisions, pdfFileName, printWarnings, uniqueNames } from '../src/export/pdf/batch';
import { buildCharterPdf } from '../src/export/pdf/charterPdf';
import { loadFontsFromDisk } from '../src/export/pdf/diskFonts';
import type { Paper } from '../src/export/pdf/layout';

const USAGE =
  'Usage: npm run pdf -- <charter.json> <out.pdf> | <backup.json> <out-dir>/\n' +
  '       [--paper a4|letter] [--time-zone <zone, e.g. America/Los_Angeles>] [--locale <e.g. en-GB>] [--all-revisions]';

function fail(message: string, code = 1): never {
  process.stderr.write(message + '\n');
  process.exit(code);
}

interface Options {
  input: string;
  output: string;
  paper: Paper;
  timeZone: string;
  locale: string;
  allRevisions: boolean;
}

/** The locale of the environment ("en_GB.UTF-8" → "en-GB"), else en-US. */
function envLocale(): string {
  const raw = process.env.LC_ALL || process.env.LC_TIME || process.env.LANG || '';
  const m = /^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?/.exec(raw);
  if (!m || m[1] === 'C' || raw === 'POSIX') return 'en-US';
  return m[2] ? `${m[1]}-${m[2].toUpperCase()}` : m[1]!;
}

function parseArgs(argv: string[]): Options {
  const positional: string[] = [];
  const options = { paper: 'letter' as Paper, timeZone: localTimeZone(), locale: envLocale(), allRevisions: false };
  const value = (arg: string, name: string, i: number): [string, number] =>
    arg.includes('=') ? [arg.slice(name.length + 1), i] : [argv[i + 1] ?? '', i + 1];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    }
    if (arg === '--paper' || arg.startsWith('--paper=')) {
      const [v, next] = value(arg, '--paper', i);
      if (v !== 'a4' && v !== 'letter') fail(`The paper size must be "a4" or "letter".\n${USAGE}`, 2);
      options.paper = v;
      i = next;
    } else if (arg === '--time-zone' || arg.startsWith('--time-zone=')) {
      const [v, next] = value(arg, '--time-zone', i);
      if (!isTimeZone(v)) fail(`"${v}" is not a time zone this system knows (for example America/Los_Angeles).`, 2);
      options.timeZone = v;
      i = next;
    } else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const [v, next] = value(arg, '--locale', i);
      if (!v) fail(`--locale needs a value such as en-US or en-GB.\n${USAGE}`, 2);
      options.locale = v;
      i = next;
    } else if (arg === '--all-revisions') {
      options.allRevisions = true;
    } else if (arg.startsWith('--')) {
      fail(`Unknown option ${arg}.\n${USAGE}`, 2);
    } else {
      positional.push(arg);
    }
  }
  const [input, output] = positional;
  if (!input || !output || positional.length > 2) fail(USAGE, 2);
  return { input, output, ...options };
}

function countPages(pdf: Uint8Array): number {
  return (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

function warn(lines: string[], indent = ''): void {
  for (const line of lines) process.stderr.write(`${indent}Warning: ${line}\n`);
}

async function makePdf(charter: Charter, o: Options): Promise<Uint8Array> {
  return buildCharterPdf(charter, { fonts: await loadFontsFromDisk(charter), paper: o.paper, timeZone: o.timeZone, locale: o.locale });
}

async function one(o: Options, charter: Charter, inputPath: string): Promise<void> {
  warn(printWarnings(charter));
  const started = performance.now();
  const pdf = await makePdf(charter, o);
  const ms = performance.now() - started;
  const outputPath = resolve(o.output);
  await writeFile(outputPath, pdf);
  const pages = countPages(pdf);
  process.stdout.write(
    `Wrote ${outputPath}\n` +
      `${basename(inputPath)}: ${pages} ${pages === 1 ? 'page' : 'pages'}, ${(pdf.byteLength / 1024).toFixed(0)} KB, ` +
      `${o.paper === 'a4' ? 'A4' : 'US Letter'}, made in ${ms.toFixed(0)} ms.\n`,
  );
}

/** The charters of a backup, each read on its own so that one bad charter does not stop the rest. */
function backupCharters(value: Record<string, unknown>): { charters: Charter[]; failures: string[]; superseded: Set<string> } {
  const list = Array.isArray(value.charters) ? (value.charters as unknown[]) : [];
  const charters: Charter[] = [];
  const failures: string[] = [];
  const superseded = new Set<string>();
  list.forEach((item, i) => {
    const prev = (item as { previousRevisionId?: unknown } | null)?.previousRevisionId;
    if (typeof prev === 'string') superseded.add(prev);
    const r = openCharter(item);
    if (r.ok) charters.push(r.charter);
    else {
      const title = (item as { title?: unknown } | null)?.title;
      failures.push(`charters[${i}]${typeof title === 'string' && title.trim() ? ` (“${title.trim().slice(0, 80)}”)` : ''}: ${r.error}`);
    }
  });
  return { charters, failures, superseded };
}

async function many(o: Options, value: Record<string, unknown>): Promise<void> {
  const { charters, failures, superseded } = backupCharters(value);
  const chosen = o.allRevisions ? charters : latestRevisions(charters).filter((c) => !superseded.has(c.id));
  const names = uniqueNames(chosen.map(pdfFileName));
  const dir = resolve(o.output);
  await mkdir(dir, { recursive: true });
  const total = chosen.length;
  const started = performance.now();
  let written = 0;
  process.stdout.write(
    `${total} ${total === 1 ? 'charter' : 'charters'} (${o.allRevisions ? 'every revision' : 'the latest revision of each'}) → ${dir}\n`,
  );
  for (const [i, charter] of chosen.entries()) {
    const name = names[i]!;
    const at = `[${i + 1}/${total}]`;
    const t0 = performance.now();
    try {
      const verified = await verifyCharter(charter, `“${charter.title || 'Untitled charter'}”`);
      if (!verified.ok) throw new Error(verified.error);
      warn(printWarnings(charter), `${at} ${name}: `);
      const pdf = await makePdf(charter, o);
      await writeFile(join(dir, name), pdf);
      written++;
      process.stdout.write(
        `${at} ${name}: ${countPages(pdf)} pages, ${(pdf.byteLength / 1024).toFixed(0)} KB, ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
      );
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      failures.push(`${name}: ${message}`);
      process.stdout.write(`${at} ${name}: FAILED — ${message}\n`);
    }
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(`Wrote ${written} of ${total} PDFs in ${seconds} s.\n`);
  if (failures.length) {
    fail(`${failures.length} ${failures.length === 1 ? 'charter' : 'charters'} could not be printed:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const inputPath = resolve(o.input);
  let size = 0;
  try {
    const info = await stat(inputPath);
    if (!info.isFile()) fail(`${o.input} is not a file.`);
    size = info.size;
  } catch {
    fail(`The file ${o.input} could not be found or opened.`);
  }

  // A backup: many charters, each read and printed on its own.
  if (size <= MAX_BACKUP_BYTES) {
    const head = decodeFileBytes(new Uint8Array((await readFile(inputPath)).subarray(0, 256)));
    if (/^\s*\{\s*"format"\s*:\s*"same-playbook\/backup"/.test(head)) {
      let value: unknown;
      try {
        value = JSON.parse(decodeFileBytes(new Uint8Array(await readFile(inputPath))));
      } catch (e) {
        fail(`The file is not valid JSON (${(e as Error).message}).`);
      }
      const hostile = hostileStructure(value);
      if (hostile) fail(hostile);
      if ((value as { format?: unknown }).format !== BACKUP_FORMAT) fail('This is not a library backup.');
      if (o.output.endsWith('.pdf')) fail('A backup holds many charters: give a folder for their PDFs, e.g. out/.', 2);
      await many(o, value as Record<string, unknown>);
      return;
    }
  }

  // One charter: the app's own reader, size-checked before it is read.
  const result = await readImportFile(await openAsBlob(inputPath));
  if (!result.ok) fail(result.error);
  if (result.kind !== 'charter') fail('This is a library backup, not a charter file.');
  if (o.output.endsWith('/')) {
    await mkdir(resolve(o.output), { recursive: true });
    o.output = join(o.output, pdfFileName(result.charter));
  }
  await one(o, result.charter, inputPath);
}

main().catch((e: unknown) => fail(`The PDF could not be made: ${e instanceof Error ? e.message : String(e)}`));
