/**
 * The year's calendar of commitments as an iCalendar (.ics) file that Outlook,
 * Google Calendar and Apple Calendar can import. Written with ical-generator;
 * each date is an all-day event, so no time zone can move it. Made from the
 * same list as the calendar on screen and the PDF (calendar.ts).
 * Load with import(): the library stays out of the app's first download.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { roleName, type Charter } from './Charter';
import type { CheckIn } from './calendar';
import { CADENCE_LABELS } from './Cadence';
import { parseDay, schoolYearLabel } from './supports';
import { UNTITLED_CHARTER } from './names';

/** The title of one date, as a calendar shows it. */
export function checkInTitle(c: CheckIn): string {
  return c.item.what.trim().replace(/\s+/g, ' ') || 'Untitled commitment';
}

function list(charter: Charter, ids: readonly string[]): string {
  return ids.map((id) => roleName(charter, id)).filter(Boolean).join(', ');
}

/** The longer text of one check-in: who runs it, who takes part, how often, which charter. */
export function checkInDetails(charter: Charter, c: CheckIn): string {
  const lines = [
    `Owner: ${roleName(charter, c.item.ownerRoleId) || 'no owner yet'}`,
    c.item.withRoleIds.length ? `With: ${list(charter, c.item.withRoleIds)}` : '',
    `How often: ${c.item.cadence ? CADENCE_LABELS[c.item.cadence] : 'not set'} (${c.number} of ${c.of} this school year)`,
    c.item.evidence.trim() ? `Evidence it was done: ${c.item.evidence.trim()}` : '',
    c.moved ? 'Moved off a weekend to the nearest weekday.' : '',
    `From the charter “${charter.title.trim() || UNTITLED_CHARTER}”${charter.district.trim() ? `, ${charter.district.trim()}` : ''}, revision ${charter.revision}.`,
  ];
  return lines.filter(Boolean).join('\n');
}

export function calendarName(charter: Charter): string {
  const who = charter.district.trim() || charter.title.trim() || 'Charter';
  return `${who}: commitments ${schoolYearLabel(charter.supports.schoolYear)}`.trim();
}

/** The .ics text for these check-ins. `stamp` (default: the charter's last change) makes the output repeatable. */
export function checkInsToIcs(charter: Charter, checkIns: readonly CheckIn[], stamp: Date = new Date(charter.updatedAt)): string {
  const when = Number.isNaN(stamp.getTime()) ? new Date() : stamp;
  const cal = ical({
    name: calendarName(charter),
    prodId: { company: 'Same Playbook', product: 'Charter check-ins', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const c of checkIns) {
    const day = parseDay(c.date);
    if (!day) continue;
    cal.createEvent({
      id: `${c.item.id}-${c.date}@same-playbook`,
      start: day,
      allDay: true,
      stamp: when,
      summary: checkInTitle(c),
      description: checkInDetails(charter, c),
    });
  }
  return cal.toString();
}
