/**
 * Supports: what the district and schools agree to give each other (resource
 * agreements), the school year the calendar covers, and suggested commitments
 * for keeping each other informed (progress reports, check-ins, schools
 * learning from schools) — added to the one list of expectations.
 * "Some things always remain constant … early agreement about required
 * resources (e.g., professional development) and frequent communication about
 * progress" (Education Northwest, 2017).
 */
import type { Cadence } from './Cadence';
import type { Expectation, ResourceAgreement, SchoolYear, Supports } from './Charter';
import type { ModelNumber } from './DecisionModel';
import { ROLE } from './Role';
import { cite } from './sources';

/** The kinds of suggested communication commitments. */
export type CommunicationKind = 'progress-report' | 'check-in' | 'cross-school';

export const COMMUNICATION_KIND_LABELS: Record<CommunicationKind, string> = {
  'progress-report': 'Progress report',
  'check-in': 'Check-in',
  'cross-school': 'Schools learning from schools',
};

/** "2026-08-15" → Date at UTC midnight, or null when it is not a real date. */
export function parseDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  const d = new Date(Date.UTC(y, month, day));
  // A real day only: the date must not have rolled over (2026-02-30) nor been read as 19xx (0050-01-01).
  return d.getUTCFullYear() === y && d.getUTCMonth() === month && d.getUTCDate() === day ? d : null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A Date's calendar day in UTC, "2026-08-15" (years 0–9999, which is all a charter holds). */
export function isoDay(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

/**
 * The school year a charter plans for, from a date in it: from April on, the
 * year that starts in August; before April, the year already under way.
 */
export function defaultSchoolYear(on: Date, startMonth = 8): SchoolYear {
  const y = on.getUTCFullYear();
  const first = on.getUTCMonth() >= 3 ? y : y - 1;
  return schoolYearStartingIn(first, startMonth);
}

/** A school year starting mid-month in `startMonth` (1–12) of `year` and ending mid-month ten months later. */
export function schoolYearStartingIn(year: number, startMonth: number, day = 15): SchoolYear {
  const start = new Date(Date.UTC(year, startMonth - 1, day));
  const end = new Date(Date.UTC(year, startMonth - 1 + 10, day));
  return { start: isoDay(start), end: isoDay(end) };
}

/** Why a school year cannot be used for the calendar, or null when it can. */
export function schoolYearProblem(year: SchoolYear): string | null {
  const start = parseDay(year.start);
  const end = parseDay(year.end);
  if (!start || !end) return 'Set the first and last day of the school year.';
  if (end <= start) return 'The school year must end after it starts.';
  if (end.getTime() - start.getTime() > 400 * 86_400_000) return 'A school year is at most about 13 months long.';
  return null;
}

/** "2026–27", or "2026" for a year inside one calendar year. */
export function schoolYearLabel(year: SchoolYear): string {
  const a = year.start.slice(0, 4);
  const b = year.end.slice(0, 4);
  if (!a || !b) return '';
  return a === b ? a : `${a}–${b.slice(2)}`;
}

export function defaultSupports(on: Date): Supports {
  return { schoolYear: defaultSchoolYear(on), resourceCheck: '', resources: [] };
}

export function newResourceAgreement(id: string, partial: Partial<Omit<ResourceAgreement, 'id'>> = {}): ResourceAgreement {
  return { id, what: '', fromRoleId: null, toRoleId: null, byWhen: '', ...partial };
}


/** A suggested resource agreement; `byWhen` is days after the school year starts (negative: before). */
export interface ResourceSuggestion {
  id: string;
  what: string;
  fromRoleId: string;
  toRoleId: string;
  daysFromStart: number;
  models: readonly ModelNumber[];
  source: string;
}

/** A suggested line of the communication plan; `first` is days after the school year starts. */
export interface CommunicationSuggestion {
  id: string;
  kind: CommunicationKind;
  what: string;
  ownerRoleId: string;
  withRoleIds: readonly string[];
  cadence: Cadence;
  daysFromStart: number;
  models: readonly ModelNumber[];
  source: string;
}

const ALL: readonly ModelNumber[] = [1, 2, 3, 4];
const EDNW = cite('ednw-2017');
const KGM = cite('csi-2012');

export const RESOURCE_SUGGESTIONS: readonly ResourceSuggestion[] = [
  {
    id: 'pd-budget',
    what: 'Professional development for the focus area: days, trainers and substitute cover, agreed before the year starts.',
    fromRoleId: ROLE.centralOffice,
    toRoleId: ROLE.principal,
    daysFromStart: -30,
    models: ALL,
    source: EDNW,
  },
  {
    id: 'data-access',
    what: 'Access to the screening and progress data each school needs, with someone to help read it.',
    fromRoleId: ROLE.centralOffice,
    toRoleId: ROLE.schoolTeam,
    daysFromStart: 14,
    models: ALL,
    source: EDNW,
  },
  {
    id: 'common-materials',
    what: 'The materials and coaching the district’s chosen actions need, in each school they cover.',
    fromRoleId: ROLE.centralOffice,
    toRoleId: ROLE.principal,
    daysFromStart: 0,
    models: [1, 4],
    source: EDNW,
  },
  {
    id: 'planning-time',
    what: 'Protected time for each school leadership team to plan and review its data.',
    fromRoleId: ROLE.superintendent,
    toRoleId: ROLE.schoolTeam,
    daysFromStart: 0,
    models: [2, 3],
    source: EDNW,
  },
  {
    id: 'collaboration-time',
    what: 'Time in the schedule for teacher teams to meet and run inquiry cycles.',
    fromRoleId: ROLE.principal,
    toRoleId: ROLE.teacherTeams,
    daysFromStart: 0,
    models: [2, 3],
    source: KGM,
  },
  {
    id: 'inclusion-support',
    what: 'Special-education staff time to plan interventions with general educators.',
    fromRoleId: ROLE.specialEducation,
    toRoleId: ROLE.schoolTeam,
    daysFromStart: 30,
    models: ALL,
    source: cite('msu'),
  },
];

export const COMMUNICATION_SUGGESTIONS: readonly CommunicationSuggestion[] = [
  {
    id: 'monthly-progress',
    kind: 'progress-report',
    what: 'Schools report progress on each focus area, with the agreed data',
    ownerRoleId: ROLE.principal,
    withRoleIds: [ROLE.centralOffice],
    cadence: 'monthly',
    daysFromStart: 30,
    models: ALL,
    source: EDNW,
  },
  {
    id: 'quarterly-checkin',
    kind: 'check-in',
    what: 'What is working, what is not, and next steps, school by school',
    ownerRoleId: ROLE.centralOffice,
    withRoleIds: [ROLE.schoolTeam],
    cadence: 'quarterly',
    daysFromStart: 45,
    models: ALL,
    source: EDNW,
  },
  {
    id: 'semester-sharing',
    kind: 'cross-school',
    what: 'Schools on the same focus area each show one practice that works',
    ownerRoleId: ROLE.centralOffice,
    withRoleIds: [ROLE.schoolTeam, ROLE.teacherTeams],
    cadence: 'semester',
    daysFromStart: 60,
    models: ALL,
    source: KGM,
  },
  {
    id: 'annual-review',
    kind: 'check-in',
    what: 'End-of-year review: reflect on the charter and refine it',
    ownerRoleId: ROLE.superintendent,
    withRoleIds: [ROLE.centralOffice, ROLE.principal, ROLE.schoolTeam],
    cadence: 'annually',
    daysFromStart: 280,
    models: ALL,
    source: KGM,
  },
  {
    id: 'data-briefing',
    kind: 'progress-report',
    what: 'The data behind each district priority, and what changed since last time',
    ownerRoleId: ROLE.centralOffice,
    withRoleIds: [ROLE.principal, ROLE.schoolTeam],
    cadence: 'semester',
    daysFromStart: 10,
    models: [1, 2],
    source: EDNW,
  },
  {
    id: 'implementation-checkin',
    kind: 'check-in',
    what: 'How the actions the district leads are going, with feedback from schools',
    ownerRoleId: ROLE.centralOffice,
    withRoleIds: [ROLE.principal],
    cadence: 'monthly',
    daysFromStart: 21,
    models: [1, 4],
    source: EDNW,
  },
];

function addDays(iso: string, days: number): string {
  const d = parseDay(iso);
  if (!d) return '';
  return isoDay(new Date(d.getTime() + days * 86_400_000));
}

export function suggestionsFor<T extends { models: readonly ModelNumber[] }>(list: readonly T[], models: readonly ModelNumber[]): T[] {
  if (models.length === 0) return [...list];
  return list.filter((s) => s.models.some((m) => models.includes(m)));
}

/** A resource agreement from a suggestion, dated within the given school year; roles the charter lacks are left empty. */
export function resourceFromSuggestion(id: string, s: ResourceSuggestion, year: SchoolYear, roleIds: ReadonlySet<string>): ResourceAgreement {
  return newResourceAgreement(id, {
    what: s.what,
    fromRoleId: roleIds.has(s.fromRoleId) ? s.fromRoleId : null,
    toRoleId: roleIds.has(s.toRoleId) ? s.toRoleId : null,
    byWhen: addDays(year.start, s.daysFromStart),
  });
}

/** The text of a suggested communication commitment, as it goes into the list: "Check-in: …". */
export function communicationText(s: Pick<CommunicationSuggestion, 'kind' | 'what'>): string {
  return `${COMMUNICATION_KIND_LABELS[s.kind]}: ${s.what}`;
}

/** A commitment from a suggested communication line: owner, with whom, cadence, first date in the school year. */
export function commitmentFromSuggestion(
  id: string,
  s: CommunicationSuggestion,
  year: SchoolYear,
  roleIds: ReadonlySet<string>,
): Expectation {
  return {
    id,
    ownerRoleId: roleIds.has(s.ownerRoleId) ? s.ownerRoleId : null,
    withRoleIds: s.withRoleIds.filter((r) => roleIds.has(r)),
    what: communicationText(s),
    cadence: s.cadence,
    evidence: '',
    start: addDays(year.start, s.daysFromStart),
    due: '',
    source: s.source,
  };
}

/** How many months a school year lasts, to the nearest month (15 Aug – 15 Jun: 10; 1 Jul – 30 Jun: 12). */
export function monthsSpanned(year: SchoolYear): number {
  const a = parseDay(year.start);
  const b = parseDay(year.end);
  if (!a || !b || b < a) return 0;
  return Math.round((b.getTime() - a.getTime() + 86_400_000) / 86_400_000 / (365.25 / 12));
}

/**
 * Change the school year, and bring the dates that hang off it along: a date
 * on the old first or last day moves to the new one; every other start, due,
 * first and by-when date moves by as many days as the first day moved.
 */
export function moveSchoolYear(
  c: { supports: Supports; expectations: Expectation[] },
  next: SchoolYear,
): void {
  const before = c.supports.schoolYear;
  const oldStart = parseDay(before.start);
  const oldEnd = parseDay(before.end);
  const newStart = parseDay(next.start);
  const newEnd = parseDay(next.end);
  c.supports.schoolYear = { start: next.start, end: next.end };
  if (!oldStart || !newStart) return;
  const shift = Math.round((newStart.getTime() - oldStart.getTime()) / 86_400_000);
  const move = (iso: string): string => {
    if (!iso || !parseDay(iso)) return iso;
    if (iso === before.start) return next.start;
    if (iso === before.end && oldEnd && newEnd) return next.end;
    return shift ? addDays(iso, shift) : iso;
  };
  for (const e of c.expectations) {
    e.start = move(e.start);
    e.due = move(e.due);
  }
  for (const a of c.supports.resources) a.byWhen = move(a.byWhen);
}
