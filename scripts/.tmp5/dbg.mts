import { readFileSync } from 'node:fs';
import { buildCharterPdf } from '../../src/export/pdf/charterPdf';
import { loadFontsFromDisk } from '../../src/export/pdf/diskFonts';
import { pdfText } from '../../tests/e2e/pdfText';
const c = JSON.parse(readFileSync('tests/fixtures/large-signed.json', 'utf8'));
const pdf = await buildCharterPdf(c, { fonts: await loadFontsFromDisk(), paper: 'letter' });
const { text } = await pdfText(pdf);
const pages = text.split('\f');
console.log(JSON.stringify(pages[21].slice(0, 400)));
