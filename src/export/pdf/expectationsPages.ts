/**
 * The charter PDF's expectations (grouped by the role that owns them, with
 * who they are done with, how often, evidence and dates) and supports:
 * resource agreements, and the year's calendar of check-ins made from the
 * expectations — the one list of commitments (calendar.ts) — one line per
 * date. Empty cells stay empty, and a column no row fills is left out.
 */
import type { CellInput, Styles } from 'jspdf-autotable';
import { CADENCE_LABELS } from '../../charter/Cadence';
import type { Charter } from '../../charter/Charter';
import { checkInCalendar } from '../../charter/calendar';
import { schoolYearLabel } from '../../charter/supports';
import { SECONDARY, SIZE, orUntitled, type Writer } from './writer';
import { groupExpectationsByOwner } from '../../charter/expectationGroups';
import { RESOURCE_CHECK } from '../../charter/guidance';
import { cleanText, formatDateShort, truncateToWidth } from './layout';

function roleNameOr(charter: Charter, id: string | null, fallback: string): string {
  if (!id) return fallback;
  const role = charter.roles.find((r) => r.id === id);
  return role ? orUntitled(role.name, 'Role') : fallback;
}

const text = (s: string) => cleanText(s).trim();
const date = (s: string) => (text(s) ? formatDateShort(s, '') : '');

/** A table column: its header, its cell for each row, and its width (undefined: takes the rest). */
interface Column<T> {
  head: string;
  cell: (row: T) => string;
  width?: number;
}

/** Head, body and column widths for the columns that at least one row fills. */
export function filledColumns<T>(rows: readonly T[], columns: ReadonlyArray<Column<T>>): {
  head: string[][];
  body: CellInput[][];
  columnStyles: Record<number, Partial<Styles>>;
} {
  const kept = columns.filter((c) => rows.some((r) => c.cell(r) !== ''));
  const columnStyles: Record<number, Partial<Styles>> = {};
  kept.forEach((c, i) => {
    if (c.width) columnStyles[i] = { cellWidth: c.width };
  });
  return { head: [kept.map((c) => c.head)], body: rows.map((r) => kept.map((c) => c.cell(r))), columnStyles };
}

function withNames(charter: Charter, ids: readonly string[]): string {
  return ids.map((id) => roleNameOr(charter, id, '')).filter(Boolean).join(', ');
}

export function drawExpectations(w: Writer, charter: Charter): void {
  if (charter.expectations.length === 0) return;
  w.section('Expectations', 1, 120);
  w.paragraph('What each role commits to, how often, and how everyone will know it is done. Grouped by the role that owns each commitment.', {
    after: 6,
  });
  for (const group of groupExpectationsByOwner(charter.expectations, charter.roles)) {
    const list = group.expectations;
    const count = list.length;
    w.section(`${group.title} (${count} ${count === 1 ? 'expectation' : 'expectations'})`, 2, 80);
    // Dates every row shares are said once, above the table, instead of on every row.
    const sameStart = count > 1 && list.every((e) => e.start === list[0]!.start) ? date(list[0]!.start) : '';
    const sameDue = count > 1 && list.every((e) => e.due === list[0]!.due) ? date(list[0]!.due) : '';
    const shared = [sameStart && `All start on ${sameStart}`, sameDue && `${sameStart ? 'are' : 'All are'} due by ${sameDue}`].filter(Boolean);
    if (shared.length) w.paragraph(`${shared.join(' and ')}.`, { size: SIZE.small, grey: SECONDARY, after: 4 });
    w.table(
      {
        ...filledColumns(list, [
          { head: 'What', cell: (e) => text(e.what) + (text(e.source) ? ` (${text(e.source)})` : '') },
          { head: 'With', cell: (e) => withNames(charter, e.withRoleIds), width: 80 },
          { head: 'How often', cell: (e) => (e.cadence ? CADENCE_LABELS[e.cadence] : ''), width: 60 },
          { head: 'Evidence of done', cell: (e) => text(e.evidence), width: 130 },
          { head: 'Start', cell: (e) => (sameStart ? '' : date(e.start)), width: 58 },
          { head: 'Due', cell: (e) => (sameDue ? '' : date(e.due)), width: 58 },
        ]),
        styles: { cellPadding: { top: 3, bottom: 3, left: 5, right: 5 } },
      },
      `Expectations: ${group.title}`,
    );
  }
}

export function drawSupports(w: Writer, charter: Charter): void {
  const { resources, resourceCheck } = charter.supports;
  const checkIns = checkInCalendar(charter);
  if (resources.length === 0 && checkIns.length === 0 && !text(resourceCheck)) return;
  w.section('Supports and the year’s calendar', 1, 110);
  w.paragraph(
    'Whatever the model, two things hold: early agreement on the resources the work needs, and frequent communication about progress (Education Northwest, 2017).',
    { after: 6 },
  );

  if (text(resourceCheck)) {
    w.paragraph(`${RESOURCE_CHECK.label}: ${text(resourceCheck)}`, { after: 6 });
  }
  if (resources.length) {
    w.section('Resource agreements', 2, 70);
    w.table(
      filledColumns(resources, [
        { head: 'What', cell: (a) => text(a.what) },
        { head: 'From', cell: (a) => roleNameOr(charter, a.fromRoleId, ''), width: 92 },
        { head: 'To', cell: (a) => roleNameOr(charter, a.toRoleId, ''), width: 92 },
        { head: 'By when', cell: (a) => date(a.byWhen), width: 70 },
      ]),
      'Resource agreements',
    );
  }

  drawCalendar(w, charter);
}

/**
 * The year's check-ins, one line per date. Each repeating commitment is
 * described once, under a letter; the dates then name the letters ("A (3 of 10)").
 */
function drawCalendar(w: Writer, charter: Charter): void {
  const { schoolYear } = charter.supports;
  const checkIns = checkInCalendar(charter);
  if (checkIns.length === 0) return;
  const items = [...new Set(checkIns.map((c) => c.item))];
  const key = (i: number) => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(65 + Math.floor(i / 26) - 1)}${String.fromCharCode(65 + (i % 26))}`);
  const letter = new Map(items.map((item, i) => [item, key(i)]));

  // The legend's commitment column: the page less the letter, owner and count columns and the cell padding.
  const whatWidth = w.width - 24 - 110 - 44 - 10;
  const oneLine = (what: string) => {
    w.font(SIZE.small);
    return truncateToWidth(text(what).replace(/\s+/g, ' '), whatWidth, w.measure);
  };
  w.section(`Calendar of check-ins ${schoolYearLabel(schoolYear)}`.trim(), 2, 120);
  w.paragraph('Every date the repeating commitments set, from each one’s start date. Weekend dates move to the nearest weekday. Each commitment is written out in full under Expectations; here it takes one line.', {
    size: SIZE.small,
    grey: SECONDARY,
    after: 4,
  });
  w.table(
    {
      head: [['', 'Commitment', 'Owner', 'Times']],
      body: items.map((item) => [
        letter.get(item)!,
        oneLine(item.what),
        `${roleNameOr(charter, item.ownerRoleId, '')}${item.withRoleIds.length ? ` with ${withNames(charter, item.withRoleIds)}` : ''}`,
        String(checkIns.filter((c) => c.item === item).length),
      ]),
      columnStyles: { 0: { cellWidth: 24, fontStyle: 'bold' } as Partial<Styles>, 2: { cellWidth: 110 }, 3: { cellWidth: 44, halign: 'right' } },
    },
    'Calendar of check-ins',
  );

  // One line per date: the date, then each check-in that day by its letter.
  const rows = datesByLetter(checkIns, (item) => letter.get(item)!).map(({ date: d, line }) => [formatDateShort(d, d), line]);
  // Mostly short lines go two dates side by side (half the height); long ones get the page's whole width.
  const twoUp = rows.filter(([, line]) => line!.length > 40).length <= rows.length / 10;
  const half = Math.ceil(rows.length / 2);
  const body = twoUp ? rows.slice(0, half).map((left, i) => [...left, ...(rows[half + i] ?? ['', ''])]) : rows;
  w.table(
    {
      head: [twoUp ? ['Date', 'Check-ins', 'Date', 'Check-ins'] : ['Date', 'Check-ins']],
      body,
      styles: { cellPadding: { top: 2, bottom: 2, left: 5, right: 5 } },
      columnStyles: twoUp
        ? { 0: { cellWidth: 78, fontStyle: 'bold' }, 1: { cellWidth: (w.width - 156) / 2 }, 2: { cellWidth: 78, fontStyle: 'bold' } }
        : { 0: { cellWidth: 78, fontStyle: 'bold' } },
    },
    'Calendar of check-ins',
  );
}

/**
 * Each date's check-ins by letter, those at the same point of their run written
 * once: "A, C (3 of 12); B (1 of 4); D" — a one-off has no count.
 */
export function datesByLetter<T extends { date: string; number: number; of: number }, I>(
  checkIns: ReadonlyArray<T & { item: I }>,
  letterOf: (item: I) => string,
): Array<{ date: string; line: string }> {
  const byDate = new Map<string, Map<string, string[]>>();
  for (const c of checkIns) {
    const day = byDate.get(c.date) ?? new Map<string, string[]>();
    const count = c.of > 1 ? `${c.number} of ${c.of}` : '';
    day.set(count, [...(day.get(count) ?? []), letterOf(c.item)]);
    byDate.set(c.date, day);
  }
  return [...byDate.entries()].map(([date, day]) => ({
    date,
    line: [...day.entries()].map(([count, letters]) => `${letters.join(', ')}${count ? ` (${count})` : ''}`).join('; '),
  }));
}
