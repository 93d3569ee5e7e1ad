/** Offer the year's check-ins as an .ics file; the iCalendar writer loads only now. */
import type { Charter } from '../charter/Charter';
import { checkInCalendar } from '../charter/calendar';
import { charterFileName } from '../charter/serialise';
import { downloadBlob } from '../shell/download';

export function calendarFileName(charter: Charter): string {
  return charterFileName(charter, 'ics').replace(/\.ics$/, '-check-ins.ics');
}

/** Build and download the .ics; returns how many check-ins it holds. */
export async function downloadCheckInCalendar(charter: Charter): Promise<number> {
  const { checkInsToIcs } = await import('../charter/ics');
  const checkIns = checkInCalendar(charter);
  downloadBlob(new Blob([checkInsToIcs(charter, checkIns)], { type: 'text/calendar;charset=utf-8' }), calendarFileName(charter));
  return checkIns.length;
}
