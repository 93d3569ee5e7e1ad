/**
 * The signed (or draft) charter as a printable PDF: real text in embedded
 * Noto Sans, black and grey only, with the charter file itself tucked into the
 * PDF's metadata so the app can open the PDF again.
 *
 * jsPDF and jspdf-autotable are loaded with import() inside buildCharterPdf,
 * never statically, so they stay out of the app's first download.
 *
 * The document, in order (the review page shows the same order):
 *   cover and team (cover.ts) · reflection · the 2×2 of agreed models ·
 *   focus areas · decision rights · roles · expectations · supports ·
 *   signatures and fingerprint (signaturePage.ts) · the next review's
 *   checklist and the sources (backMatter.ts);
 *   then the running header and footer on every page (runningHead.ts).
 * writer.ts holds the house style and the Writer that flows text and tables.
 */
import { decisionFor, type Charter } from '../../charter/Charter';
import { parkedItems } from '../../charter/completeness';
import { describeViews, hasAnyView, roomViews } from '../../charter/positionSummary';
import { AGREE_BEFORE_THE_SHIFT, shiftBetween, shiftLines } from '../../charter/shift';
import { serialiseCharter } from '../../charter/serialise';
import { DECISION_MODELS, MODEL_NUMBERS, SOURCE_CITATION, modelLabel, type ModelNumber } from '../../charter/DecisionModel';
import { charterXmp } from './embeddedCharter';
import { cleanText, pageFrame, type Paper } from './layout';
import { GRID_COLUMNS, GRID_ROWS, gridCell, placeFocusAreas } from '../../charter/grid';
import { drawCover } from './cover';
import { drawRunningHeadAndFoot } from './runningHead';
import { drawSignatures } from './signaturePage';
import { drawDecisionRights, drawRoles } from './rightsPages';
import { drawExpectations, drawSupports } from './expectationsPages';
import { drawBackMatter } from './backMatter';
import { SIDE_NEEDS } from '../../charter/guidance';
import {
  FILL,
  INK,
  RULE,
  SECONDARY,
  SIZE,
  Writer,
  orUntitled,
  registerFonts,
  type AutoTable,
  type KeyValueRow,
  type PdfFonts,
} from './writer';

export type { PdfFonts } from './writer';

export interface CharterPdfOptions {
  fonts: PdfFonts;
  paper: Paper;
}

const REFLECTION_LABELS: Array<[keyof Charter['reflection'], string]> = [
  ['whyNow', 'Why now'],
  ['dataReviewed', 'Data we reviewed'],
  ['dataShows', 'What the data shows'],
  ['rootCauses', 'Root causes'],
  ['focus', 'Clarity of focus'],
  ['problemsOfPractice', 'Problems of practice'],
  ['districtBarriers', 'Where the district stands in the way'],
  ['earlierEfforts', 'What held back earlier efforts'],
  ['doDifferently', 'What we will do differently'],
];

function positionText(n: ModelNumber | null | undefined): string {
  return n ? modelLabel(n) : 'Not recorded';
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

  const placement = placeFocusAreas(charter);
  const names = (n: ModelNumber) => placement.byModel[n].map((p) => p.name);
  const undecided = placement.undecided.map((p) => p.name);

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
  const modelsIn = (row: 0 | 1) => GRID_ROWS[row]!.models;

  // Each cell: "Model N", the model's name, a rule, then its focus areas.
  const nameLines = Object.fromEntries(MODEL_NUMBERS.map((n) => [n, w.wrap(DECISION_MODELS[n].name, textW, SIZE.small)])) as Record<
    ModelNumber,
    string[]
  >;
  const headerH = (row: 0 | 1) =>
    SIZE.h3 * 1.3 + Math.max(...modelsIn(row).map((n) => nameLines[n].length)) * SIZE.small * 1.3 + 10;
  const items = (n: ModelNumber, size: number) => names(n).map((name) => w.wrap(name, textW - bullet, size));
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
  GRID_COLUMNS.forEach(({ label }, col) => {
    const x = gx + col * cellW;
    doc.setDrawColor(INK);
    doc.setLineWidth(0.75);
    doc.setFillColor(FILL, FILL, FILL);
    doc.rect(x, top, cellW, headH, 'FD');
    w.font(SIZE.body, true);
    w.drawLine(label, x + cellW / 2, top + (headH - SIZE.body * 1.25) / 2, { align: 'center' });
  });

  const rowLabels = GRID_ROWS.map((r) => r.label);
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
      const x = gx + gridCell(n).col * cellW;
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
  w.paragraph(
    'For each focus area: the model agreed, the model the team says it works under today, how the room saw it when the views ' +
      'were revealed, and, where the model changes, what the district and schools start and stop doing. ' +
      AGREE_BEFORE_THE_SHIFT,
    { grey: SECONDARY, after: 4 },
  );
  charter.focusAreas.forEach((f, i) => {
    const decision = decisionFor(charter, f.id);
    const parked = !!decision?.parked && !decision.model;
    const views = roomViews(charter, f.id);
    const rows: KeyValueRow[] = [];
    if (cleanText(f.scope).trim()) rows.push(['Scope', cleanText(f.scope)]);
    rows.push([
      'Agreed model',
      parked ? 'Not decided: the disagreement is parked' : modelLabel(decision?.model ?? null),
      { bold: true },
    ]);
    rows.push(['Where we operate today', positionText(decision?.operatesNow)]);
    rows.push([
      'The room’s views',
      !hasAnyView(views) ? 'None recorded' : f.revealed ? describeViews(views).join(' ') : 'Recorded, not revealed',
    ]);
    if (parked) {
      rows.push(['Parked disagreement', orUntitled(decision?.parkedNote ?? '', 'Not written yet'), { bold: true }]);
    } else {
      rows.push(['Rationale', orUntitled(decision?.rationale ?? '', 'Not written yet')]);
      rows.push(['Evidence', orUntitled(decision?.evidence ?? '', 'Not written yet')]);
      if (cleanText(decision?.needsFromDistrict ?? '').trim()) rows.push([SIDE_NEEDS.fromDistrict, cleanText(decision!.needsFromDistrict)]);
      if (cleanText(decision?.needsFromSchools ?? '').trim()) rows.push([SIDE_NEEDS.fromSchools, cleanText(decision!.needsFromSchools)]);
    }
    const shift = decision?.model && decision.operatesNow ? shiftBetween(decision.operatesNow, decision.model) : null;
    if (shift) {
      for (const [label, text] of shiftLines(shift)) rows.push(label === 'The shift' ? [label, text, { bold: true }] : [label, text]);
    } else if (decision?.model && decision.operatesNow === decision.model) {
      rows.push(['The shift', `None: the team already works under model ${decision.model}.`]);
    }
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

  const parked = parkedItems(charter);
  if (parked.length) {
    w.heading(`Parked disagreements (${parked.length})`, 2, 60);
    w.paragraph('Still open, and agreed to be settled later. They do not stop the charter being signed.', { grey: SECONDARY, after: 4 });
    w.keyValues(parked.map((p) => [orUntitled(p.focusArea, 'Unnamed focus area'), orUntitled(p.note, 'Not written yet')]));
  }
}

function drawReflection(w: Writer, charter: Charter): void {
  const entries = REFLECTION_LABELS.filter(([key]) => cleanText(charter.reflection[key]).trim() !== '');
  if (entries.length === 0) return;
  w.newPage();
  w.heading('Reflection', 1, 70);
  for (const [key, label] of entries) {
    w.heading(label, 3, 30);
    w.paragraph(charter.reflection[key], { after: 8 });
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
  const subject =
    `Decision charter, revision ${charter.revision} ` +
    (charter.fingerprint ? `(signed; fingerprint ${charter.fingerprint})` : '(draft, not signed)');
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
  drawReflection(w, charter);
  drawModelGrid(w, charter);
  w.newPage();
  drawFocusAreas(w, charter);
  drawDecisionRights(w, charter);
  drawRoles(w, charter);
  drawExpectations(w, charter);
  drawSupports(w, charter);
  drawSignatures(w, charter);
  drawBackMatter(w, charter);
  drawRunningHeadAndFoot(doc, frame, charter);

  return new Uint8Array(doc.output('arraybuffer'));
}
