/**
 * Starting points for expectations, per decision model, written in our own
 * words. Each names where its idea comes from (src/charter/sources.ts), or is
 * marked as our own suggestion. Adding one is a single action; the team then
 * edits it, and the expectation keeps the template's citation.
 */
import type { Cadence } from '../charter/Cadence';
import type { Expectation, SchoolYear } from '../charter/Charter';
import type { ModelNumber } from '../charter/DecisionModel';
import { ROLE } from '../charter/Role';
import { isoDay, parseDay } from '../charter/supports';
import { OWN_SUGGESTION, cite } from '../charter/sources';

export interface ExpectationTemplate {
  id: string;
  ownerRoleId: string;
  what: string;
  cadence: Cadence;
  evidence: string;
  /** Models the template suits; all four when it holds in every model. */
  models: readonly ModelNumber[];
  /** Where the idea comes from, cited on screen; OWN_SUGGESTION when the idea is ours. */
  source: string;
  /** Days from the start of the school year to the due date; the year's last day when absent. */
  dueDays?: number;
  /** Days from the start of the school year to the start date; the first day when absent. */
  startDays?: number;
}

const ALL: readonly ModelNumber[] = [1, 2, 3, 4];
const EDNW = cite('ednw-2017');
const KGM = cite('csi-2012');
const EDWEEK = cite('edweek-2012');
const MSU = cite('msu');
const OWN = OWN_SUGGESTION;

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
    id: 'scale-up',
    ownerRoleId: ROLE.centralOffice,
    what: 'Find a practice that is working in one school and have the staff who built it show other schools their tools and answer their questions.',
    cadence: 'semester',
    evidence: 'Sharing session held; the tools posted where every school can find them',
    models: ALL,
    source: EDWEEK,
  },
  {
    id: 'inclusion-review',
    ownerRoleId: ROLE.specialEducation,
    what: 'Plan with general educators in each school leadership team, using intervention and IEP progress data, so students with disabilities are part of every plan.',
    cadence: 'quarterly',
    evidence: 'Planning notes with the actions agreed for each school',
    models: ALL,
    source: MSU,
  },
  {
    id: 'partner-handover',
    ownerRoleId: ROLE.externalPartner,
    what: 'Agree with district and school staff how the partner’s expertise passes to them, and hand over one piece of the work each term.',
    cadence: 'semester',
    evidence: 'Handover plan, with what staff now lead without the partner',
    models: ALL,
    source: KGM,
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
    models: [1],
    source: OWN,
  },
  {
    id: 'response-training',
    ownerRoleId: ROLE.centralOffice,
    what: 'Train and coach staff in the schools that asked, on the response the district designed for the need they named.',
    cadence: 'monthly',
    evidence: 'Training calendar and attendance, school by school; coaching logs',
    models: [4],
    source: OWN,
  },
  {
    id: 'implementation-feedback',
    ownerRoleId: ROLE.principal,
    what: 'Tell the district what is and is not working in the actions it leads, with examples from the school.',
    cadence: 'quarterly',
    evidence: 'Feedback summary discussed at the district check-in',
    models: [1, 4],
    source: OWN,
  },
  {
    id: 'classroom-visits',
    ownerRoleId: ROLE.centralOffice,
    what: 'Visit classrooms with the principal to see how the common approach is going, and agree support where it is not.',
    cadence: 'monthly',
    evidence: 'Visit notes with the support agreed',
    models: [1],
    source: OWN,
  },
  {
    id: 'school-goals',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Set the school’s own goals for the district’s priority, and choose the strategies to reach them.',
    cadence: 'annually',
    evidence: 'School improvement plan reviewed with the district',
    models: [2],
    source: EDNW,
    dueDays: 45,
  },
  {
    id: 'school-priorities',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Choose the school’s priorities from its own data, set goals for them and choose the strategies to reach them.',
    cadence: 'annually',
    evidence: 'School improvement plan shared with the district',
    models: [3],
    source: EDNW,
    dueDays: 45,
  },
  {
    id: 'consult-schools',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Consult another school working on the same priority during the year, and bring back one practice to try.',
    cadence: 'semester',
    evidence: 'Short note on what was learned and tried',
    models: [2],
    source: EDNW,
  },
  {
    id: 'k12-contribution',
    ownerRoleId: ROLE.principal,
    what: 'Show how the school’s work strengthens the K–12 experience of its students as a whole.',
    cadence: 'annually',
    evidence: 'End-of-year presentation to the district leadership team',
    models: [2],
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
    source: OWN,
    dueDays: 30,
  },
  {
    id: 'district-response',
    ownerRoleId: ROLE.centralOffice,
    what: 'Report back to schools on what the district will provide in response to their needs, and when.',
    cadence: 'semester',
    evidence: 'Written response to each school',
    models: [4],
    source: OWN,
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
    what: t.what,
    cadence: t.cadence,
    evidence: t.evidence,
    source: t.source === OWN_SUGGESTION ? '' : t.source,
    start: offset(year.start, t.startDays ?? 0),
    due: t.dueDays === undefined ? (parseDay(year.end) ? year.end : '') : offset(year.start, t.dueDays),
  };
}

/** Whether an expectation with this template's exact wording is already in the charter. */
export function isTemplateAdded(t: ExpectationTemplate, expectations: readonly Pick<Expectation, 'what'>[]): boolean {
  return expectations.some((e) => e.what.trim() === t.what);
}
