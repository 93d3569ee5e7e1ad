/**
 * The house style of the charter PDF and the Writer that flows content down
 * the pages: type sizes, greys, headings, paragraphs, label/value rows and
 * tables that break across pages with their header row repeated.
 */
import type { jsPDF } from 'jspdf';
import type { UserOptions } from 'jspdf-autotable';
import type { Charter } from '../../charter/Charter';
import type { ScriptFont } from '../../charter/printScripts';
import type { TimeDisplay } from '../../charter/localTime';
import { SCRIPT_FAMILY, fontObject, installScriptFonts } from './multiScript';
import { bytesToBase64 } from './embeddedCharter';
import {
  cleanText,
  contentWidth,
  fits,
  headingKeepHeight,
  place,
  truncateToWidth,
  wrapText,
  type PageFrame,
} from './layout';

/**
 * TrueType bytes of the two faces used for every piece of text, and of the
 * script fonts the charter needs (Arabic, Hebrew, Chinese, Japanese, Korean:
 * see src/charter/printScripts.ts), loaded only for charters that need them.
 */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  scripts?: Partial<Record<ScriptFont, Uint8Array>>;
}

export const FONT = 'NotoSans';

/** Type sizes (points). */
export const SIZE = {
  body: 10.5,
  small: 9,
  running: 8.5,
  h1: 18,
  h2: 14,
  h3: 11.5,
  title: 20,
} as const;
export const LEADING = 1.4;

/** Greys (0 = black, 255 = white). Meaning never rests on shade alone. */
export const INK = 0;
export const SECONDARY = 70;
export const RULE = 140;
export const FILL = 235;

export type AutoTable = (doc: jsPDF, options: UserOptions) => void;

export function orUntitled(text: string, fallback: string): string {
  const t = cleanText(text).trim();
  return t === '' ? fallback : t;
}

export function statusText(charter: Charter): string {
  return charter.status === 'signed' ? 'Signed' : 'Draft (not signed)';
}

export type KeyValueRow = [label: string, value: string] | [label: string, value: string, style: { bold: boolean }];

/** A bookmark: a section's title, its level (1 = section, 2 = within it) and its page. */
export interface OutlineEntry {
  title: string;
  level: 1 | 2;
  page: number;
}

/** Draws flowing content down the page and starts new pages when it must. */
export class Writer {
  y: number;
  /** Sections in order, for the PDF's bookmarks and the table of contents. */
  readonly outline: OutlineEntry[] = [];
  /** How dates and times are shown: the locale's order, the reader's zone for times without one. */
  display: TimeDisplay = { locale: 'en-US', timeZone: 'UTC' };
  readonly width: number;
  private size: number = SIZE.body;

  constructor(
    readonly doc: jsPDF,
    readonly frame: PageFrame,
    private readonly autoTable: AutoTable,
  ) {
    this.y = frame.top;
    this.width = contentWidth(frame);
  }

  get x(): number {
    return this.frame.marginX;
  }

  font(size: number, bold = false, grey = INK): this {
    this.size = size;
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(grey);
    return this;
  }

  readonly measure = (s: string): number => this.doc.getTextWidth(s);

  lineHeight(size = this.size): number {
    return size * LEADING;
  }

  wrap(text: string, width: number, size: number, bold = false): string[] {
    this.font(size, bold);
    return wrapText(text, width, this.measure);
  }

  /** Draw one line whose box starts at top (the baseline sits inside the box). */
  drawLine(text: string, x: number, top: number, options: { align?: 'left' | 'right' | 'center' } = {}): void {
    if (text === '') return;
    this.doc.text(text, x, top + this.size * 1.05, { align: options.align ?? 'left' });
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.frame.top;
  }

  atTop(): boolean {
    return this.y <= this.frame.top + 0.5;
  }

  /** Make sure a block of height h fits below the cursor, starting a page if not. */
  ensure(h: number): void {
    if (place(this.y, h, this.frame).newPage) this.newPage();
  }

  space(h: number): void {
    this.y += h;
    if (this.y > this.frame.bottom) this.newPage();
  }

  /**
   * Lines of text, breaking across pages between lines. A paragraph never
   * leaves a single line alone at the bottom of a page when it has more.
   */
  lines(lines: string[], x: number, size: number, bold = false, grey = INK): void {
    const lh = this.lineHeight(size);
    lines.forEach((line, i) => {
      const remaining = lines.length - i;
      const need = i === 0 && remaining > 1 ? 2 * lh : lh;
      this.ensure(need);
      this.font(size, bold, grey);
      this.drawLine(line, x, this.y);
      this.y += lh;
    });
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; grey?: number; indent?: number; after?: number } = {}): void {
    const size = options.size ?? SIZE.body;
    const indent = options.indent ?? 0;
    const lines = this.wrap(text, this.width - indent, size, options.bold);
    this.lines(lines, this.x + indent, size, options.bold, options.grey);
    this.y += options.after ?? size * 0.6;
  }

  /** A heading kept together with at least `keep` points of what follows. */
  heading(text: string, level: 1 | 2 | 3, keep = 48): void {
    const size = level === 1 ? SIZE.h1 : level === 2 ? SIZE.h2 : SIZE.h3;
    const before = level === 1 ? 14 : level === 2 ? 10 : 6;
    const after = level === 1 ? 6 : level === 2 ? 4 : 2;
    const lines = this.wrap(text, this.width, size, true);
    const lh = size * 1.25;
    if (!this.atTop()) this.y += before;
    this.ensure(headingKeepHeight(lines.length * lh + after, keep, keep));
    this.font(size, true);
    for (const line of lines) {
      this.drawLine(line, this.x, this.y);
      this.y += lh;
    }
    this.y += after;
  }

  /** A heading that is also a bookmark (and a line of the table of contents). */
  section(text: string, level: 1 | 2, keep = 48): void {
    this.heading(text, level, keep);
    this.outline.push({ title: text, level, page: this.doc.getNumberOfPages() });
  }

  rule(grey = RULE, width = 0.5): void {
    this.doc.setDrawColor(grey);
    this.doc.setLineWidth(width);
    this.doc.line(this.x, this.y, this.x + this.width, this.y);
  }

  /**
   * Label / value rows: a bold label in a narrow left column, its value
   * wrapped in the rest. The label stays with the first lines of its value.
   */
  /** The height keyValues would take, ignoring page breaks. */
  keyValuesHeight(rows: KeyValueRow[], labelWidth = 150): number {
    const lh = this.lineHeight(SIZE.body);
    return rows.reduce((h, [label, value, style]) => {
      const l = this.wrap(label, labelWidth - 10, SIZE.body, true).length;
      const v = Math.max(1, this.wrap(value, this.width - labelWidth, SIZE.body, style?.bold).length);
      return h + Math.max(l, v) * lh + 3;
    }, 0);
  }

  keyValues(rows: KeyValueRow[], labelWidth = 150): void {
    const size = SIZE.body;
    const lh = this.lineHeight(size);
    const valueX = this.x + labelWidth;
    const valueWidth = this.width - labelWidth;
    for (const [label, value, style] of rows) {
      const valueBold = style?.bold ?? false;
      const labelLines = this.wrap(label, labelWidth - 10, size, true);
      const valueLines = this.wrap(value, valueWidth, size, valueBold);
      if (valueLines.length === 0) valueLines.push('');
      const firstBlock = Math.max(labelLines.length, Math.min(valueLines.length, 2)) * lh;
      this.ensure(firstBlock);
      const top = this.y;
      this.font(size, true);
      labelLines.forEach((l, i) => this.drawLine(l, this.x, top + i * lh));
      this.font(size, valueBold);
      let y = top;
      let broke = false;
      for (const line of valueLines) {
        if (!fits(y, lh, this.frame.bottom)) {
          this.newPage();
          y = this.y;
          broke = true;
          this.font(SIZE.small, false, SECONDARY);
          this.drawLine(truncateToWidth(`${labelLines.join(' ')} (continued)`, labelWidth - 10, this.measure), this.x, y + 1);
          this.font(size, valueBold);
        }
        this.drawLine(line, valueX, y);
        y += lh;
      }
      this.y = (broke ? y : Math.max(y, top + labelLines.length * lh)) + 3;
    }
  }

  /**
   * An autotable in the house style. Rows never split across pages and the
   * header row repeats; with `continued`, each later page of the table starts
   * with that label, so a reader landing there knows what the table is.
   */
  table(options: UserOptions, continued?: string): void {
    const { frame } = this;
    const labelH = continued ? SIZE.small * 1.4 + 4 : 0;
    this.autoTable(this.doc, {
      theme: 'grid',
      startY: this.y,
      margin: { top: frame.top + labelH, bottom: frame.height - frame.bottom, left: frame.marginX, right: frame.marginX },
      showHead: 'everyPage',
      rowPageBreak: 'avoid',
      tableLineColor: RULE,
      tableLineWidth: 0.5,
      ...options,
      styles: {
        font: FONT,
        fontStyle: 'normal',
        fontSize: SIZE.small,
        textColor: INK,
        lineColor: RULE,
        lineWidth: 0.5,
        cellPadding: { top: 4, bottom: 4, left: 5, right: 5 },
        overflow: 'linebreak',
        valign: 'top',
        ...options.styles,
      },
      headStyles: {
        font: FONT,
        fontStyle: 'bold',
        fillColor: FILL,
        textColor: INK,
        ...options.headStyles,
      },
      didDrawPage: (data) => {
        if (continued && data.pageNumber > 1) {
          this.font(SIZE.small, true, SECONDARY);
          this.drawLine(truncateToWidth(`${continued} (continued)`, this.width, this.measure), frame.marginX, frame.top);
        }
        options.didDrawPage?.(data);
      },
    });
    const last = (this.doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 10;
    if (this.y > this.frame.bottom) this.newPage();
  }
}

/** Base64 of each font, kept while its bytes live (printing many charters reuses it). */
const base64Cache = new WeakMap<Uint8Array, string>();

function fontBase64(bytes: Uint8Array): string {
  let b64 = base64Cache.get(bytes);
  if (b64 === undefined) {
    b64 = bytesToBase64(bytes);
    base64Cache.set(bytes, b64);
  }
  return b64;
}

export function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('NotoSans-Regular.ttf', fontBase64(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal', 'Identity-H');
  doc.addFileToVFS('NotoSans-Bold.ttf', fontBase64(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold', 'Identity-H');
  installScriptFonts(doc, fonts.scripts ?? {}, fontBase64);
  doc.setFont(FONT, 'normal');
}

interface RawTable {
  raw(): number[] | Uint8Array;
}

interface FontTables {
  post?: RawTable;
  cmap?: RawTable;
  hmtx?: RawTable;
  hhea?: { numberOfMetrics: number };
  glyIdsUsed?: number[];
  slim?: boolean;
}

/**
 * jsPDF's subset keeps whole tables of the original font that a PDF reader
 * never uses for an embedded CID font (glyphs are found by CID, widths come
 * from the PDF's /W array, text maps to Unicode through /ToUnicode): in Noto
 * Sans, 53 kB of glyph names ('post'), the character map ('cmap') and the
 * metrics of every glyph not used ('hmtx'). Each is slimmed, keeping a valid
 * table: 'post' version 3 (no names), a 'cmap' with one empty subtable, and
 * 'hmtx' with zeros for the glyphs the document does not use.
 */
function slimFontTables(font: FontTables | undefined): void {
  if (!font || font.slim) return;
  font.slim = true;
  if (font.post) {
    const raw = font.post.raw.bind(font.post);
    font.post.raw = () => {
      const header = Array.from(raw()).slice(0, 32);
      if (header.length < 32) return raw();
      header.splice(0, 4, 0, 3, 0, 0);
      return header;
    };
  }
  if (font.cmap) {
    // version 0, one subtable (Windows, Unicode BMP) in format 4 with the single 0xFFFF segment.
    font.cmap.raw = () => [
      0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12,
      0, 4, 0, 32, 0, 0, 0, 2, 0, 2, 0, 0, 0, 0, 0xff, 0xff, 0, 0, 0xff, 0xff, 0, 1, 0, 0,
    ];
  }
  const hmtx = font.hmtx;
  const metrics = font.hhea?.numberOfMetrics ?? 0;
  if (hmtx && metrics > 0 && font.glyIdsUsed) {
    const raw = hmtx.raw.bind(hmtx);
    const used = font.glyIdsUsed;
    hmtx.raw = () => {
      const full = Array.from(raw());
      const out = new Array<number>(full.length).fill(0);
      for (const id of used) {
        const at = id < metrics ? id * 4 : metrics * 4 + (id - metrics) * 2;
        const len = id < metrics ? 4 : 2;
        for (let i = 0; i < len; i++) out[at + i] = full[at + i] ?? 0;
      }
      return out;
    };
  }
}

/**
 * jsPDF embeds only the glyphs a document uses, but names each font without
 * the six-letter tag that tells readers (and pdffonts) a font is a subset.
 * Call once all text is drawn, just before output (drawing looks fonts up by name).
 */
export function tagSubsets(doc: jsPDF): void {
  const ours = new Set([FONT, ...Object.values(SCRIPT_FAMILY)]);
  let n = 0;
  for (const [family, styles] of Object.entries(doc.getFontList())) {
    if (!ours.has(family)) continue;
    for (const style of styles) {
      const font = fontObject(doc, family, style) as unknown as { fontName: string; metadata?: FontTables };
      slimFontTables(font.metadata);
      const tag = 'SP' + String.fromCharCode(65 + Math.floor(n / 26 / 26) % 26, 65 + Math.floor(n / 26) % 26, 65 + (n % 26)) + 'A';
      if (!/^[A-Z]{6}\+/.test(font.fontName)) font.fontName = `${tag}+${font.fontName}`;
      n++;
    }
  }
}
