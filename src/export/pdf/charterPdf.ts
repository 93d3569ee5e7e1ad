/**
 * The signed (or draft) charter as a printable PDF: real text in embedded
 * Noto Sans, black and grey only, with the charter file itself tucked into the
 * PDF's metadata so the app can open the PDF again.
 *
 * jsPDF and jspdf-autotable are loaded with import() inside buildCharterPdf,
 * never statically, so they stay out of the app's first download.
 */
import type { jsPDF } from 'jspdf';
import type { CellHookData, UserOptions } from 'jspdf-autotable';
import { CADENCE_LABELS } from '../../charter/Cadence';
import { decisionFor, roomPosition, signatories, type Charter } from '../../charter/Charter';
import { serialiseCharter } from '../../charter/charterFile';
import { DECISION_MODELS, MODEL_NUMBERS, SOURCE_CITATION, modelLabel, type ModelNumber } from '../../charter/DecisionModel';
import { shortFingerprint } from '../../charter/fingerprint';
import { bytesToBase64, charterXmp } from './embeddedCharter';
import {
  GRID_CELL,
  NO_OWNER,
  cleanText,
  contentWidth,
  fits,
  formatDate,
  formatDateShort,
  formatDateTime,
  groupExpectationsByOwner,
  headingKeepHeight,
  pageFrame,
  place,
  sideLabel,
  truncateToWidth,
  wrapText,
  type PageFrame,
  type Paper,
} from './layout';

/** TrueType bytes of the two faces used for every piece of text. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface CharterPdfOptions {
  fonts: PdfFonts;
  paper: Paper;
}

const FONT = 'NotoSans';

/** Type sizes (points). */
const SIZE = {
  body: 10.5,
  small: 9,
  running: 8.5,
  h1: 18,
  h2: 14,
  h3: 11.5,
  title: 20,
} as const;
const LEADING = 1.4;

/** Greys (0 = black, 255 = white). Meaning never rests on shade alone. */
const INK = 0;
const SECONDARY = 70;
const RULE = 140;
const FILL = 235;

type AutoTable = (doc: jsPDF, options: UserOptions) => void;

const REFLECTION_LABELS: Array<[keyof Charter['reflection'], string]> = [
  ['whyNow', 'Why now'],
  ['dataReviewed', 'Data we reviewed'],
  ['dataShows', 'What the data shows'],
  ['rootCauses', 'Root causes'],
  ['earlierEfforts', 'What held back earlier efforts'],
  ['doDifferently', 'What we will do differently'],
];

function orUntitled(text: string, fallback: string): string {
  const t = cleanText(text).trim();
  return t === '' ? fallback : t;
}

function statusText(charter: Charter): string {
  return charter.status === 'signed' ? 'Signed' : 'Draft (not signed)';
}

function positionText(n: ModelNumber | null | undefined): string {
  return n ? modelLabel(n) : 'Not recorded';
}

type KeyValueRow = [label: string, value: string] | [label: string, value: string, style: { bold: boolean }];

/** Draws flowing content down the page and starts new pages when it must. */
class Writer {
  y: number;
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
          this.drawLine(`${continued} (continued)`, frame.marginX, frame.top);
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

function registerFonts(doc: jsPDF, fonts: PdfFonts): void {
  doc.addFileToVFS('NotoSans-Regular.ttf', fontBase64(fonts.regular));
  doc.addFont('NotoSans-Regular.ttf', FONT, 'normal', 'Identity-H');
  doc.addFileToVFS('NotoSans-Bold.ttf', fontBase64(fonts.bold));
  doc.addFont('NotoSans-Bold.ttf', FONT, 'bold', 'Identity-H');
  doc.setFont(FONT, 'normal');
}

function drawCover(w: Writer, charter: Charter): void {
  const { doc } = w;
  w.y = w.frame.top + 16;
  w.paragraph(orUntitled(charter.district, 'District not named'), { size: SIZE.h2, grey: SECONDARY, after: 2 });
  w.paragraph(orUntitled(charter.title, 'Untitled charter'), { size: SIZE.title, bold: true, after: 4 });
  w.paragraph('A charter on who sets school-improvement priorities and who controls the actions.', {
    grey: SECONDARY,
    after: 12,
  });

  // Status, boxed so it reads the same in black and white.
  const status = charter.status === 'signed' ? 'SIGNED' : 'DRAFT: NOT SIGNED';
  w.font(SIZE.h3, true);
  const boxW = w.measure(status) + 20;
  const boxH = SIZE.h3 * 1.9;
  doc.setDrawColor(INK);
  doc.setLineWidth(charter.status === 'signed' ? 1.5 : 0.75);
  if (charter.status !== 'signed') doc.setLineDashPattern([3, 2], 0);
  doc.rect(w.x, w.y, boxW, boxH, 'S');
  doc.setLineDashPattern([], 0);
  w.drawLine(status, w.x + 10, w.y + (boxH - SIZE.h3 * 1.25) / 2);
  w.y += boxH + 14;

  w.keyValues([
    ['Revision', String(charter.revision)],
    ['Status', charter.status === 'signed' ? `Signed and locked ${formatDateTime(charter.lockedAt ?? '')}` : statusText(charter)],
    ['Meeting date', formatDate(charter.meetingDate)],
    ['Facilitator', orUntitled(charter.facilitator, 'Not named')],
    ['Next review', formatDate(charter.nextReviewDate)],
    ['In scope', orUntitled(charter.inScope, 'Not stated')],
    ['Out of scope', orUntitled(charter.outOfScope, 'Not stated')],
  ]);

  w.heading('The team', 2, 60);
  if (charter.team.length === 0) {
    w.paragraph('No team members are listed yet.');
    return;
  }
  w.font(SIZE.body - 0.5, false);
  const nameW = Math.min(
    w.width * 0.4,
    Math.max(80, ...charter.team.map((m) => w.measure(orUntitled(m.name, 'Unnamed')))) + 12,
  );
  w.table({
    head: [['Name', 'Title', 'Side', 'Signs the charter']],
    body: charter.team.map((m) => [
      orUntitled(m.name, 'Unnamed'),
      cleanText(m.title),
      sideLabel(m.side),
      m.signatory ? 'Yes' : 'No',
    ]),
    styles: { fontSize: SIZE.body - 0.5 },
    columnStyles: { 0: { cellWidth: nameW }, 2: { cellWidth: 62 }, 3: { cellWidth: 96 } },
  }, 'The team');
}

function drawModelGrid(w: Writer, charter: Charter): void {
  const { doc, frame } = w;
  w.newPage();
  w.heading('The four decision models', 1, 300);
  w.paragraph(
    'Two questions decide the model: who sets the priorities, and who controls the actions. ' +
      'Each focus area is written in the box of the model the team agreed for it.',
    { after: 10 },
  );

  const names: Record<ModelNumber, string[]> = { 1: [], 2: [], 3: [], 4: [] };
  const undecided: string[] = [];
  for (const f of charter.focusAreas) {
    const name = orUntitled(f.name, 'Unnamed focus area');
    const model = decisionFor(charter, f.id)?.model ?? null;
    if (model) names[model].push(name);
    else undecided.push(name);
  }

  const rowLabelW = 96;
  const headH = 30;
  // Rows grow to hold long lists; the minimum keeps the grid a clear square-ish figure.
  const cellW = (w.width - rowLabelW) / 2;
  const pad = 9;
  const bullet = 11;
  const minRowH = 170;
  const x0 = w.x;
  const gx = x0 + rowLabelW;
  const textW = cellW - 2 * pad;
  const modelsIn = (row: 0 | 1) => MODEL_NUMBERS.filter((n) => GRID_CELL[n].row === row).sort((a, b) => GRID_CELL[a].col - GRID_CELL[b].col);

  // Each cell: "Model N", the model's name, a rule, then its focus areas.
  const nameLines = Object.fromEntries(MODEL_NUMBERS.map((n) => [n, w.wrap(DECISION_MODELS[n].name, textW, SIZE.small)])) as Record<
    ModelNumber,
    string[]
  >;
  const headerH = (row: 0 | 1) =>
    SIZE.h3 * 1.3 + Math.max(...modelsIn(row).map((n) => nameLines[n].length)) * SIZE.small * 1.3 + 10;
  const items = (n: ModelNumber, size: number) => names[n].map((name) => w.wrap(name, textW - bullet, size));
  const listH = (lists: string[][], size: number) => lists.reduce((h, l) => h + l.length * size * 1.3 + 2, 0);
  const rowNeeds = (row: 0 | 1, size: number) =>
    Math.max(minRowH, ...modelsIn(row).map((n) => headerH(row) + listH(items(n, size), size) + 2 * pad));

  // What goes under the grid: the focus areas with no model yet, and the source.
  const undecidedText =
    undecided.length === 0
      ? ''
      : undecided.length <= 6
        ? `No model agreed yet: ${undecided.join('; ')}.`
        : `No model agreed yet for ${undecided.length} focus areas (listed with the focus areas below).`;
  const numbering =
    'Model numbers follow the source: 1 district and district, 2 district and school, 3 school and school, 4 school and district.';
  const citation = `Four decision models: ${SOURCE_CITATION}.`;
  const legendH =
    10 +
    (undecidedText ? w.wrap(undecidedText, w.width, SIZE.body, true).length * w.lineHeight(SIZE.body) + 6 : 0) +
    (w.wrap(numbering, w.width, SIZE.small).length + 1) * w.lineHeight(SIZE.small) +
    12;

  // Shrink the list type until the grid fits; past 8 pt, cut the lists short.
  const available = frame.bottom - w.y - headH - legendH;
  let listSize: number = SIZE.body;
  while (listSize > 8 && rowNeeds(0, listSize) + rowNeeds(1, listSize) > available) listSize -= 0.5;
  const natural: [number, number] = [rowNeeds(0, listSize), rowNeeds(1, listSize)];
  let rowH: [number, number] = natural;
  if (natural[0] + natural[1] > available) {
    // The shorter row keeps what it needs (up to half); the other row takes the rest.
    const small = natural[0] <= natural[1] ? 0 : 1;
    const smallH = Math.min(natural[small], available / 2);
    rowH = small === 0 ? [smallH, available - smallH] : [available - smallH, smallH];
  }

  const top = w.y;
  ['District controls actions', 'School controls actions'].forEach((label, col) => {
    const x = gx + col * cellW;
    doc.setDrawColor(INK);
    doc.setLineWidth(0.75);
    doc.setFillColor(FILL, FILL, FILL);
    doc.rect(x, top, cellW, headH, 'FD');
    w.font(SIZE.body, true);
    w.drawLine(label, x + cellW / 2, top + (headH - SIZE.body * 1.25) / 2, { align: 'center' });
  });

  const rowLabels = ['District sets priorities', 'School sets priorities'];
  let y = top + headH;
  ([0, 1] as const).forEach((row) => {
    const h = rowH[row];
    doc.setDrawColor(INK);
    doc.setLineWidth(0.75);
    doc.setFillColor(FILL, FILL, FILL);
    doc.rect(x0, y, rowLabelW, h, 'FD');
    const labelLines = w.wrap(rowLabels[row] ?? '', rowLabelW - 2 * pad, SIZE.body, true);
    const labelTop = y + (h - labelLines.length * SIZE.body * 1.3) / 2;
    labelLines.forEach((l, i) => w.drawLine(l, x0 + pad, labelTop + i * SIZE.body * 1.3));

    for (const n of modelsIn(row)) {
      const x = gx + GRID_CELL[n].col * cellW;
      doc.setDrawColor(INK);
      doc.setLineWidth(0.75);
      doc.rect(x, y, cellW, h, 'S');
      let cy = y + pad;
      w.font(SIZE.h3, true);
      w.drawLine(`Model ${n}`, x + pad, cy);
      cy += SIZE.h3 * 1.3;
      w.font(SIZE.small, false, SECONDARY);
      nameLines[n].forEach((l, i) => w.drawLine(l, x + pad, cy + i * SIZE.small * 1.3));
      cy = y + pad + headerH(row) - 6;
      doc.setDrawColor(RULE);
      doc.setLineWidth(0.5);
      doc.line(x + pad, cy, x + cellW - pad, cy);
      cy += 6;

      const lists = items(n, listSize);
      if (lists.length === 0) {
        w.font(SIZE.small, false, SECONDARY);
        w.drawLine('No focus area', x + pad, cy);
        continue;
      }
      const lh = listSize * 1.3;
      const limit = y + h - pad;
      lists.forEach((lines, i) => {
        const left = lists.length - i;
        const need = lines.length * lh + (left > 1 ? lh : 0); // keep room for the "more" line
        if (cy < 0 || cy + need > limit) {
          if (cy >= 0) {
            w.font(listSize, true);
            w.drawLine(`and ${left} more (listed below)`, x + pad + bullet, cy);
          }
          cy = -1;
          return;
        }
        w.font(listSize, false);
        w.drawLine('•', x + pad, cy);
        lines.forEach((l) => {
          w.drawLine(l, x + pad + bullet, cy);
          cy += lh;
        });
        cy += 2;
      });
    }
    y += h;
  });
  w.y = y + 10;

  if (undecidedText) w.paragraph(undecidedText, { bold: true, after: 6 });
  w.paragraph(numbering, { size: SIZE.small, grey: SECONDARY, after: 2 });
  w.paragraph(citation, { size: SIZE.small, grey: SECONDARY });
}

function drawFocusAreas(w: Writer, charter: Charter): void {
  w.heading('Focus areas and agreed models', 1, 110);
  if (charter.focusAreas.length === 0) {
    w.paragraph('No focus areas are listed yet.');
    return;
  }
  w.paragraph('“Where we are now” and “Where we should be” record the view of the whole room, taken during the meeting.', {
    grey: SECONDARY,
    after: 4,
  });
  charter.focusAreas.forEach((f, i) => {
    const decision = decisionFor(charter, f.id);
    const room = roomPosition(charter, f.id);
    const rows: KeyValueRow[] = [];
    if (cleanText(f.scope).trim()) rows.push(['Scope', cleanText(f.scope)]);
    rows.push(['Agreed model', modelLabel(decision?.model ?? null), { bold: true }]);
    rows.push(['Where we are now', positionText(room?.now)]);
    rows.push(['Where we should be', positionText(room?.shouldBe)]);
    rows.push(['Rationale', orUntitled(decision?.rationale ?? '', 'Not written yet')]);
    rows.push(['Evidence', orUntitled(decision?.evidence ?? '', 'Not written yet')]);
    // Keep each focus area on one page when it can fit on one.
    const blockH = w.keyValuesHeight(rows);
    const keep = blockH + SIZE.h2 * 1.25 + 20 <= w.frame.bottom - w.frame.top ? blockH : 70;
    if (i > 0) {
      w.space(6);
      w.ensure(SIZE.h2 * 1.25 + 20 + keep);
      if (!w.atTop()) w.rule();
    }
    w.heading(orUntitled(f.name, 'Unnamed focus area'), 2, keep);
    w.keyValues(rows);
  });
}

function drawReflection(w: Writer, charter: Charter): void {
  const entries = REFLECTION_LABELS.filter(([key]) => cleanText(charter.reflection[key]).trim() !== '');
  if (entries.length === 0) return;
  w.heading('Reflection', 1, 70);
  for (const [key, label] of entries) {
    w.heading(label, 3, 30);
    w.paragraph(charter.reflection[key], { after: 8 });
  }
}

function roleNameOr(charter: Charter, id: string | null, fallback: string): string {
  if (!id) return fallback;
  const role = charter.roles.find((r) => r.id === id);
  return role ? orUntitled(role.name, 'Unnamed role') : fallback;
}

function boldNoOwner(data: CellHookData): void {
  if (data.section === 'body' && data.cell.raw === NO_OWNER) data.cell.styles.fontStyle = 'bold';
}

function drawDecisionRights(w: Writer, charter: Charter): void {
  w.heading('Decision rights', 1, 110);
  w.paragraph('For each area of decisions: who sets the priorities, who decides the actions, who must be consulted and who is kept informed.', {
    after: 8,
  });
  if (charter.domains.length === 0) {
    w.paragraph('No decision areas are listed yet.');
    return;
  }
  const list = (ids: string[]) =>
    ids.length ? ids.map((id) => roleNameOr(charter, id, 'Unknown role')).join(', ') : 'None';
  w.table({
    head: [['Domain', 'Sets priorities', 'Decides actions', 'Consulted', 'Informed']],
    body: charter.domains.map((d) => [
      orUntitled(d.name, 'Unnamed domain'),
      roleNameOr(charter, d.setsPriorities, NO_OWNER),
      roleNameOr(charter, d.decidesActions, NO_OWNER),
      list(d.consulted),
      list(d.informed),
    ]),
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 120 } },
    didParseCell: boldNoOwner,
  }, 'Decision rights');
  const unowned = charter.domains.filter((d) => !d.setsPriorities || !d.decidesActions).length;
  if (unowned) {
    w.paragraph(
      unowned === 1
        ? 'One decision area has no owner yet (marked “No owner”).'
        : `${unowned} decision areas have no owner yet (marked “No owner”).`,
      { bold: true },
    );
  }
}

function drawRoles(w: Writer, charter: Charter): void {
  w.heading('Roles', 1, 100);
  if (charter.roles.length === 0) {
    w.paragraph('No roles are listed yet.');
    return;
  }
  const pad = 10;
  const inner = w.width - 2 * pad;
  const lh = w.lineHeight(SIZE.body);
  for (const role of charter.roles) {
    const name = orUntitled(role.name, 'Unnamed role');
    const purpose = w.wrap(orUntitled(role.purpose, 'Not written yet'), inner, SIZE.body);
    const resp = w.wrap(orUntitled(role.responsibilities, 'Not written yet'), inner, SIZE.body);
    const nameH = SIZE.h3 * 1.35;
    const height = pad + nameH + 4 + lh + purpose.length * lh + 4 + lh + resp.length * lh + pad;
    const boxed = height <= w.frame.bottom - w.frame.top;
    if (boxed) w.ensure(height);
    else w.ensure(nameH + 4 * lh);
    const top = w.y;
    w.y += pad;
    w.font(SIZE.h3, true);
    w.drawLine(name, w.x + pad, w.y);
    w.font(SIZE.small, false, SECONDARY);
    w.drawLine(`${sideLabel(role.side)} side`, w.x + w.width - pad, w.y + (SIZE.h3 - SIZE.small), { align: 'right' });
    w.y += nameH + 4;
    w.lines(['Purpose'], w.x + pad, SIZE.body, true);
    w.lines(purpose, w.x + pad, SIZE.body);
    w.y += 4;
    w.lines(['Responsibilities'], w.x + pad, SIZE.body, true);
    w.lines(resp, w.x + pad, SIZE.body);
    w.y += pad;
    if (boxed) {
      w.doc.setDrawColor(RULE);
      w.doc.setLineWidth(0.75);
      w.doc.rect(w.x, top, w.width, w.y - top, 'S');
    }
    w.y += 10;
  }
}

function drawExpectations(w: Writer, charter: Charter): void {
  w.heading('Expectations', 1, 120);
  if (charter.expectations.length === 0) {
    w.paragraph('No expectations are listed yet.');
    return;
  }
  w.paragraph('What each role commits to, how often, and how everyone will know it is done. Grouped by the role that owns each commitment.', {
    after: 6,
  });
  for (const group of groupExpectationsByOwner(charter.expectations, charter.roles)) {
    const count = group.expectations.length;
    w.heading(`${group.title} (${count} ${count === 1 ? 'expectation' : 'expectations'})`, 2, 80);
    w.table({
      head: [['What', 'Cadence', 'Evidence of done', 'Start', 'Due']],
      body: group.expectations.map((e) => [
        orUntitled(e.what, 'Not written yet'),
        e.cadence ? CADENCE_LABELS[e.cadence] : 'Not set',
        orUntitled(e.evidence, 'Not written yet'),
        formatDateShort(e.start),
        formatDateShort(e.due),
      ]),
      columnStyles: {
        1: { cellWidth: 74 },
        2: { cellWidth: 116 },
        3: { cellWidth: 64 },
        4: { cellWidth: 64 },
      },
    }, `Expectations: ${group.title}`);
  }
}

function drawSignatures(w: Writer, charter: Charter): void {
  const { doc } = w;
  w.newPage();
  w.heading('Signatures', 1, 80);
  w.paragraph(
    `By signing, each person below agrees to work by this charter: the agreed models, the decision rights and the expectations it sets out. ` +
      `The signatures apply to revision ${charter.revision} only; any change starts a new revision that must be signed again.`,
    { after: 12 },
  );
  if (charter.status !== 'signed') {
    w.paragraph('This is a draft. It is not in force until every signatory has signed.', { bold: true, after: 12 });
  }

  const people = signatories(charter);
  if (people.length === 0) w.paragraph('No signatories are named yet.');
  const colW = w.width * 0.58;
  for (const m of people) {
    const sig = charter.signatures.find((s) => s.memberId === m.id);
    const titleLine = [cleanText(m.title).trim(), `${sideLabel(m.side)} side`].filter(Boolean).join(' · ');
    const titleLines = w.wrap(titleLine, w.width, SIZE.body);
    const blockH = SIZE.h3 * 1.35 + titleLines.length * w.lineHeight(SIZE.body) + 66;
    if (!fits(w.y, blockH, w.frame.bottom)) {
      w.newPage();
      w.font(SIZE.small, true, SECONDARY);
      w.drawLine('Signatures (continued)', w.x, w.y);
      w.y += SIZE.small * 1.4 + 10;
    }
    w.font(SIZE.h3, true);
    w.drawLine(orUntitled(m.name, 'Unnamed'), w.x, w.y);
    w.y += SIZE.h3 * 1.35;
    w.lines(titleLines, w.x, SIZE.body, false, SECONDARY);
    w.y += 4;
    // The typed name sits on a signature line, like ink on a form.
    const lineY = w.y + 30;
    if (sig) {
      w.font(16, false);
      w.drawLine(truncateToWidth(cleanText(sig.typedName), colW - 24, w.measure), w.x + 4, lineY - 16 * 1.45);
    }
    doc.setDrawColor(INK);
    doc.setLineWidth(0.75);
    doc.line(w.x, lineY, w.x + colW - 16, lineY);
    w.font(SIZE.body, sig ? false : true);
    w.drawLine(sig ? formatDateTime(sig.signedAt) : 'Not signed', w.x + colW, lineY - SIZE.body * 1.4);
    doc.line(w.x + colW, lineY, w.x + w.width, lineY);
    w.font(SIZE.small, false, SECONDARY);
    w.drawLine(sig ? 'Signature (typed name)' : 'Signature', w.x, lineY + 3);
    w.drawLine('Signed on', w.x + colW, lineY + 3);
    w.y = lineY + 3 + SIZE.small * 1.4 + 16;
  }

  const others = charter.team.filter((m) => !m.signatory);
  if (others.length) {
    w.heading('Also on the team (not signing)', 3, 20);
    w.paragraph(
      others.map((m) => [orUntitled(m.name, 'Unnamed'), cleanText(m.title).trim()].filter(Boolean).join(', ')).join('; ') + '.',
    );
  }

  if (charter.fingerprint) {
    w.space(8);
    w.ensure(70);
    w.rule();
    w.y += 8;
    if (charter.lockedAt) w.paragraph(`Locked on ${formatDateTime(charter.lockedAt)}.`, { after: 2 });
    w.paragraph(`Fingerprint (SHA-256): ${charter.fingerprint}`, { size: SIZE.small, bold: true, after: 2 });
    w.paragraph(
      'The fingerprint is worked out from the charter’s content. Any change to the content, however small, gives a different fingerprint.',
      { size: SIZE.small, grey: SECONDARY },
    );
  }
}

function drawRunningHeadAndFoot(doc: jsPDF, frame: PageFrame, charter: Charter): void {
  const total = doc.getNumberOfPages();
  const width = contentWidth(frame);
  const head = `${orUntitled(charter.district, 'District not named')} · ${orUntitled(charter.title, 'Untitled charter')}`;
  const footParts = [`Revision ${charter.revision}`, statusText(charter)];
  if (charter.fingerprint) footParts.push(`Fingerprint ${shortFingerprint(charter.fingerprint)}`);
  const foot = footParts.join(' · ');
  doc.setFont(FONT, 'normal');
  doc.setFontSize(SIZE.running);
  doc.setTextColor(SECONDARY);
  const measure = (s: string) => doc.getTextWidth(s);
  const headText = truncateToWidth(head, width, measure);
  const headBaseline = frame.top - 22;
  const footBaseline = frame.height - 30;
  for (let p = 1; p <= total; p++) {
    doc.setPage(p);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(SIZE.running);
    doc.setTextColor(SECONDARY);
    doc.text(headText, frame.marginX, headBaseline);
    doc.setDrawColor(RULE);
    doc.setLineWidth(0.5);
    doc.line(frame.marginX, headBaseline + 5, frame.width - frame.marginX, headBaseline + 5);
    doc.line(frame.marginX, footBaseline - 11, frame.width - frame.marginX, footBaseline - 11);
    const pageText = `Page ${p} of ${total}`;
    doc.text(truncateToWidth(foot, width - measure(pageText) - 24, measure), frame.marginX, footBaseline);
    doc.text(pageText, frame.width - frame.marginX, footBaseline, { align: 'right' });
  }
}

/** Build the charter PDF. Fonts come from webFonts or diskFonts. */
export async function buildCharterPdf(charter: Charter, options: CharterPdfOptions): Promise<Uint8Array> {
  const [{ jsPDF: JsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
  const frame = pageFrame(options.paper);
  const doc = new JsPDF({ unit: 'pt', format: options.paper, orientation: 'portrait', compress: true, putOnlyUsedFonts: true });
  registerFonts(doc, options.fonts);

  const district = orUntitled(charter.district, 'District not named');
  const title = orUntitled(charter.title, 'Untitled charter');
  const subject = `Decision charter, revision ${charter.revision} (${charter.status === 'signed' ? 'signed' : 'draft'})`;
  doc.setProperties({
    title: `${district}: ${title}`,
    subject,
    author: cleanText(charter.facilitator).trim() || district,
    creator: 'Same Playbook',
    keywords: 'Same Playbook, decision charter, four decision models',
  });
  doc.setLanguage('en');
  doc.addMetadata(charterXmp(serialiseCharter(charter), { title: `${district}: ${title}`, description: subject }), true);

  const w = new Writer(doc, frame, autoTable as AutoTable);
  drawCover(w, charter);
  drawModelGrid(w, charter);
  w.newPage();
  drawFocusAreas(w, charter);
  drawReflection(w, charter);
  drawDecisionRights(w, charter);
  drawRoles(w, charter);
  drawExpectations(w, charter);
  drawSignatures(w, charter);
  drawRunningHeadAndFoot(doc, frame, charter);

  return new Uint8Array(doc.output('arraybuffer'));
}
