/**
 * The signed (or draft) charter as a printable PDF: real text in embedded
 * Noto Sans (and the script fonts its names need), black and grey only, with
 * the charter file itself attached (embeddedCharter.ts) so the app can open
 * the PDF again and check it.
 *
 * jsPDF and jspdf-autotable are loaded with import() inside buildCharterPdf,
 * never statically, so they stay out of the app's first download.
 *
 * The document, in order (the review page shows the same order):
 *   cover and team (cover.ts) · at a glance: the 2×2, commitments per role,
 *   signatories, next review (atAGlance.ts) · contents, past 8 pages
 *   (outline.ts) · reflection · focus areas · decision rights · roles ·
 *   expectations · supports · signatures and fingerprint (signaturePage.ts) ·
 *   the next review's checklist and the sources (backMatter.ts) ·
 *   the completion page, the signing record (completionPage.ts);
 *   then the running header and footer on every page (runningHead.ts) and the
 *   bookmarks. Sections flow one after another; an empty field, row or
 *   section is left out, never printed as "Not stated".
 * writer.ts holds the house style and the Writer that flows text and tables.
 */
import { REFLECTION_FIELDS } from '../../charter/reflectionFields';
import { decisionFor, type Charter } from '../../charter/Charter';
import { parkedItems } from '../../charter/completeness';
import { describeViews, hasAnyView, roomViews } from '../../charter/positionSummary';
import { AGREE_BEFORE_THE_SHIFT, shiftBetween, shiftLines } from '../../charter/shift';
import { serialiseCharter } from '../../charter/serialise';
import { modelLabel, type ModelNumber } from '../../charter/DecisionModel';
import { localTimeZone, usableLocale } from '../../charter/localTime';
import { attachCharterFile, charterXmp } from './embeddedCharter';
import { cleanText, pageFrame, type Paper } from './layout';
import { drawCover } from './cover';
import { drawAtAGlance } from './atAGlance';
import { drawCompletionPage } from './completionPage';
import { drawBackMatter } from './backMatter';
import { SIDE_NEEDS } from '../../charter/guidance';
import { addBookmarks, insertTableOfContents } from './outline';
import { drawRunningHeadAndFoot } from './runningHead';
import { drawSignatures } from './signaturePage';
import { drawDecisionRights, drawRoles } from './rightsPages';
import { drawExpectations, drawSupports } from './expectationsPages';
import { SECONDARY, SIZE, Writer, orUntitled, registerFonts, tagSubsets, type AutoTable, type KeyValueRow, type PdfFonts } from './writer';

export type { PdfFonts } from './writer';

export interface CharterPdfOptions {
  fonts: PdfFonts;
  paper: Paper;
  /** Locale for the order of dates ("en-US": September 13, 2026). Default en-US. */
  locale?: string;
  /** Zone for times whose signer's zone was not recorded. Default: the platform's (TZ on the command line). */
  timeZone?: string;
}


const filled = (s: string | null | undefined): s is string => !!s && cleanText(s).trim() !== '';

function drawFocusAreas(w: Writer, charter: Charter): void {
  if (charter.focusAreas.length === 0) return;
  w.section('Focus areas and agreed models', 1, 110);
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
    if (filled(f.scope)) rows.push(['Scope', cleanText(f.scope).trim()]);
    rows.push(['Agreed model', parked ? 'Not decided: the disagreement is parked' : modelLabel(decision?.model ?? null), { bold: true }]);
    if (decision?.operatesNow) rows.push(['Where we operate today', modelLabel(decision.operatesNow as ModelNumber)]);
    if (hasAnyView(views)) rows.push(['The room’s views', f.revealed ? describeViews(views).join(' ') : 'Recorded, not revealed']);
    if (parked) {
      if (filled(decision?.parkedNote)) rows.push(['Parked disagreement', cleanText(decision.parkedNote).trim(), { bold: true }]);
    } else {
      if (filled(decision?.rationale)) rows.push(['Rationale', cleanText(decision.rationale).trim()]);
      if (filled(decision?.evidence)) rows.push(['Evidence', cleanText(decision.evidence).trim()]);
    }
    if (filled(decision?.needsFromDistrict)) rows.push([SIDE_NEEDS.fromDistrict, cleanText(decision.needsFromDistrict).trim()]);
    if (filled(decision?.needsFromSchools)) rows.push([SIDE_NEEDS.fromSchools, cleanText(decision.needsFromSchools).trim()]);
    const shift = decision?.model && decision.operatesNow ? shiftBetween(decision.operatesNow, decision.model) : null;
    if (shift) {
      for (const [label, text] of shiftLines(shift)) rows.push(label === 'The shift' ? [label, text, { bold: true }] : [label, text]);
    } else if (decision?.model && decision.operatesNow === decision.model) {
      rows.push(['The shift', `None: the team already works under model ${decision.model}.`]);
    }
    // The name stays with the first rows; the rest flows on (a label stays with its first lines).
    const keep = Math.min(w.keyValuesHeight(rows.slice(0, 4)), 120);
    if (i > 0) {
      w.space(4);
      w.ensure(SIZE.h2 * 1.25 + 16 + keep);
      if (!w.atTop()) w.rule();
    }
    w.section(orUntitled(f.name, `Focus area ${i + 1}`), 2, keep);
    w.keyValues(rows);
  });

  const parked = parkedItems(charter);
  if (parked.length) {
    w.heading(`Parked disagreements (${parked.length})`, 2, 60);
    w.paragraph('Still open, and agreed to be settled later. They do not stop the charter being signed.', { grey: SECONDARY, after: 4 });
    w.keyValues(parked.map((p, i) => [orUntitled(p.focusArea, `Focus area ${i + 1}`), cleanText(p.note).trim()]));
  }
}

function drawReflection(w: Writer, charter: Charter): void {
  const entries = REFLECTION_FIELDS.filter(([key]) => filled(charter.reflection[key]));
  if (entries.length === 0) return;
  w.section('Reflection', 1, 70);
  for (const [key, label] of entries) {
    w.heading(label, 3, 30);
    w.paragraph(charter.reflection[key], { after: 6 });
  }
}

/** Build the charter PDF. Fonts come from webFonts or diskFonts (which load what the charter needs). */
export async function buildCharterPdf(charter: Charter, options: CharterPdfOptions): Promise<Uint8Array> {
  const [{ jsPDF: JsPDF }, { autoTable }] = await Promise.all([import('jspdf'), import('jspdf-autotable')]);
  const frame = pageFrame(options.paper);
  // Two decimals of a point (1/7,200 inch) is finer than any printer; jsPDF's default of 16 digits makes every page bigger.
  const doc = new JsPDF({ unit: 'pt', format: options.paper, orientation: 'portrait', compress: true, putOnlyUsedFonts: true, floatPrecision: 2 });
  registerFonts(doc, options.fonts);

  const district = cleanText(charter.district).trim();
  const title = orUntitled(charter.title, 'Charter');
  const fullTitle = district ? `${district}: ${title}` : title;
  const subject =
    `Decision charter, revision ${charter.revision} ` +
    (charter.fingerprint ? `(signed; fingerprint ${charter.fingerprint})` : '(draft, not signed)');
  const author = cleanText(charter.facilitator).trim() || district || 'Same Playbook';
  doc.setProperties({
    title: fullTitle,
    subject,
    author,
    creator: 'Same Playbook',
    keywords: 'Same Playbook, decision charter, four decision models',
  });
  doc.setLanguage('en');
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.addMetadata(charterXmp({ title: fullTitle, description: subject, author, language: 'en' }), true);
  attachCharterFile(doc, serialiseCharter(charter), `The charter file of ${fullTitle}, revision ${charter.revision}`);

  const w = new Writer(doc, frame, autoTable as AutoTable);
  w.display = { locale: usableLocale(options.locale), timeZone: options.timeZone || localTimeZone() };
  drawCover(w, charter);
  drawAtAGlance(w, charter);
  // The contents, when there are enough pages to need them, go right after "At a glance".
  const contentsAt = doc.getNumberOfPages() + 1;
  w.newPage();
  drawReflection(w, charter);
  drawFocusAreas(w, charter);
  drawDecisionRights(w, charter);
  drawRoles(w, charter);
  drawExpectations(w, charter);
  drawSupports(w, charter);
  drawSignatures(w, charter);
  drawBackMatter(w, charter);
  drawCompletionPage(w, charter);
  const outline = insertTableOfContents(w, w.outline, contentsAt);
  drawRunningHeadAndFoot(doc, frame, charter);
  addBookmarks(doc, outline);
  tagSubsets(doc);

  return new Uint8Array(doc.output('arraybuffer'));
}
