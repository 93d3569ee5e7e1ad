/**
 * The signature page: each signatory with their signature — the drawn ink as
 * an image, or their typed name — the date and time they signed, and, once the
 * charter is locked, its fingerprint and how to check it.
 */
import type { jsPDF } from 'jspdf';
import { signatories, type Charter, type Signature } from '../../charter/Charter';
import { cleanText, fitBox, fits, formatDateTime, sideLabel, truncateToWidth } from './layout';
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
  w.newPage();
  w.heading('Signatures', 1, 80);
  w.paragraph(
    `By signing, each person below agrees to work by this charter: the agreed models, the decision rights and the expectations it sets out. ` +
      `The signatures apply to revision ${charter.revision} only; any change starts a new revision that must be signed again. ` +
      `Each person signed for themselves by typing their own name, and some also drew their signature.`,
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
    const blockH = SIZE.h3 * 1.35 + titleLines.length * w.lineHeight(SIZE.body) + 4 + SIGNATURE_INK_HEIGHT + 3 + 2 * SIZE.small * 1.4 + 14;
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
    w.font(SIZE.body, sig ? false : true);
    w.drawLine(sig ? formatDateTime(sig.signedAt) : 'Not signed', w.x + colW, lineY - SIZE.body * 1.4);
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
    w.drawLine('Signed on (date and time)', w.x + colW, lineY + 3);
    if (sig?.method === 'drawn') {
      // The name the signer typed with their drawing: ink alone does not say who drew it.
      w.drawLine(truncateToWidth(`Name typed by the signer: ${cleanText(sig.typedName)}`, colW - 16, w.measure), w.x, lineY + 3 + SIZE.small * 1.4);
    }
    w.y = lineY + 3 + 2 * SIZE.small * 1.4 + 10;
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
    w.ensure(80);
    w.rule();
    w.y += 8;
    if (charter.lockedAt) w.paragraph(`Locked on ${formatDateTime(charter.lockedAt)}, when the last signatory signed.`, { after: 2 });
    w.paragraph(`Fingerprint (SHA-256): ${charter.fingerprint}`, { size: SIZE.small, bold: true, after: 2 });
    w.paragraph(
      'The fingerprint is worked out from the charter’s content; any change to the content, however small, gives a different one. ' +
        'Its first twelve characters are printed at the foot of every page. To check a copy, open this PDF in Same Playbook: ' +
        'it reads the charter stored inside the PDF and says whether it still matches.',
      { size: SIZE.small, grey: SECONDARY },
    );
  }
}
