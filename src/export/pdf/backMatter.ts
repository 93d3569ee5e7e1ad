/**
 * The last page of the charter PDF: the next review, with the eight practices
 * as its "reflect and refine" checklist, and the list of the sources the charter's
 * ideas and templates come from (src/charter/sources.ts, the same list as the
 * app's Sources page).
 */
import type { Charter } from '../../charter/Charter';
import { EIGHT_PRACTICES, EIGHT_PRACTICES_SOURCE } from '../../charter/reflectAndRefine';
import { referenceList } from '../../charter/sources';
import { formatDate } from './layout';
import { SECONDARY, SIZE, type Writer } from './writer';

export function drawBackMatter(w: Writer, charter: Charter): void {
  w.newPage();
  w.heading('At the next review: reflect and refine', 1, 120);
  w.paragraph(
    charter.nextReviewDate
      ? `The team meets again on ${formatDate(charter.nextReviewDate)} to review this charter. Bring the data, and answer these questions together:`
      : 'No date is set for the next review. When the team meets to review this charter, bring the data and answer these questions together:',
    { after: 6 },
  );
  EIGHT_PRACTICES.forEach((p, i) => {
    w.paragraph(`${i + 1}. ${p.name}`, { bold: true, after: 1 });
    w.paragraph(p.question, { indent: 14, after: 5 });
  });
  w.paragraph(`The eight practices: ${EIGHT_PRACTICES_SOURCE}. The questions are ours.`, { size: SIZE.small, grey: SECONDARY, after: 4 });

  w.heading('Sources', 1, 100);
  w.paragraph('The charter’s models, examples and templates draw on these documents, written in our own words. “n.d.”: the document gives no year.', {
    size: SIZE.small,
    grey: SECONDARY,
    after: 6,
  });
  for (const entry of referenceList()) w.paragraph(entry, { indent: 0, after: 5 });
}
