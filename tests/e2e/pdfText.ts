/** Read the text of a PDF in Node, the way a reader's search box would see it. */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  pages: number;
  /** Every page's text; lines joined by "\n", whitespace inside a line collapsed to one space. */
  text: string;
}

export async function pdfText(bytes: Uint8Array): Promise<PdfText> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const out: string[] = [];
  try {
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          out.push(line);
          line = '';
        }
      }
      if (line) out.push(line);
      out.push('\f');
    }
    return { pages: doc.numPages, text: out.map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).join('\n') };
  } finally {
    await doc.destroy();
  }
}

/** The text with all line breaks turned into spaces, so phrases wrapped across lines still match. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
