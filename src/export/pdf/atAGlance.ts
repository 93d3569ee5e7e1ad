/**
 * The "At a glance" page, right after the cover: the 2×2 with each focus area
 * in the box of its agreed model, how many commitments each role carries,
 * who signs (and whether they have), and when the team meets again.
 */
import { decisionFor, signatories, type Charter } from '../../charter/Charter';
import { DECISION_MODELS, MODEL_NUMBERS, SOURCE_CITATION, type ModelNumber } from '../../charter/DecisionModel';
import { formatLocalDate, formatLocalDay } from '../../charter/localTime';
import { cleanText, sideLabel } from './layout';
import { GRID_ROWS, gridCell } from '../../charter/grid';
import { FILL, INK, RULE, SECONDARY, SIZE, orUntitled, type Writer } from './writer';

/** The 2×2 of the four models with each focus area in the box of its agreed model, at most maxHeight tall. */
function drawModelGrid(w: Writer, charter: Charter, maxHeight: number): void {
  const { doc, frame } = w;

  const names: Record<ModelNumber, string[]> = { 1: [], 2: [], 3: [], 4: [] };
  const undecided: string[] = [];
  for (const f of charter.focusAreas) {
    const name = orUntitled(f.name, 'Focus area');
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
  const minRowH = 110;
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
        : `No model agreed yet for ${undecided.length} focus areas (see Focus areas).`;
  const numbering =
    'Model numbers follow the source: 1 district and district, 2 district and school, 3 school and school, 4 school and district.';
  const citation = `Four decision models: ${SOURCE_CITATION}.`;
  const legendH =
    10 +
    (undecidedText ? w.wrap(undecidedText, w.width, SIZE.body, true).length * w.lineHeight(SIZE.body) + 6 : 0) +
    (w.wrap(numbering, w.width, SIZE.small).length + 1) * w.lineHeight(SIZE.small) +
    12;

  // Shrink the list type until the grid fits; past 8 pt, cut the lists short.
  const available = Math.min(maxHeight, frame.bottom - w.y) - headH - legendH;
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
            w.drawLine(`and ${left} more (see Focus areas)`, x + pad + bullet, cy);
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


export function drawAtAGlance(w: Writer, charter: Charter): void {
  w.newPage();
  w.section('At a glance', 1, 300);
  w.paragraph('Who sets the priorities and who controls the actions, for each focus area: the model the team agreed.', {
    grey: SECONDARY,
    after: 8,
  });
  drawModelGrid(w, charter, (w.frame.bottom - w.frame.top) * 0.56);
  if (cleanText(charter.nextReviewDate).trim()) {
    w.paragraph(`Next review: ${formatLocalDate(charter.nextReviewDate, w.display.locale)}`, { bold: true, after: 8 });
  }

  // Commitments per role and the signatories, side by side.
  const counts = charter.roles
    .map((r) => ({ role: r, n: charter.expectations.filter((e) => e.ownerRoleId === r.id).length }))
    .filter((x) => x.n > 0);
  const people = signatories(charter);
  const gap = 18;
  const half = (w.width - gap) / 2;
  const compact = { cellPadding: { top: 2.5, bottom: 2.5, left: 5, right: 5 } };
  // Side by side when both fit on this page (about 17 points a row); else one after the other.
  const rowsH = (n: number) => SIZE.h3 * 1.4 + 2 + (n + 1) * 17 + 10;
  const sideBySide = Math.max(rowsH(counts.length), rowsH(people.length)) <= w.frame.bottom - w.y;
  if (!sideBySide) {
    if (counts.length) {
      w.heading('Commitments per role', 3, 60);
      w.table({
        head: [['Role', 'Commitments']],
        body: counts.map(({ role, n }) => [`${orUntitled(role.name, 'Role')} (${sideLabel(role.side).toLowerCase()})`, String(n)]),
        columnStyles: { 1: { cellWidth: 74, halign: 'right' } },
        styles: compact,
      }, 'Commitments per role');
    }
    if (people.length) {
      w.heading('Signatories', 3, 60);
      w.table({
        head: [['Name', 'Signed']],
        body: signatoryRows(w, charter),
        columnStyles: { 1: { cellWidth: 86 } },
        styles: compact,
      }, 'Signatories');
    }
  }
  const top = w.y;
  let bottom = top;
  const column = (side: 0 | 1, title: string, draw: () => void) => {
    w.y = top;
    w.font(SIZE.h3, true);
    w.drawLine(title, w.x + side * (half + gap), w.y);
    w.y += SIZE.h3 * 1.4 + 2;
    draw();
    bottom = Math.max(bottom, w.y);
  };
  const margin = (side: 0 | 1) => ({
    left: w.frame.marginX + side * (half + gap),
    right: w.frame.width - w.frame.marginX - (side === 0 ? half : w.width),
    top: w.frame.top,
    bottom: w.frame.height - w.frame.bottom,
  });
  const startPage = w.doc.getNumberOfPages();
  if (sideBySide && counts.length) {
    column(0, 'Commitments per role', () =>
      w.table({
        head: [['Role', 'Commitments']],
        body: counts.map(({ role, n }) => [`${orUntitled(role.name, 'Role')} (${sideLabel(role.side).toLowerCase()})`, String(n)]),
        columnStyles: { 1: { cellWidth: 74, halign: 'right' } },
        styles: compact,
        margin: margin(0),
      }),
    );
  }
  const endPage = w.doc.getNumberOfPages();
  w.doc.setPage(startPage);
  if (sideBySide && people.length) {
    column(counts.length ? 1 : 0, 'Signatories', () =>
      w.table({
        head: [['Name', 'Signed']],
        body: signatoryRows(w, charter),
        columnStyles: { 1: { cellWidth: 86 } },
        styles: compact,
        margin: margin(counts.length ? 1 : 0),
      }),
    );
  }
  if (w.doc.getNumberOfPages() < endPage) w.doc.setPage(endPage);
  w.y = bottom;

}

function signatoryRows(w: Writer, charter: Charter): string[][] {
  return signatories(charter).map((m) => {
    const sig = charter.signatures.find((s) => s.memberId === m.id);
    const zone = sig?.timeZone;
    return [cleanText(m.name).trim(), sig ? formatLocalDay(sig.signedAt, w.display, zone) : 'Not yet'];
  });
}
