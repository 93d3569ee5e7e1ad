import type { DecisionDomain } from './Charter';
import { DECISION_MODELS, type ModelNumber } from './DecisionModel';
import { ROLE } from './Role';

export const DEFAULT_DOMAIN_NAMES: readonly string[] = [
  'Curriculum and materials',
  'Assessment and data',
  'Professional development',
  'Staffing and hiring',
  'Budget and resources',
  'Schedule and time',
  'Interventions and special education',
  'Improvement goals and plans',
  'Family and community engagement',
];

function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function defaultDomains(): DecisionDomain[] {
  return DEFAULT_DOMAIN_NAMES.map((name) => ({
    id: slug(name),
    name,
    setsPriorities: null,
    decidesActions: null,
    consulted: [],
    informed: [],
  }));
}

/** Who owns a domain's priorities and actions under a given model. */
export function ownersForModel(model: ModelNumber): Pick<DecisionDomain, 'setsPriorities' | 'decidesActions' | 'consulted' | 'informed'> {
  const m = DECISION_MODELS[model];
  const setsPriorities = m.setsPriorities === 'district' ? ROLE.centralOffice : ROLE.schoolTeam;
  const decidesActions = m.controlsActions === 'district' ? ROLE.centralOffice : ROLE.principal;
  const consulted =
    m.setsPriorities === 'district' && m.controlsActions === 'district'
      ? [ROLE.principal]
      : m.setsPriorities === 'school' && m.controlsActions === 'school'
        ? [ROLE.centralOffice]
        : [m.controlsActions === 'school' ? ROLE.schoolTeam : ROLE.principal];
  return { setsPriorities, decidesActions, consulted, informed: [ROLE.superintendent] };
}

/** Fill every domain's owners from a model (used by "fill from the agreed model"). */
export function applyModelToDomains(
  domains: DecisionDomain[],
  model: ModelNumber,
  existingRoleIds: ReadonlySet<string>,
): DecisionDomain[] {
  const o = ownersForModel(model);
  const keep = (id: string | null) => (id && existingRoleIds.has(id) ? id : null);
  return domains.map((d) => ({
    ...d,
    setsPriorities: keep(o.setsPriorities),
    decidesActions: keep(o.decidesActions),
    consulted: o.consulted.filter((id) => existingRoleIds.has(id)),
    informed: o.informed.filter((id) => existingRoleIds.has(id)),
  }));
}

export function isUnowned(domain: DecisionDomain): boolean {
  return !domain.setsPriorities || !domain.decidesActions;
}
