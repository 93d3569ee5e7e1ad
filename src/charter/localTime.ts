/**
 * Signing and locking times as people read them: in the signer's own time
 * zone (or the reader's, when the signer's was not recorded), with the zone
 * named, the date in the locale's order. Times are stored in UTC; only their
 * display changes. Plain Intl, the same in the browser and in Node.
 */

/** Is this an IANA time zone the platform knows ("America/Los_Angeles")? */
export function isTimeZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The platform's own time zone (the browser's, or TZ on the command line). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/**
 * The locale dates are written in: the reader's, when it is English; the
 * charter's text is English, so another language's reader gets English month
 * names in day-month order (en-GB), or month-day order in the United States.
 */
export function usableLocale(locale: string | undefined): string {
  if (!locale) return 'en-US';
  try {
    const [canonical] = Intl.getCanonicalLocales(locale);
    if (!canonical) return 'en-US';
    const { language, region } = new Intl.Locale(canonical);
    if (language === 'en') return Intl.DateTimeFormat.supportedLocalesOf([canonical]).length ? canonical : 'en-US';
    return region === 'US' ? 'en-US' : 'en-GB';
  } catch {
    return 'en-US';
  }
}

export interface TimeDisplay {
  /** BCP 47 locale for the date order and words ("en-US": September 13, 2026). */
  locale: string;
  /** The zone to use when the time carries none of its own. */
  timeZone: string;
}

/**
 * "September 13, 2026 at 8:00 PM PDT" (en-US) or "13 September 2026 at 20:00 GMT-7" (en-GB):
 * the moment in `zone` (the signer's), else in the display's zone.
 */
export function formatLocalTime(iso: string, display: TimeDisplay, zone?: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso;
  const timeZone = zone && isTimeZone(zone) ? zone : isTimeZone(display.timeZone) ? display.timeZone : 'UTC';
  const locale = usableLocale(display.locale);
  const text = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(d);
  // Where the locale has no abbreviation for the zone ("GMT-7" in en-GB), name it too: "GMT-7 (Pacific Time)".
  if (!/(GMT|UTC)[+−-]\d/.test(text)) return text;
  const generic = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(d)
    .find((p) => p.type === 'timeZoneName')?.value;
  return generic && !/(GMT|UTC)/.test(generic) ? `${text} (${generic})` : text;
}

/** The same moment in UTC, unambiguous for a record: "2026-09-14 03:00 UTC". */
export function formatUtc(iso: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`;
}

/** A calendar date ("2027-06-15") in the locale's order: "June 15, 2027" or "15 June 2027". */
export function formatLocalDate(isoDate: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.slice(0, 10));
  if (!m) return isoDate;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12));
  if (Number.isNaN(d.getTime())) return isoDate;
  return new Intl.DateTimeFormat(usableLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(d);
}

/** The day of a moment, short, in the signer's zone (else the display's): "Sep 13, 2026". */
export function formatLocalDay(iso: string, display: TimeDisplay, zone?: string): string {
  const d = new Date(iso);
  if (!iso || Number.isNaN(d.getTime())) return iso;
  const timeZone = zone && isTimeZone(zone) ? zone : isTimeZone(display.timeZone) ? display.timeZone : 'UTC';
  return new Intl.DateTimeFormat(usableLocale(display.locale), { year: 'numeric', month: 'short', day: 'numeric', timeZone }).format(d);
}
