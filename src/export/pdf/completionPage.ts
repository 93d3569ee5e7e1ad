/**
 * The completion page that closes the PDF, in the manner of e-signature
 * certificates: for each signature who signed (name, side, title), how
 * (typed or drawn), with what consent and intent, when (local time with its
 * zone, and UTC) and on what browser and device; the revision's history; the
 * full fingerprint and how to check a copy. The record itself is derived in
 * src/charter/signingRecord.ts.
 */
import type { Charter } from '../../charter/Charter';
import { formatLocalTime, formatUtc } from '../../charter/localTime';
import { CONSENT_STATEMENT, revisionHistory, signingRecord } from '../../charter/signingRecord';
import { SECONDARY, SIZE, type KeyValueRow, type Writer } from './writer';

export function drawCompletionPage(w: Writer, charter: Charter): void {
  const records = signingRecord(charter);
  if (records.length === 0 && !charter.fingerprint) return;
  w.newPage();
  w.section('Signing record', 1, 120);
  w.paragraph(
    'How and when this revision was signed, as recorded by Same Playbook at each signature. Times are stored in UTC and shown ' +
      'in the signer’s own time zone where it was recorded.',
    { grey: SECONDARY, after: 4 },
  );
  if (records.some((r) => r.consent)) {
    w.paragraph(`Consent to sign electronically, as each signer agreed to it: “${CONSENT_STATEMENT}”`, { size: SIZE.small, after: 8 });
  }

  records.forEach((r, i) => {
    const rows: KeyValueRow[] = [];
    if (r.title) rows.push(['Title', r.title]);
    rows.push(['Side', r.side]);
    rows.push(['Method', r.method]);
    if (r.consent) rows.push(['Consent', 'Agreed to sign electronically (the statement above)']);
    if (r.intent) rows.push(['Intent', r.intent]);
    rows.push(['Signed (local time)', formatLocalTime(r.signedAt, w.display, r.timeZone)]);
    rows.push(['Signed (UTC)', formatUtc(r.signedAt)]);
    if (r.device) rows.push(['Browser and device', r.device]);
    const h = w.keyValuesHeight(rows, 130);
    if (i > 0) w.space(4);
    w.heading(r.name, 3, Math.min(h, 200));
    w.keyValues(rows, 130);
  });

  const history = revisionHistory(charter);
  if (history.length) {
    w.heading(`History of revision ${charter.revision}`, 2, 40 + Math.min(history.length, 4) * 16);
    w.table(
      {
        head: [['When (UTC)', 'What happened']],
        body: history.map((e) => [formatUtc(e.at), e.what]),
        columnStyles: { 0: { cellWidth: 130 } },
        styles: { cellPadding: { top: 2.5, bottom: 2.5, left: 5, right: 5 } },
      },
      'History',
    );
  }

  if (charter.fingerprint) {
    w.heading('Checking a copy', 2, 90);
    w.paragraph(`Fingerprint (SHA-256 of the charter’s canonical content): ${charter.fingerprint}`, { size: SIZE.small, bold: true, after: 4 });
    w.paragraph(
      'The charter file is attached to this PDF (charter.json, listed among the PDF’s attachments). To check a copy, drop the PDF ' +
        'on Same Playbook: it reads the attached file, works out the fingerprint again and says whether it still matches the one ' +
        'above and at the foot of every page. A copy whose content was changed after signing, however slightly, does not match and ' +
        'is refused, by the app and by its command line alike.',
      { size: SIZE.small },
    );
  }
}
