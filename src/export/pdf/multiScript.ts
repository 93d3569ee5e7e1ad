/**
 * Every name in its own script. jsPDF draws a piece of text in one font, and
 * has no fallback from one font to another; here one jsPDF document learns to
 * split each piece of text into runs of one font (src/charter/printScripts.ts
 * decides which), to measure them and to wrap them. Everything that draws
 * text — the Writer and jspdf-autotable alike — goes through the document's
 * own text, getStringUnitWidth and splitTextToSize, so both follow.
 *
 * Text the base font draws alone (the usual case) takes jsPDF's own path
 * untouched, so an all-Latin charter costs what it did.
 *
 * Arabic is shaped by jsPDF's arabic plugin (its letters' joining forms) and
 * right-to-left runs are reversed by its bidi engine, each run on its own.
 */
import type { jsPDF } from 'jspdf';
import { isBaseOnly, textRuns, type ScriptFont } from '../../charter/printScripts';
import { wrapText } from './layout';

export const SCRIPT_FAMILY: Record<ScriptFont, string> = {
  arabic: 'NotoSansArabic',
  hebrew: 'NotoSansHebrew',
  sc: 'NotoSansSC',
  tc: 'NotoSansTC',
  jp: 'NotoSansJP',
  kr: 'NotoSansKR',
};

type TextFn = jsPDF['text'];
type TextOptions = Parameters<TextFn>[3];
/** A jsPDF font object, as jsPDF's internal getFont returns it. */
type FontRef = object;
export const fontObject = (doc: jsPDF, family: string, style: string): FontRef =>
  (doc.internal as unknown as { getFont(f: string, s: string): FontRef }).getFont(family, style);

/**
 * Register the script fonts (regular weight only: bold text in those scripts
 * prints in the regular weight) and teach the document to use them.
 */
export function installScriptFonts(doc: jsPDF, fonts: Partial<Record<ScriptFont, Uint8Array>>, toBase64: (b: Uint8Array) => string): void {
  const available = new Set<ScriptFont>();
  for (const [name, bytes] of Object.entries(fonts) as Array<[ScriptFont, Uint8Array | undefined]>) {
    if (!bytes) continue;
    const file = `${SCRIPT_FAMILY[name]}-Regular.ttf`;
    doc.addFileToVFS(file, toBase64(bytes));
    doc.addFont(file, SCRIPT_FAMILY[name], 'normal', 'Identity-H');
    available.add(name);
  }
  if (available.size === 0) return;

  const original = {
    text: doc.text.bind(doc) as (text: string | string[], x: number, y: number, options?: TextOptions) => jsPDF,
    unitWidth: doc.getStringUnitWidth.bind(doc),
    split: doc.splitTextToSize.bind(doc),
  };
  // jsPDF's arabic plugin: the joining form of each letter, lam-alef ligatures; no reordering.
  const shapeArabic = (t: string): string =>
    (doc as unknown as { processArabic?: (s: string) => string }).processArabic?.(t) ?? t;
  const fontOf = (font: string): FontRef | null =>
    font === 'base' || !available.has(font as ScriptFont) ? null : fontObject(doc, SCRIPT_FAMILY[font as ScriptFont], 'normal');

  const unitWidth = (text: string, options?: { fontSize?: number; font?: FontRef }): number => {
    if (isBaseOnly(text)) return original.unitWidth(text, options as never);
    let total = 0;
    for (const run of textRuns(text)) {
      const font = fontOf(run.font);
      total += original.unitWidth(run.text, (font ? { ...options, font } : options) as never);
    }
    return total;
  };

  doc.getStringUnitWidth = ((text: string, options?: { fontSize?: number; font?: FontRef }) => unitWidth(text, options)) as jsPDF['getStringUnitWidth'];

  doc.splitTextToSize = ((text: string | string[], maxLen: number, options?: { fontSize?: number }) => {
    const all = Array.isArray(text) ? text : [String(text)];
    if (all.every(isBaseOnly)) return original.split(text as string, maxLen, options);
    const size = options?.fontSize ?? doc.getFontSize();
    const measure = (s: string) => (unitWidth(s, { fontSize: size }) * size) / doc.internal.scaleFactor;
    return all.flatMap((t) => {
      const lines = wrapText(t, maxLen, measure);
      return lines.length ? lines : [''];
    });
  }) as jsPDF['splitTextToSize'];

  doc.text = ((text: string | string[], x: number, y: number, options?: TextOptions, transform?: unknown) => {
    const lines = Array.isArray(text) ? text : String(text).split(/\r?\n/);
    if (lines.every(isBaseOnly)) return (original.text as unknown as (...a: unknown[]) => jsPDF)(text, x, y, options, transform);
    const current = doc.getFont();
    const size = doc.getFontSize();
    const lineGap = size * doc.getLineHeightFactor();
    const align = options?.align ?? 'left';
    lines.forEach((line, i) => {
      const runs = textRuns(line);
      const widths = runs.map((r) => (unitWidth(r.text, { font: fontOf(r.font) ?? undefined }) * size) / doc.internal.scaleFactor);
      const total = widths.reduce((a, b) => a + b, 0);
      let cx = align === 'right' ? x - total : align === 'center' ? x - total / 2 : x;
      runs.forEach((run, r) => {
        const font = fontOf(run.font);
        if (font) doc.setFont(SCRIPT_FAMILY[run.font as ScriptFont], 'normal');
        else doc.setFont(current.fontName, current.fontStyle);
        const plain = { ...options, align: 'left' as const, maxWidth: undefined };
        if (run.rtl) {
          // Right to left: each letter (in its joining form) placed from the run's right edge
          // leftwards, in reading order, so text extraction reads the name as written.
          const shaped = Array.from(shapeArabic(run.text));
          let right = cx + widths[r]!;
          for (const ch of shaped) {
            const w = (original.unitWidth(ch, { font: font ?? undefined } as never) * size) / doc.internal.scaleFactor;
            right -= w;
            original.text(ch, right, y + i * lineGap, plain);
          }
        } else {
          original.text(run.text, cx, y + i * lineGap, plain);
        }
        cx += widths[r]!;
      });
    });
    doc.setFont(current.fontName, current.fontStyle);
    return doc;
  }) as TextFn;
}
