/** The PDF's fonts, read from node_modules (command line and tests). */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Charter } from '../../charter/Charter';
import { fontsForCharter, type ScriptFont } from '../../charter/printScripts';
import type { PdfFonts } from './charterPdf';
import { BASE_FONT_FILES, SCRIPT_FONT_FILES } from './fontFiles';

const require = createRequire(import.meta.url);
const cache = new Map<string, Promise<Uint8Array>>();

function read(file: string): Promise<Uint8Array> {
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFile(require.resolve(file)).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength));
    cache.set(file, bytes);
  }
  return bytes;
}

/** Noto Sans, and the script fonts the charter needs (none when no charter is given). */
export async function loadFontsFromDisk(charter?: Charter): Promise<PdfFonts> {
  const needed: ScriptFont[] = charter ? fontsForCharter(charter) : [];
  const [regular, bold, ...scripts] = await Promise.all([
    read(BASE_FONT_FILES.regular),
    read(BASE_FONT_FILES.bold),
    ...needed.map((name) => read(SCRIPT_FONT_FILES[name])),
  ]);
  return { regular: regular!, bold: bold!, scripts: Object.fromEntries(needed.map((name, i) => [name, scripts[i]!])) };
}
