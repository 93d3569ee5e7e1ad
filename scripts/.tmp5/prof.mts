import { readFileSync } from 'node:fs';
import { buildCharterPdf } from '../../src/export/pdf/charterPdf';
import { loadFontsFromDisk } from '../../src/export/pdf/diskFonts';
const c = JSON.parse(readFileSync('tests/fixtures/large-signed.json', 'utf8'));
const fonts = await loadFontsFromDisk();
for (let i = 0; i < 6; i++) { const t = performance.now(); await buildCharterPdf(c, { fonts, paper: 'letter' }); console.log(Math.round(performance.now() - t)); }
