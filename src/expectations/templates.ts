/**
 * Starting points for expectations, per decision model. Ideas from the sources
 * (Education Northwest, 2017; Kaufman, Grimm & Miller, 2012), in our own words.
 */
import type { Cadence } from '../charter/Cadence';
import type { ModelNumber } from '../charter/DecisionModel';
import { ROLE } from '../charter/Role';

export interface ExpectationTemplate {
  id: string;
  ownerRoleId: string;
  what: string;
  cadence: Cadence;
  evidence: string;
  /** Models the template suits; all four when it holds in every model. */
  models: readonly ModelNumber[];
}

const ALL: readonly ModelNumber[] = [1, 2, 3, 4];

export const EXPECTATION_TEMPLATES: readonly ExpectationTemplate[] = [
  {
    id: 'agree-resources',
    ownerRoleId: ROLE.superintendent,
    what: 'Agree the resources the work needs, including professional development, before the school year starts.',
    cadence: 'annually',
    evidence: 'Resource agreement signed by the district and each principal',
    models: ALL,
  },
  {
    id: 'report-progress',
    ownerRoleId: ROLE.principal,
    what: 'Collect the agreed data and report progress on the focus area to the district.',
    cadence: 'monthly',
    evidence: 'Progress report on file with the district office',
    models: ALL,
  },
  {
    id: 'progress-checkin',
    ownerRoleId: ROLE.centralOffice,
    what: 'Hold a progress check-in with each school leadership team and agree next steps.',
    cadence: 'quarterly',
    evidence: 'Check-in notes shared with the school',
    models: ALL,
  },
  {
    id: 'cross-school',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Consult another school working on the same focus area and bring back one practice to try.',
    cadence: 'semester',
    evidence: 'Short note on what was learned and tried',
    models: ALL,
  },
  {
    id: 'share-data',
    ownerRoleId: ROLE.centralOffice,
    what: 'Share the data behind each district priority with principals and school teams, and answer their questions.',
    cadence: 'semester',
    evidence: 'Data briefing held; slides sent to every school in scope',
    models: [1, 2],
  },
  {
    id: 'common-approach-training',
    ownerRoleId: ROLE.centralOffice,
    what: 'Train and coach every school in scope on the common approach the district has chosen.',
    cadence: 'monthly',
    evidence: 'Training calendar and attendance; coaching logs',
    models: [1, 4],
  },
  {
    id: 'implementation-feedback',
    ownerRoleId: ROLE.principal,
    what: 'Tell the district what is and is not working in the common approach, with examples.',
    cadence: 'quarterly',
    evidence: 'Feedback summary discussed at the district check-in',
    models: [1, 4],
  },
  {
    id: 'school-goals',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Set school goals that serve the district priority, and choose the strategies to reach them.',
    cadence: 'annually',
    evidence: 'School improvement plan reviewed with the district',
    models: [2, 3],
  },
  {
    id: 'k12-contribution',
    ownerRoleId: ROLE.principal,
    what: 'Show how the school’s work adds to a stronger K–12 experience for students.',
    cadence: 'annually',
    evidence: 'End-of-year presentation to the district leadership team',
    models: [2, 3],
  },
  {
    id: 'planning-support',
    ownerRoleId: ROLE.centralOffice,
    what: 'Support school-level strategic planning and data use where decisions are delegated to schools.',
    cadence: 'quarterly',
    evidence: 'Planning sessions held with each school that asked',
    models: [2, 3],
  },
  {
    id: 'inquiry-cycles',
    ownerRoleId: ROLE.teacherTeams,
    what: 'Run an inquiry cycle on student work and feed what was learned to the school leadership team.',
    cadence: 'monthly',
    evidence: 'Cycle log reviewed by the school leadership team',
    models: [3],
  },
  {
    id: 'school-needs',
    ownerRoleId: ROLE.schoolTeam,
    what: 'Name the school’s most pressing need, backed by data, so the district can plan its response.',
    cadence: 'annually',
    evidence: 'Needs statement with the data behind it',
    models: [4],
  },
  {
    id: 'district-response',
    ownerRoleId: ROLE.centralOffice,
    what: 'Report back to schools on what the district will provide in response to their needs, and when.',
    cadence: 'semester',
    evidence: 'Written response to each school',
    models: [4],
  },
];

export function templatesFor(model: ModelNumber | null): ExpectationTemplate[] {
  return EXPECTATION_TEMPLATES.filter((t) => model === null || t.models.includes(model));
}
