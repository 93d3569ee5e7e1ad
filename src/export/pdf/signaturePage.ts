/**
 * The signature page: each signatory with their signature — the drawn ink as
 * an image, or their typed name — the date and time they signed, and, once the
 * charter is locked, its fingerprint and how to check it.
 */
import type { jsPDF } from 'jspdf';
import { signatories, type Charter, type Signature } from '../../charter/Charter';
import { formatLocalTime } from '../../charter/localTime';
import { lockZone } from './cover';
import { cleanText, fitBox, fits, sideLabel, truncateToWidth } from './layout';
import { INK, SECONDARY, SIZE, orUntitled, type Writer } from './writer';

/** Room above the signature line for the ink (points). */
export const SIGNATURE_INK_HEIGHT = 44;

/** Draw a drawn signature's image resting on the line; false when the image cannot be read. */
function drawInk(doc: jsPDF, sig: Signature, x: number, lineY: number, maxWidth: number, key: string): boolean {
  if (!sig.image) return false;
  try {
    const props = doc.getImageProperties(sig.image);
    const box = fitBox(props.width, props.height, maxWidth, SIGNATURE_INK_HEIGHT - 4);
    doc.addImage(sig.image, 'PNG', x, lineY - 2 - box.height, box.width, box.height, key, 'FAST');
    return true;
  } catch {
    return false;
  }
}

export function drawSignatures(w: Writer, charter: Charter): void {
  const { doc } = w;
  const people = signatories(charter);
  const blockH = (titleLines: number) =>
    SIZE.h3 * 1.35 + titleLines * w.lineHeight(SIZE.body) + 4 + SIGNATURE_INK_HEIGHT + 3 + 2 * SIZE.small * 1.4 + 14;
  // The heading, the statement and the first signature start on one page.
  w.section('Signatures', 1, 120 + blockH(1));
  w.paragraph(
    `By signing, each person below agrees to work by this charter: the agreed models, the decision rights and the expectations it sets out. ` +
      `The signatures apply to revision ${charter.revision} only; any change starts a new revision that must be signed again. ` +
      `Each person signed for themselves by typing their own name, and some also drew their signature.`,
    { after: 12 },
  );
  if (charter.status !== 'signed') {
    w.paragraph('This is a draft. It is not in force until every signatory has signed.', { bold: true, after: 12 });
  }

  const colW = w.width * 0.58;
  const lockNote = lockNoteLines(w, charter);
  people.forEach((m, index) => {
    const sig = charter.signatures.find((s) => s.memberId === m.id);
    const titleLine = [cleanText(m.title).trim(), `${sideLabel(m.side)} side`].filter(Boolean).join(' · ');
    const titleLines = w.wrap(titleLine, w.width, SIZE.body);
    // The last signature keeps the lock note with it: no page holds the note alone.
    const keep = blockH(titleLines.length) + (index === people.length - 1 ? lockNote.height : 0);
    if (!fits(w.y, keep, w.frame.bottom)) {
      w.newPage();
      w.font(SIZE.small, true, SECONDARY);
      w.drawLine('Signatures (continued)', w.x, w.y);
      w.y += SIZE.small * 1.4 + 10;
    }
    w.font(SIZE.h3, true);
    w.drawLine(truncateToWidth(orUntitled(m.name, 'Signatory'), w.width, w.measure), w.x, w.y);
    w.y += SIZE.h3 * 1.35;
    w.lines(titleLines, w.x, SIZE.body, false, SECONDARY);
    w.y += 4;
    // The signature sits on a line, like ink on a form: the drawn image, or the typed name.
    const lineY = w.y + SIGNATURE_INK_HEIGHT;
    const drawn = sig?.method === 'drawn' && drawInk(doc, sig, w.x + 4, lineY, colW - 28, `signature-${m.id}`);
    if (sig && !drawn) {
      w.font(16, false);
      w.drawLine(truncateToWidth(cleanText(sig.typedName), colW - 24, w.measure), w.x + 4, lineY - 16 * 1.45);
    }
    doc.setDrawColor(INK);
    doc.setLineWidth(0.75);
    doc.line(w.x, lineY, w.x + colW - 16, lineY);
    const zone = sig?.timeZone;
    // The local time, on one line when it fits, else on two, resting on the line.
    const when = sig ? w.wrap(formatLocalTime(sig.signedAt, w.display, zone), w.width - colW, SIZE.body).slice(0, 2) : ['Not signed'];
    w.font(SIZE.body, !sig);
    when.forEach((line, i) => w.drawLine(line, w.x + colW, lineY - SIZE.body * 1.4 * (when.length - i)));
    doc.line(w.x + colW, lineY, w.x + w.width, lineY);
    w.font(SIZE.small, false, SECONDARY);
    const how = !sig
      ? 'Signature'
      : drawn
        ? 'Signature, drawn by hand'
        : sig.method === 'drawn'
          ? 'Signature (the drawn image could not be read)'
          : 'Signature (typed name)';
    w.drawLine(truncateToWidth(how, colW - 16, w.measure), w.x, lineY + 3);
    w.drawLine('Signed on (local date and time)', w.x + colW, lineY + 3);
    if (sig?.method === 'drawn') {
      // The name the signer typed with their drawing: ink alone does not say who drew it.
      w.drawLine(truncateToWidth(`Name typed by the signer: ${cleanText(sig.typedName)}`, colW - 16, w.measure), w.x, lineY + 3 + SIZE.small * 1.4);
    }
    w.y = lineY + 3 + 2 * SIZE.small * 1.4 + 10;
    if (index === people.length - 1) lockNote.draw();
  });

  const others = charter.team.filter((m) => !m.signatory);
  if (others.length) {
    w.heading('Also on the team (not signing)', 3, 20);
    w.paragraph(others.map((m) => [cleanText(m.name).trim(), cleanText(m.title).trim()].filter(Boolean).join(', ')).join('; ') + '.');
  }
}

/** The lock note (when, and the fingerprint): its height, and how to draw it under the last signature. */
function lockNoteLines(w: Writer, charter: Charter): { height: number; draw: () => void } {
  if (!charter.fingerprint) return { height: 0, draw: () => {} };
  const locked = charter.lockedAt
    ? `Locked on ${formatLocalTime(charter.lockedAt, w.display, lockZone(charter))}, when the last signatory signed.`
    : '';
  const fp = `Fingerprint (SHA-256): ${charter.fingerprint}`;
  const how =
    'The fingerprint is worked out from the charter’s content; any change to the content, however small, gives a different one. ' +
    'Its first twelve characters are printed at the foot of every page; the last page says how to check a copy.';
  const height =
    16 +
    (locked ? w.wrap(locked, w.width, SIZE.body).length * w.lineHeight(SIZE.body) + 2 : 0) +
    w.wrap(fp, w.width, SIZE.small, true).length * w.lineHeight(SIZE.small) +
    2 +
    w.wrap(how, w.width, SIZE.small).length * w.lineHeight(SIZE.small) +
    6;
  return {
    height,
    draw: () => {
      w.rule();
      w.y += 8;
      if (locked) w.paragraph(locked, { after: 2 });
      w.paragraph(fp, { size: SIZE.small, bold: true, after: 2 });
      w.paragraph(how, { size: SIZE.small, grey: SECONDARY });
    },
  };
}
