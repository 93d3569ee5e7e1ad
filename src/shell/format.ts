/**
 * Dates, times and counts shown to people. Each formatter is made once: making
 * one costs far more than using it, and a long stage formats hundreds of values.
 */
let dateTimeFormat: Intl.DateTimeFormat | undefined;
let dateFormat: Intl.DateTimeFormat | undefined;

/** A moment, in the reader's own locale: "Mar 5, 2027, 9:30 AM". */
export function formatDateTime(iso: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  dateTimeFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return dateTimeFormat.format(d);
}

/** A calendar day ("2027-03-05"), in the reader's own locale: "March 5, 2027". */
export function formatDate(isoDate: string): string {
  if (!isoDate) return '';
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00`);
  if (Number.isNaN(d.getTime())) return isoDate;
  return dayFormat().format(d);
}

/**
 * A count with thousands separated: "1,234" (the app's own words are English; written out here
 * rather than through Intl.NumberFormat, whose first use costs a large stage several milliseconds).
 */
export function formatCount(n: number): string {
  const whole = String(Math.trunc(Math.abs(n)));
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}`;
}

/**
 * Make the calendar-day formatter now, in a task of its own, rather than in the middle of drawing a
 * stage (its first use loads the locale's data, which is most of its cost).
 */
export function prepareDateFormat(): void {
  dayFormat();
}

function dayFormat(): Intl.DateTimeFormat {
  return (dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }));
}
