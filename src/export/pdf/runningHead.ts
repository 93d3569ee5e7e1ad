/** The running header and footer on every page: district and title; revision, status, short fingerprint; page X of Y. */
import type { jsPDF } from 'jspdf';
import type { Charter } from '../../charter/Charter';
import { shortFingerprint } from '../../charter/fingerprint';
import { contentWidth, truncateToWidth, type PageFrame } from './layout';
import { FONT, RULE, SECONDARY, SIZE, orUntitled, statusText } from './writer';

export function drawRunningHeadAndFoot(doc: jsPDF, frame: PageFrame, charter: Charter): void {
  const total = doc.getNumberOfPages();
  const width = contentWidth(frame);
  const head = [charter.district.trim(), orUntitled(charter.title, 'Charter')].filter(Boolean).join(' · ');
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
