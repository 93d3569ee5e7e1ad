/** The cover page: who, what, which revision, its status, the key dates, and the team. Empty fields are left out. */
import type { Charter } from '../../charter/Charter';
import { formatLocalDate, formatLocalTime } from '../../charter/localTime';
import { cleanText, sideLabel } from './layout';
import { INK, SECONDARY, SIZE, orUntitled, statusText, type KeyValueRow, type Writer } from './writer';

const filled = (s: string) => cleanText(s).trim() !== '';

export function drawCover(w: Writer, charter: Charter): void {
  const { doc } = w;
  const { locale } = w.display;
  w.y = w.frame.top + 16;
  if (filled(charter.district)) w.paragraph(cleanText(charter.district).trim(), { size: SIZE.h2, grey: SECONDARY, after: 2 });
  w.paragraph(orUntitled(charter.title, 'Charter'), { size: SIZE.title, bold: true, after: 4 });
  w.outline.push({ title: 'Cover and team', level: 1, page: 1 });
  w.paragraph('A charter on who sets school-improvement priorities and who controls the actions.', {
    grey: SECONDARY,
    after: charter.example ? 4 : 12,
  });
  if (charter.example) w.paragraph('A worked example to learn from, not a real district’s charter.', { bold: true, after: 12 });

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
    [
      'Status',
      charter.status === 'signed' && charter.lockedAt
        ? `Signed and locked ${formatLocalTime(charter.lockedAt, w.display, lockZone(charter))}`
        : statusText(charter),
    ],
  ];
  if (filled(charter.meetingDate)) rows.push(['Meeting date', formatLocalDate(charter.meetingDate, locale)]);
  if (filled(charter.facilitator)) rows.push(['Facilitator', cleanText(charter.facilitator).trim()]);
  if (filled(charter.nextReviewDate)) rows.push(['Next review', formatLocalDate(charter.nextReviewDate, locale), { bold: true }]);
  if (filled(charter.inScope)) rows.push(['In scope', cleanText(charter.inScope).trim()]);
  if (filled(charter.outOfScope)) rows.push(['Out of scope', cleanText(charter.outOfScope).trim()]);
  if (charter.fingerprint) rows.push(['Fingerprint', charter.fingerprint]);
  w.keyValues(rows);

  if (charter.team.length === 0) return;
  w.heading('The team', 2, 60);
  w.font(SIZE.body - 0.5, false);
  const nameW = Math.min(w.width * 0.4, Math.max(80, ...charter.team.map((m) => w.measure(cleanText(m.name).trim()))) + 12);
  const anyTitle = charter.team.some((m) => filled(m.title));
  w.table(
    {
      head: [anyTitle ? ['Name', 'Title', 'Side', 'Signs the charter'] : ['Name', 'Side', 'Signs the charter']],
      body: charter.team.map((m) => {
        const name = cleanText(m.name).trim();
        const rest = [sideLabel(m.side), m.signatory ? 'Yes' : 'No'];
        return anyTitle ? [name, cleanText(m.title).trim(), ...rest] : [name, ...rest];
      }),
      styles: { fontSize: SIZE.body - 0.5 },
      columnStyles: anyTitle
        ? { 0: { cellWidth: nameW }, 2: { cellWidth: 62 }, 3: { cellWidth: 96 } }
        : { 0: { cellWidth: nameW }, 1: { cellWidth: 62 }, 2: { cellWidth: 96 } },
    },
    'The team',
  );
}

/** The zone of the last signature, which locked the charter ('' when not recorded). */
export function lockZone(charter: Charter): string {
  const last = [...charter.signatures].sort((a, b) => (a.signedAt < b.signedAt ? 1 : -1))[0];
  return last?.timeZone ?? '';
}
