/**
 * Decision domains: the areas of decisions a district leader recognises
 * (curriculum, assessment, staffing, budget…). Who holds each decision, per
 * focus area, lives in DecisionRight.ts.
 */
import type { DecisionDomain } from './Charter';

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

/** Ids of the default domains (stable, readable, used by the model defaults). */
export const DOMAIN = {
  curriculum: 'curriculum-and-materials',
  assessment: 'assessment-and-data',
  professionalDevelopment: 'professional-development',
  staffing: 'staffing-and-hiring',
  budget: 'budget-and-resources',
  schedule: 'schedule-and-time',
  interventions: 'interventions-and-special-education',
  goals: 'improvement-goals-and-plans',
  family: 'family-and-community-engagement',
} as const;

export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function defaultDomains(): DecisionDomain[] {
  return DEFAULT_DOMAIN_NAMES.map((name) => ({ id: slug(name), name }));
}

export function domainName(domain: Pick<DecisionDomain, 'name'> | undefined, index?: number): string {
  const name = domain?.name.trim() ?? '';
  if (name) return name;
  return index === undefined ? 'Unnamed area' : `Area ${index + 1} (no name yet)`;
}
