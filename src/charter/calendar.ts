/**
 * The year's calendar, made from the one list of commitments (expectations):
 * each one's cadence laid out across the school year from its start date, so a
 * commitment is typed once and makes its own dates. Dates are calendar days
 * (YYYY-MM-DD), worked out in UTC so they never shift with the time zone.
 */
import type { Cadence } from './Cadence';
import type { Charter, Expectation, SchoolYear } from './Charter';
import { isoDay, parseDay, schoolYearProblem } from './supports';

const DAY = 86_400_000;
const MAX_OCCURRENCES = 60;

export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export interface Occurrence {
  date: string;
  /** True when the cadence landed on a weekend and the date moved to a weekday. */
  moved: boolean;
}

function addMonths(base: Date, months: number): Date {
  const y = base.getUTCFullYear();
  const m = base.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(base.getUTCDate(), lastDay)));
}

/**
 * A Saturday or Sunday moves to the Monday after, unless that leaves the month
 * or the school year: then to the Friday before.
 */
function toWeekday(d: Date, end: Date): Occurrence {
  const dow = d.getUTCDay();
  if (dow !== 0 && dow !== 6) return { date: isoDay(d), moved: false };
  const monday = new Date(d.getTime() + (dow === 6 ? 2 : 1) * DAY);
  if (monday <= end && monday.getUTCMonth() === d.getUTCMonth()) return { date: isoDay(monday), moved: true };
  return { date: isoDay(new Date(d.getTime() - (dow === 6 ? 1 : 2) * DAY)), moved: true };
}

/**
 * The dates a cadence falls on within a school year, starting from `first`
 * (the year's first day when empty). Weekly keeps the weekday of its first
 * date; monthly and quarterly keep the day of the month; "each semester" is the
 * first date and the same point in the second half of the year; "once" and
 * "annually" are the first date alone. Dates outside the year are dropped.
 */
export function occurrences(cadence: Cadence, first: string, year: SchoolYear): Occurrence[] {
  if (schoolYearProblem(year)) return [];
  const start = parseDay(year.start)!;
  const end = parseDay(year.end)!;
  const base = (first && parseDay(first)) || start;

  const candidates: Occurrence[] = [];
  switch (cadence) {
    case 'once':
    case 'annually':
      candidates.push(toWeekday(base, end));
      break;
    case 'weekly': {
      // Move the first date to a weekday once; every later week keeps that weekday.
      const firstDay = toWeekday(base, end);
      const from = parseDay(firstDay.date)!;
      for (let i = 0; i < 60; i++) {
        const d = new Date(from.getTime() + i * 7 * DAY);
        if (d > end) break;
        candidates.push({ date: isoDay(d), moved: i === 0 && firstDay.moved });
      }
      break;
    }
    case 'monthly':
    case 'quarterly': {
      const step = cadence === 'monthly' ? 1 : 3;
      for (let k = 0; k < 30; k++) {
        const d = addMonths(base, k * step);
        if (d > end) break;
        candidates.push(toWeekday(d, end));
      }
      break;
    }
    case 'semester': {
      const half = Math.round((end.getTime() - start.getTime()) / DAY / 2);
      candidates.push(toWeekday(base, end), toWeekday(new Date(base.getTime() + half * DAY), end));
      break;
    }
  }

  const out: Occurrence[] = [];
  const seen = new Set<string>();
  // Calendar days written YYYY-MM-DD sort as text in date order.
  for (const o of candidates) {
    if (o.date < year.start || o.date > year.end || seen.has(o.date)) continue;
    seen.add(o.date);
    out.push(o);
    if (out.length >= MAX_OCCURRENCES) break;
  }
  return out;
}

/** The cadences that repeat within a year. */
export const REPEATING: ReadonlySet<Cadence> = new Set(['weekly', 'monthly', 'quarterly', 'semester']);

/**
 * The dates one commitment falls on in the school year. A repeating cadence
 * runs from its start date (the year's first day when empty) up to its due date
 * (the year's last day when empty); "once" and "annually" fall on the due date,
 * or the start date when there is no due date.
 */
export function commitmentDates(e: Pick<Expectation, 'cadence' | 'start' | 'due'>, year: SchoolYear): Occurrence[] {
  if (!e.cadence) return [];
  if (!REPEATING.has(e.cadence)) {
    const day = e.due || e.start;
    return day ? occurrences(e.cadence, day, year) : occurrences(e.cadence, '', year);
  }
  const dates = occurrences(e.cadence, e.start, year);
  return parseDay(e.due) ? dates.filter((o) => o.date <= e.due) : dates;
}

export interface CheckIn extends Occurrence {
  item: Expectation;
  /** 1 for the first time this commitment falls in the year, 2 for the second… */
  number: number;
  /** How many times it falls in the year. */
  of: number;
}

/** Every date of the year, from the commitments, in date order (those without a cadence are left out). */
export function checkInCalendar(charter: Pick<Charter, 'supports' | 'expectations'>): CheckIn[] {
  const year = charter.supports.schoolYear;
  const all: CheckIn[] = [];
  for (const item of charter.expectations) {
    const dates = commitmentDates(item, year);
    dates.forEach((o, i) => all.push({ date: o.date, moved: o.moved, item, number: i + 1, of: dates.length }));
  }
  // By date; on the same date, in the list's order (the sort is stable, and the dates were added in that order).
  return all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

export interface CalendarMonth {
  /** "2026-08" */
  key: string;
  /** "August 2026" */
  label: string;
  checkIns: CheckIn[];
}

/** The school year month by month, from its first month to its last, each with its check-ins (possibly none). */
export function calendarByMonth(checkIns: readonly CheckIn[], year: SchoolYear): CalendarMonth[] {
  if (schoolYearProblem(year)) return [];
  const start = parseDay(year.start)!;
  const end = parseDay(year.end)!;
  const months: CalendarMonth[] = [];
  for (let d = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), 1)); d <= end; d = addMonths(d, 1)) {
    const key = isoDay(d).slice(0, 7);
    months.push({
      key,
      label: `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`,
      checkIns: checkIns.filter((c) => c.date.startsWith(key)),
    });
  }
  return months;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** "Mon 17 Aug" — short enough for a calendar list. */
export function dayLabel(iso: string): string {
  const d = parseDay(iso);
  if (!d) return iso;
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTH_NAMES[d.getUTCMonth()]!.slice(0, 3)}`;
}
