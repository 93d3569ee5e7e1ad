/**
 * The charter PDF's expectations (grouped by the role that owns them, with
 * who they are done with, how often, evidence and dates) and supports:
 * resource agreements, and the year's calendar by month, made from the
 * expectations: the one list of commitments (calendar.ts).
 */
import { CADENCE_LABELS } from '../../charter/Cadence';
import type { Charter } from '../../charter/Charter';
import { calendarByMonth, checkInCalendar, dayLabel } from '../../charter/calendar';
import { schoolYearLabel } from '../../charter/supports';
import { RESOURCE_CHECK } from '../../charter/guidance';
import { SECONDARY, SIZE, orUntitled, type Writer } from './writer';
import { groupExpectationsByOwner } from '../../charter/expectationGroups';
import { formatDateShort } from './layout';

function roleNameOr(charter: Charter, id: string | null, fallback: string): string {
  if (!id) return fallback;
  const role = charter.roles.find((r) => r.id === id);
  return role ? orUntitled(role.name, 'Unnamed role') : fallback;
}

function withNames(charter: Charter, ids: readonly string[]): string {
  return ids.map((id) => roleNameOr(charter, id, 'Unknown role')).join(', ') || '—';
}

export function drawExpectations(w: Writer, charter: Charter): void {
  w.heading('Expectations', 1, 120);
  if (charter.expectations.length === 0) {
    w.paragraph('No expectations are listed yet.');
    return;
  }
  w.paragraph('What each role commits to, how often, and how everyone will know it is done. Grouped by the role that owns each commitment.', {
    after: 6,
  });
  for (const group of groupExpectationsByOwner(charter.expectations, charter.roles)) {
    const count = group.expectations.length;
    w.heading(`${group.title} (${count} ${count === 1 ? 'expectation' : 'expectations'})`, 2, 80);
    w.table(
      {
        head: [['What', 'With', 'How often', 'Evidence of done', 'Start', 'Due']],
        body: group.expectations.map((e) => [
          orUntitled(e.what, 'Not written yet') + (e.source.trim() ? ` (${e.source.trim()})` : ''),
          withNames(charter, e.withRoleIds),
          e.cadence ? CADENCE_LABELS[e.cadence] : 'Not set',
          orUntitled(e.evidence, 'Not written yet'),
          formatDateShort(e.start),
          formatDateShort(e.due),
        ]),
        columnStyles: {
          1: { cellWidth: 70 },
          2: { cellWidth: 56 },
          3: { cellWidth: 100 },
          4: { cellWidth: 56 },
          5: { cellWidth: 56 },
        },
      },
      `Expectations: ${group.title}`,
    );
  }
}

export function drawSupports(w: Writer, charter: Charter): void {
  const { resources, schoolYear } = charter.supports;
  w.heading('Supports and the year’s calendar', 1, 110);
  w.paragraph(
    'Whatever the model, two things hold: early agreement on the resources the work needs, and frequent communication about progress (Education Northwest, 2017).',
    { after: 6 },
  );

  w.heading('Resource agreements', 2, 70);
  if (charter.supports.resourceCheck.trim()) w.paragraph(`${RESOURCE_CHECK.label}: ${charter.supports.resourceCheck.trim()}`, { after: 6 });
  if (resources.length === 0) {
    w.paragraph('None agreed yet.');
  } else {
    w.table(
      {
        head: [['What', 'From', 'To', 'By when']],
        body: resources.map((a) => [
          orUntitled(a.what, 'Not written yet'),
          roleNameOr(charter, a.fromRoleId, 'Not chosen'),
          roleNameOr(charter, a.toRoleId, 'Not chosen'),
          formatDateShort(a.byWhen),
        ]),
        columnStyles: { 1: { cellWidth: 92 }, 2: { cellWidth: 92 }, 3: { cellWidth: 70 } },
      },
      'Resource agreements',
    );
  }

  const months = calendarByMonth(checkInCalendar(charter), schoolYear).filter((m) => m.checkIns.length);
  w.heading(`The year’s calendar ${schoolYearLabel(schoolYear)}`.trim(), 2, 90);
  if (months.length === 0) {
    w.paragraph('No dates yet: the school year and how often each expectation happens set them.');
    return;
  }
  w.paragraph('Every date the expectations set, month by month, from each one’s start date. Weekend dates move to the nearest weekday.', {
    size: SIZE.small,
    grey: SECONDARY,
    after: 4,
  });
  // One short table per month, its name kept with at least its first two check-ins.
  for (const m of months) {
    w.heading(m.label, 3, 30 + Math.min(m.checkIns.length, 2) * 30);
    w.table(
      {
        showHead: 'never',
        body: m.checkIns.map((x) => [
          dayLabel(x.date),
          `${orUntitled(x.item.what, 'Untitled')}${x.of > 1 ? ` (${x.number} of ${x.of})` : ''}`,
          `${roleNameOr(charter, x.item.ownerRoleId, 'No owner')}${x.item.withRoleIds.length ? ` with ${withNames(charter, x.item.withRoleIds)}` : ''}`,
        ]),
        columnStyles: { 0: { cellWidth: 70, fontStyle: 'bold' }, 2: { cellWidth: 130 } },
      },
      `Calendar: ${m.label}`,
    );
  }
}
