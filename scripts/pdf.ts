/**
 * Make the PDF of a charter file from the command line.
 *
 *   npm run pdf -- <charter.json> <out.pdf> [--paper a4|letter]
 *
 * The file is read and checked by the app's own reader (upgraded from any
 * earlier version, validated, a signed charter verified); when it is not valid, the app's message is printed and no PDF is written.
 */
import { openAsBlob } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { readImportFile } from '../src/library/readImportFile';
import { buildCharterPdf } from '../src/export/pdf/charterPdf';
import { loadFontsFromDisk } from '../src/export/pdf/diskFonts';

const USAGE = 'Usage: npm run pdf -- <charter.json> <out.pdf> [--paper a4|letter]';

function fail(message: string, code = 1): never {
  process.stderr.write(message + '\n');
  process.exit(code);
}

function parseArgs(argv: string[]): { input: string; output: string; paper: 'letter' | 'a4' } {
  const positional: string[] = [];
  let paper: 'letter' | 'a4' = 'letter';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE + '\n');
      process.exit(0);
    }
    if (arg === '--paper' || arg.startsWith('--paper=')) {
      const value = arg.includes('=') ? arg.slice('--paper='.length) : argv[++i];
      if (value !== 'a4' && value !== 'letter') fail(`The paper size must be "a4" or "letter".\n${USAGE}`, 2);
      paper = value;
    } else if (arg.startsWith('--')) {
      fail(`Unknown option ${arg}.\n${USAGE}`, 2);
    } else {
      positional.push(arg);
    }
  }
  const [input, output] = positional;
  if (!input || !output || positional.length > 2) fail(USAGE, 2);
  return { input, output, paper };
}

async function main(): Promise<void> {
  const { input, output, paper } = parseArgs(process.argv.slice(2));
  const inputPath = resolve(input);
  try {
    const info = await stat(inputPath);
    if (!info.isFile()) fail(`${input} is not a file.`);
  } catch {
    fail(`The file ${input} could not be found or opened.`);
  }

  // Size-checked before it is read, exactly as in the app.
  // The app's own reader: decoded, upgraded from any earlier version, validated, and a signed
  // charter verified against its fingerprint (an edited signed charter is refused, as in the app).
  const result = await readImportFile(await openAsBlob(inputPath));
  if (!result.ok) fail(result.error);
  if (result.kind !== 'charter') fail('This is a library backup, not a charter file.');

  const started = performance.now();
  const pdf = await buildCharterPdf(result.charter, { fonts: await loadFontsFromDisk(), paper });
  const ms = performance.now() - started;
  const outputPath = resolve(output);
  await writeFile(outputPath, pdf);

  const pages = (new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b(?!s)/g) ?? []).length;
  const kb = (pdf.byteLength / 1024).toFixed(0);
  process.stdout.write(
    `Wrote ${outputPath}\n` +
      `${basename(inputPath)}: ${pages} ${pages === 1 ? 'page' : 'pages'}, ${kb} KB, ${paper === 'a4' ? 'A4' : 'US Letter'}, made in ${ms.toFixed(0)} ms.\n`,
  );
}

main().catch((e: unknown) => fail(`The PDF could not be made: ${e instanceof Error ? e.message : String(e)}`));
