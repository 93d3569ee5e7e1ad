/**
 * The charter PDF's expectations (grouped by the role that owns them, with
 * cadence, evidence and dates) and supports: resource agreements, the
 * communication plan, and the year's calendar of check-ins by month.
 */
import { CADENCE_LABELS } from '../../charter/Cadence';
import type { Charter } from '../../charter/Charter';
import { calendarByMonth, checkInCalendar, dayLabel } from '../../charter/calendar';
import { COMMUNICATION_KIND_LABELS, schoolYearLabel } from '../../charter/supports';
import { RESOURCE_CHECK } from '../../charter/guidance';
import { SECONDARY, SIZE, orUntitled, type Writer } from './writer';
import { groupExpectationsByOwner } from '../../charter/expectationGroups';
import { formatDateShort } from './layout';

function roleNameOr(charter: Charter, id: string | null, fallback: string): string {
  if (!id) return fallback;
  const role = charter.roles.find((r) => r.id === id);
  return role ? orUntitled(role.name, 'Unnamed role') : fallback;
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
        head: [['What', 'Cadence', 'Evidence of done', 'Start', 'Due']],
        body: group.expectations.map((e) => [
          orUntitled(e.what, 'Not written yet') + (e.source.trim() ? ` (${e.source.trim()})` : ''),
          e.cadence ? CADENCE_LABELS[e.cadence] : 'Not set',
          orUntitled(e.evidence, 'Not written yet'),
          formatDateShort(e.start),
          formatDateShort(e.due),
        ]),
        columnStyles: {
          1: { cellWidth: 74 },
          2: { cellWidth: 116 },
          3: { cellWidth: 64 },
          4: { cellWidth: 64 },
        },
      },
      `Expectations: ${group.title}`,
    );
  }
}

export function drawSupports(w: Writer, charter: Charter): void {
  const { resources, communication, schoolYear } = charter.supports;
  w.heading('Supports and communication', 1, 110);
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

  w.heading('Communication plan', 2, 70);
  if (communication.length === 0) {
    w.paragraph('No progress reports, check-ins or cross-school sharing planned yet.');
    return;
  }
  const withNames = (ids: string[]) => ids.map((id) => roleNameOr(charter, id, 'Unknown role')).join(', ') || 'None';
  w.table(
    {
      head: [['Kind', 'What', 'Owner', 'With', 'How often', 'First']],
      body: communication.map((m) => [
        COMMUNICATION_KIND_LABELS[m.kind],
        orUntitled(m.what, 'Not written yet'),
        roleNameOr(charter, m.ownerRoleId, 'No owner'),
        withNames(m.withRoleIds),
        m.cadence ? CADENCE_LABELS[m.cadence] : 'Not set',
        formatDateShort(m.first || schoolYear.start),
      ]),
      columnStyles: { 0: { cellWidth: 72 }, 2: { cellWidth: 78 }, 3: { cellWidth: 96 }, 4: { cellWidth: 60 }, 5: { cellWidth: 66 } },
    },
    'Communication plan',
  );

  const months = calendarByMonth(checkInCalendar(charter), schoolYear).filter((m) => m.checkIns.length);
  w.heading(`Calendar of check-ins ${schoolYearLabel(schoolYear)}`.trim(), 2, 90);
  if (months.length === 0) {
    w.paragraph('No dates yet: the school year and each line’s cadence set them.');
    return;
  }
  w.paragraph('Every date the communication plan sets, month by month. Weekend dates move to the nearest weekday.', {
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
          `${COMMUNICATION_KIND_LABELS[x.item.kind]}: ${orUntitled(x.item.what, 'Untitled')}${x.of > 1 ? ` (${x.number} of ${x.of})` : ''}`,
          roleNameOr(charter, x.item.ownerRoleId, 'No owner'),
        ]),
        columnStyles: { 0: { cellWidth: 70, fontStyle: 'bold' }, 2: { cellWidth: 110 } },
      },
      `Calendar of check-ins: ${m.label}`,
    );
  }
}
