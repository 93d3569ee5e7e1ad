/**
 * Supports: what the district and schools agree to give each other (resource
 * agreements) and how they keep each other informed (the communication plan).
 * "Some things always remain constant … early agreement about required
 * resources (e.g., professional development) and frequent communication about
 * progress" (Education Northwest, 2017).
 */
import type { Cadence } from './Cadence';
import type { CommunicationItem, CommunicationKind, ResourceAgreement, SchoolYear, Supports } from './Charter';
import type { ModelNumber } from './DecisionModel';
import { ROLE } from './Role';
import { cite } from './sources';

export const COMMUNICATION_KINDS: readonly CommunicationKind[] = ['progress-report', 'check-in', 'cross-school'];

export const COMMUNICATION_KIND_LABELS: Record<CommunicationKind, string> = {
  'progress-report': 'Progress report',
  'check-in': 'Check-in',
  'cross-school': 'Cross-school sharing',
};

/** "2026-08-15" → Date at UTC midnight, or null when it is not a real date. */
export function parseDay(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso ? d : null;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
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
  return { schoolYear: defaultSchoolYear(on), resourceCheck: '', resources: [], communication: [] };
}

export function newResourceAgreement(id: string, partial: Partial<Omit<ResourceAgreement, 'id'>> = {}): ResourceAgreement {
  return { id, what: '', fromRoleId: null, toRoleId: null, byWhen: '', ...partial };
}

export function newCommunicationItem(id: string, partial: Partial<Omit<CommunicationItem, 'id'>> = {}): CommunicationItem {
  return { id, kind: 'check-in', what: '', ownerRoleId: null, withRoleIds: [], cadence: null, first: '', ...partial };
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

export function communicationFromSuggestion(
  id: string,
  s: CommunicationSuggestion,
  year: SchoolYear,
  roleIds: ReadonlySet<string>,
): CommunicationItem {
  return newCommunicationItem(id, {
    kind: s.kind,
    what: s.what,
    ownerRoleId: roleIds.has(s.ownerRoleId) ? s.ownerRoleId : null,
    withRoleIds: s.withRoleIds.filter((r) => roleIds.has(r)),
    cadence: s.cadence,
    first: addDays(year.start, s.daysFromStart),
  });
}
