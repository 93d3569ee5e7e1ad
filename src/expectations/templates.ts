/**
 * Starting points for expectations, per decision model. Ideas from the sources
 * (Education Northwest, 2017; Kaufman, Grimm & Miller, 2012; MSU K-12
 * Outreach), written in our own words. Adding one is a single action; the team
 * then edits it.
 */
import type { Cadence } from '../charter/Cadence';
import type { Expectation, SchoolYear } from '../charter/Charter';
import type { ModelNumber } from '../charter/DecisionModel';
import { ROLE } from '../charter/Role';
import { isoDay, parseDay } from '../charter/supports';

export interface ExpectationTemplate {
  id: string;
  ownerRoleId: string;
  what: string;
  cadence: Cadence;
  evidence: string;
  /** Models the template suits; all four when it holds in every model. */
  models: readonly ModelNumber[];
  /** Where the idea comes from, cited on screen. */
  source: string;
  /** Days from the start of the school year to the due date; the year's last day when absent. */
  dueDays?: number;
  /** Days from the start of the school year to the start date; the first day when absent. */
  startDays?: number;
}

const ALL: readonly ModelNumber[] = [1, 2, 3, 4];
const EDNW = 'Education Northwest, 2017';
const KGM = 'Kaufman, Grimm & Miller, 2012';
const MSU = 'MSU K-12 Outreach';

export const EXPECTATION_TEMPLATES: readonly ExpectationTemplate[] = [
  {
    id: 'agree-resources',
    ownerRoleId: ROLE.superintendent,
    what: 'Agree the resources the work needs, including professional development, before the school year starts.',
    cadence: 'annually',
    evidence: 'Resource agreement signed by the district and each principal',
    models: ALL,
    source: EDNW,
    startDays: -60,
    dueDays: 0,
  },
  {
    id: 'report-progress',
    ownerRoleId: ROLE.principal,
    what: 'Collect the agreed data and report progress on the focus area to the district.',
    cadence: 'monthly',
    evidence: 'Progress report on file with the district office',
    models: ALL,
    source: EDNW,
  },
  {
    id: 'progress-checkin',
    ownerRoleId: ROLE.centralOffice,
    what: 'Hold a progress check-in with each school leadership team and agree next steps.',
    cadence: 'quarterly',
    evidence: 'Check-in notes shared with the school',
    models: ALL,
    source: EDNW,
  },
  {
    id: 'cross-school',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Consult another school working on the same focus area and bring back one practice to try.',
    cadence: 'semester',
    evidence: 'Short note on what was learned and tried',
    models: ALL,
    source: EDNW,
  },
  {
    id: 'inclusion-review',
    ownerRoleId: ROLE.specialEducation,
    what: 'Review intervention and IEP progress data with each school leadership team, so students with disabilities are part of every plan.',
    cadence: 'quarterly',
    evidence: 'Review notes with the actions agreed for each school',
    models: ALL,
    source: MSU,
  },
  {
    id: 'reflect-refine',
    ownerRoleId: ROLE.superintendent,
    what: 'Lead a reflect-and-refine review of this charter with the whole team and agree what to change next year.',
    cadence: 'annually',
    evidence: 'Next revision of the charter started, with the changes listed',
    models: ALL,
    source: KGM,
  },
  {
    id: 'share-data',
    ownerRoleId: ROLE.centralOffice,
    what: 'Share the data behind each district priority with principals and school teams, and answer their questions.',
    cadence: 'semester',
    evidence: 'Data briefing held; slides sent to every school in scope',
    models: [1, 2],
    source: EDNW,
  },
  {
    id: 'common-approach-training',
    ownerRoleId: ROLE.centralOffice,
    what: 'Train and coach every school in scope on the common approach the district has chosen.',
    cadence: 'monthly',
    evidence: 'Training calendar and attendance; coaching logs',
    models: [1, 4],
    source: EDNW,
  },
  {
    id: 'implementation-feedback',
    ownerRoleId: ROLE.principal,
    what: 'Tell the district what is and is not working in the common approach, with examples.',
    cadence: 'quarterly',
    evidence: 'Feedback summary discussed at the district check-in',
    models: [1, 4],
    source: EDNW,
  },
  {
    id: 'classroom-visits',
    ownerRoleId: ROLE.centralOffice,
    what: 'Visit classrooms with the principal to see how the common approach is going, and agree support where it is not.',
    cadence: 'monthly',
    evidence: 'Visit notes with the support agreed',
    models: [1],
    source: EDNW,
  },
  {
    id: 'school-goals',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Set school goals that serve the district priority, and choose the strategies to reach them.',
    cadence: 'annually',
    evidence: 'School improvement plan reviewed with the district',
    models: [2, 3],
    source: EDNW,
    dueDays: 45,
  },
  {
    id: 'k12-contribution',
    ownerRoleId: ROLE.principal,
    what: 'Show how the school’s work adds to a stronger K–12 experience for students.',
    cadence: 'annually',
    evidence: 'End-of-year presentation to the district leadership team',
    models: [2, 3],
    source: EDNW,
  },
  {
    id: 'planning-support',
    ownerRoleId: ROLE.centralOffice,
    what: 'Support school-level strategic planning and data use where decisions are delegated to schools.',
    cadence: 'quarterly',
    evidence: 'Planning sessions held with each school that asked',
    models: [2, 3],
    source: EDNW,
  },
  {
    id: 'connect-schools',
    ownerRoleId: ROLE.centralOffice,
    what: 'Bring together schools working on the same focus area so they can swap tools, protocols and practices.',
    cadence: 'semester',
    evidence: 'Sharing sessions held; tools posted where every school can find them',
    models: [2, 3],
    source: KGM,
  },
  {
    id: 'inquiry-cycles',
    ownerRoleId: ROLE.teacherTeams,
    what: 'Run an inquiry cycle on student work and feed what was learned to the school leadership team.',
    cadence: 'monthly',
    evidence: 'Cycle log reviewed by the school leadership team',
    models: [3],
    source: KGM,
  },
  {
    id: 'school-needs',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Name the school’s most pressing need, backed by data, so the district can plan its response.',
    cadence: 'annually',
    evidence: 'Needs statement with the data behind it',
    models: [4],
    source: EDNW,
    dueDays: 30,
  },
  {
    id: 'district-response',
    ownerRoleId: ROLE.centralOffice,
    what: 'Report back to schools on what the district will provide in response to their needs, and when.',
    cadence: 'semester',
    evidence: 'Written response to each school',
    models: [4],
    source: EDNW,
  },
];

/** The templates that suit a model (all of them when no model is given), model-specific ones first. */
export function templatesFor(model: ModelNumber | null): ExpectationTemplate[] {
  const fits = EXPECTATION_TEMPLATES.filter((t) => model === null || t.models.includes(model));
  return [...fits.filter((t) => t.models.length < 4), ...fits.filter((t) => t.models.length === 4)];
}

export function holdsInEveryModel(t: ExpectationTemplate): boolean {
  return t.models.length === 4;
}

function offset(iso: string, days: number): string {
  const d = parseDay(iso);
  return d ? isoDay(new Date(d.getTime() + days * 86_400_000)) : '';
}

/** The expectation a template gives, dated within the school year; an owner role the charter lacks is left empty. */
export function expectationFromTemplate(
  id: string,
  t: ExpectationTemplate,
  year: SchoolYear,
  roleIds: ReadonlySet<string>,
): Expectation {
  return {
    id,
    ownerRoleId: roleIds.has(t.ownerRoleId) ? t.ownerRoleId : null,
    withRoleIds: [],
    what: t.what,
    cadence: t.cadence,
    evidence: t.evidence,
    source: t.source,
    start: offset(year.start, t.startDays ?? 0),
    due: t.dueDays === undefined ? (parseDay(year.end) ? year.end : '') : offset(year.start, t.dueDays),
  };
}

/** Whether an expectation with this template's exact wording is already in the charter. */
export function isTemplateAdded(t: ExpectationTemplate, expectations: readonly Pick<Expectation, 'what'>[]): boolean {
  return expectations.some((e) => e.what.trim() === t.what);
}
