/**
 * Finding one's way in a long charter: PDF bookmarks (the outline the viewer
 * shows beside the pages) for every section, and, when the charter runs past
 * eight pages, a table of contents inserted after the "At a glance" page.
 */
import type { jsPDF } from 'jspdf';
import { truncateToWidth } from './layout';
import { SECONDARY, SIZE, type OutlineEntry, type Writer } from './writer';

/** Past this many pages, the PDF gets a table of contents. */
export const TOC_AFTER_PAGES = 8;

/** A PDF text string: as is when it is plain ASCII, else UTF-16BE with its byte-order mark. */
export function pdfTextString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return s;
  let out = '\u00fe\u00ff';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(c >> 8, c & 0xff);
  }
  return out;
}

interface OutlineApi {
  add(parent: unknown, title: string, options: { pageNumber: number }): unknown;
}

/** Bookmarks for every entry: level 2 entries under the level 1 entry before them. */
export function addBookmarks(doc: jsPDF, entries: readonly OutlineEntry[]): void {
  const outline = (doc as unknown as { outline?: OutlineApi }).outline;
  if (!outline || entries.length === 0) return;
  let parent: unknown = null;
  for (const e of entries) {
    const node = outline.add(e.level === 1 ? null : parent, pdfTextString(e.title), { pageNumber: e.page });
    if (e.level === 1) parent = node;
  }
  // Open with the bookmarks shown.
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
}

/**
 * Insert a table of contents as page `at` when the document is long enough.
 * Returns the entries with their page numbers after the insertion. Level 2
 * entries are listed when they all fit on the one page, else only sections.
 */
export function insertTableOfContents(w: Writer, entries: readonly OutlineEntry[], at: number): OutlineEntry[] {
  const { doc, frame } = w;
  if (doc.getNumberOfPages() <= TOC_AFTER_PAGES) return [...entries];
  const shifted = entries.map((e) => ({ ...e, page: e.page >= at ? e.page + 1 : e.page }));
  const lh = w.lineHeight(SIZE.body);
  const room = Math.floor((frame.bottom - frame.top - 60) / lh);
  const listed = shifted.length <= room ? shifted : shifted.filter((e) => e.level === 1).slice(0, room);

  doc.insertPage(at);
  w.y = frame.top;
  w.section('Contents', 1, 60);
  const numberW = 40;
  for (const e of listed) {
    const indent = e.level === 2 ? 16 : 0;
    w.font(SIZE.body, e.level === 1);
    const title = truncateToWidth(e.title, w.width - indent - numberW - 10, w.measure);
    w.drawLine(title, w.x + indent, w.y);
    // Dotted leader from the title to the page number.
    const from = w.x + indent + w.measure(title) + 6;
    const to = w.x + w.width - numberW;
    if (to > from) {
      doc.setDrawColor(SECONDARY);
      doc.setLineWidth(0.5);
      doc.setLineDashPattern([0.5, 2.5], 0);
      doc.line(from, w.y + SIZE.body * 1.05, to, w.y + SIZE.body * 1.05);
      doc.setLineDashPattern([], 0);
    }
    w.drawLine(String(e.page), w.x + w.width, w.y, { align: 'right' });
    w.y += lh;
  }
  // The Contents bookmark itself sits on the inserted page; later pages are already shifted.
  const contents = w.outline.pop()!;
  const result = [...shifted];
  const before = result.findIndex((e) => e.page > at);
  result.splice(before < 0 ? result.length : before, 0, { ...contents, page: at });
  // Carry on writing at the end of the document.
  doc.setPage(doc.getNumberOfPages());
  return result;
}
