import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { emptyReflection, type Charter } from '../../charter/Charter';
import { CADENCE_LABELS } from '../../charter/Cadence';
import { parseCharterFile, serialiseCharter } from '../../charter/charterFile';
import { modelLabel } from '../../charter/DecisionModel';
import { buildCharterPdf, type PdfFonts } from './charterPdf';
import { base64ToBytes, bytesToBase64, extractCharterJson } from './embeddedCharter';
import { loadFontsFromDisk } from './diskFonts';
import { pageFrame } from './layout';

interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
}

interface Extracted {
  pages: TextItem[][];
  pageSizes: Array<{ width: number; height: number }>;
  /** All text, items joined with spaces, whitespace collapsed, NFC. */
  flat: string;
}

const norm = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

async function extract(pdf: Uint8Array): Promise<Extracted> {
  // pdf.js takes ownership of the buffer it is given, so hand it a copy.
  const doc = await getDocument({ data: pdf.slice(), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: TextItem[][] = [];
  const pageSizes: Extracted['pageSizes'] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    pageSizes.push({ width: x1 - x0, height: y1 - y0 });
    const content = await page.getTextContent();
    const items: TextItem[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      items.push({ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width });
    }
    pages.push(items);
  }
  await doc.destroy();
  return { pages, pageSizes, flat: norm(pages.map((items) => items.map((i) => i.str).join(' ')).join(' ')) };
}

function fixture(name: string): { text: string; charter: Charter } {
  const text = readFileSync(fileURLToPath(new URL(`../../../tests/fixtures/${name}`, import.meta.url)), 'utf8');
  const parsed = parseCharterFile(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return { text, charter: parsed.charter };
}

let fonts: PdfFonts;
beforeAll(async () => {
  fonts = await loadFontsFromDisk();
});

describe.each(['riverside-signed.json', 'riverside-draft.json', 'large-signed.json'])('the PDF of %s', (name) => {
  const { charter } = fixture(name);
  let pdf: Uint8Array;
  let text: Extracted;

  beforeAll(async () => {
    pdf = await buildCharterPdf(charter, { fonts, paper: 'letter' });
    text = await extract(pdf);
  });

  it('is a PDF with embedded fonts and no standard (unembedded) font', () => {
    const raw = new TextDecoder('latin1').decode(pdf);
    expect(raw.startsWith('%PDF-')).toBe(true);
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont\s*\/(Helvetica|Times|Courier)/);
    expect(pdf.byteLength).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('spells every team member’s name exactly', () => {
    const lines = new Set(text.pages.flat().map((i) => norm(i.str)));
    for (const m of charter.team) {
      expect(lines.has(m.name.normalize('NFC')), m.name).toBe(true);
      expect(text.flat).toContain(norm(m.name));
    }
  });

  it('names the district and numbers every page "Page X of N"', () => {
    expect(text.flat).toContain(norm(charter.district));
    const n = text.pages.length;
    text.pages.forEach((items, i) => {
      expect(items.some((it) => it.str === `Page ${i + 1} of ${n}`), `page ${i + 1}`).toBe(true);
      expect(items.some((it) => it.str.includes(`Revision ${charter.revision}`))).toBe(true);
    });
  });

  it('writes each focus area’s agreed model under its name', () => {
    for (const f of charter.focusAreas) {
      const model = charter.decisions.find((d) => d.focusAreaId === f.id)?.model ?? null;
      const scope = f.scope.trim() ? ` Scope ${norm(f.scope)}` : '';
      expect(text.flat).toContain(norm(`${f.name}${scope} Agreed model ${modelLabel(model)}`));
    }
  });

  it('cites the source of the four models once', () => {
    expect(text.flat.split('Four decision models: Education Northwest, 2017').length - 1).toBe(1);
  });

  it('shows the fingerprint when the charter is locked, and says "Not signed" otherwise', () => {
    if (charter.fingerprint) {
      expect(text.flat).toContain(`Fingerprint (SHA-256): ${charter.fingerprint}`);
      const short = charter.fingerprint.slice(0, 12);
      for (const items of text.pages) expect(items.some((it) => it.str.includes(`Fingerprint ${short}`))).toBe(true);
    } else {
      expect(text.flat).toContain('Not signed');
      expect(text.flat).not.toContain('Fingerprint');
    }
  });

  it('carries the charter file, which comes back unchanged', async () => {
    const json = await extractCharterJson(pdf);
    expect(json).toBe(serialiseCharter(charter));
    expect(JSON.parse(json!)).toEqual(charter);
  });

  it('keeps every piece of text inside the page margins', () => {
    text.pages.forEach((items, p) => {
      const { width, height } = text.pageSizes[p]!;
      for (const it of items) {
        expect(it.x, `page ${p + 1}: ${it.str}`).toBeGreaterThanOrEqual(53);
        expect(it.x + it.width, `page ${p + 1}: ${it.str}`).toBeLessThanOrEqual(width - 53);
        expect(it.y).toBeGreaterThan(20);
        expect(it.y).toBeLessThan(height - 20);
      }
    });
  });
});

describe('the PDF of large-signed.json', () => {
  const { charter } = fixture('large-signed.json');

  it('contains every expectation, with its cadence', async () => {
    const text = await extract(await buildCharterPdf(charter, { fonts, paper: 'letter' }));
    for (const e of charter.expectations) {
      expect(text.flat, e.id).toContain(norm(e.what));
      if (e.cadence) expect(text.flat).toContain(CADENCE_LABELS[e.cadence]);
    }
    for (const d of charter.domains) expect(text.flat).toContain(norm(d.name));
  });

  it('prints on A4 as well', async () => {
    const text = await extract(await buildCharterPdf(charter, { fonts, paper: 'a4' }));
    expect(text.pageSizes[0]!.width).toBeCloseTo(595.28, 1);
    expect(text.pageSizes[0]!.height).toBeCloseTo(841.89, 1);
    for (const m of charter.team) expect(text.flat).toContain(norm(m.name));
  });
});

describe('awkward charters', () => {
  it('copes with empty fields, long unbroken words and more focus areas than the 2×2 can hold', async () => {
    const { charter: base } = fixture('riverside-draft.json');
    const charter: Charter = structuredClone(base);
    charter.district = '';
    charter.title = '';
    charter.facilitator = '';
    charter.nextReviewDate = '';
    charter.reflection = emptyReflection();
    charter.focusAreas = Array.from({ length: 80 }, (_, i) => ({ id: `f${i}`, name: `Focus area number ${i + 1}`, scope: '', revealed: false }));
    charter.decisions = charter.focusAreas.map((f, i) => ({
      focusAreaId: f.id,
      model: i % 10 === 0 ? null : 1,
      rationale: i === 1 ? 'x'.repeat(3000) : 'Because.\n\nSecond paragraph. '.repeat(i === 2 ? 200 : 1),
      evidence: '',
      operatesNow: null,
      parked: false,
      parkedNote: '',
      needsFromSchools: '',
      needsFromDistrict: '',
    }));
    charter.positions = [];
    charter.roles[0]!.responsibilities = 'A long list of duties. '.repeat(400);
    charter.expectations[0] = { ...charter.expectations[0]!, ownerRoleId: null, cadence: null, start: '', due: '' };

    const pdf = await buildCharterPdf(charter, { fonts, paper: 'a4' });
    const text = await extract(pdf);
    expect(text.flat).toContain('District not named');
    expect(text.flat).toContain('Untitled charter');
    expect(text.flat).toMatch(/and \d+ more \(listed below\)/);
    expect(text.flat).toContain('No model agreed yet');
    expect(text.flat).toContain('No owner');
    const frame = pageFrame('a4');
    text.pages.forEach((items, p) => {
      for (const it of items) {
        expect(it.x, `page ${p + 1}`).toBeGreaterThanOrEqual(frame.marginX - 1);
        expect(it.x + it.width, `page ${p + 1}: ${it.str.slice(0, 30)}`).toBeLessThanOrEqual(frame.width - frame.marginX + 1);
      }
    });
    expect(JSON.parse((await extractCharterJson(pdf))!)).toEqual(charter);
  });
});

describe('the embedded charter file', () => {
  it('is absent from a PDF that has none', async () => {
    expect(await extractCharterJson(new TextEncoder().encode('%PDF-1.3\n%%EOF\n'))).toBeNull();
    expect(await extractCharterJson(new TextEncoder().encode('<sp:charterFileBase64>@@@</sp:charterFileBase64>'))).toBeNull();
  });

  it('encodes base64 like the platform does', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) % 256);
      const b64 = bytesToBase64(bytes);
      expect(b64).toBe(Buffer.from(bytes).toString('base64'));
      expect(Array.from(base64ToBytes(b64))).toEqual(Array.from(bytes));
    }
  });
});

describe('loading', () => {
  it('never imports jsPDF or autotable statically', () => {
    const source = readFileSync(fileURLToPath(new URL('./charterPdf.ts', import.meta.url)), 'utf8');
    const staticImports = source.match(/^\s*import\s+(?!type\b)[^;]*?from\s+['"]jspdf(-autotable)?['"]/gm);
    expect(staticImports).toBeNull();
    expect(source).not.toMatch(/^\s*import\s+['"]jspdf/m);
    expect(source).toContain("import('jspdf')");
    expect(source).toContain("import('jspdf-autotable')");
    // The pure helpers stay free of jsPDF, so they can be tested and bundled alone.
    const layout = readFileSync(fileURLToPath(new URL('./layout.ts', import.meta.url)), 'utf8');
    expect(layout).not.toMatch(/from\s+['"]jspdf|import\(\s*['"]jspdf/);
  });
});
