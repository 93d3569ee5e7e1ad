/** The cover page: who, what, which revision, its status, the key dates, and the team. */
import type { Charter } from '../../charter/Charter';
import { cleanText, formatDate, formatDateTime, sideLabel } from './layout';
import { INK, SECONDARY, SIZE, orUntitled, statusText, type KeyValueRow, type Writer } from './writer';

export function drawCover(w: Writer, charter: Charter): void {
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

  const rows: KeyValueRow[] = [
    ['Revision', charter.previousRevisionId ? `${charter.revision} (replaces revision ${charter.revision - 1})` : String(charter.revision)],
    ['Status', charter.status === 'signed' ? `Signed and locked ${formatDateTime(charter.lockedAt ?? '')}` : statusText(charter)],
    ['Meeting date', formatDate(charter.meetingDate)],
    ['Facilitator', orUntitled(charter.facilitator, 'Not named')],
    ['Next review', formatDate(charter.nextReviewDate), { bold: true }],
    ['In scope', orUntitled(charter.inScope, 'Not stated')],
    ['Out of scope', orUntitled(charter.outOfScope, 'Not stated')],
  ];
  if (charter.fingerprint) rows.push(['Fingerprint', charter.fingerprint]);
  w.keyValues(rows);

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
