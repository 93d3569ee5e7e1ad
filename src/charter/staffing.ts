/**
 * A flag for the Roles step: staffing decided at the district. The MSU K-12
 * Outreach source names this as a district barrier — a school's freedom to
 * choose its own staff shapes its culture, above all early in a turnaround — so
 * when a district-side role decides staffing, the team is asked to confirm it
 * and to say how principals take part.
 */
import type { Charter } from './Charter';
import { DOMAIN } from './DecisionDomain';
import { rightFor } from './DecisionRight';
import { cite } from './sources';

export interface StaffingFlag {
  focusAreaId: string;
  focusArea: string;
  /** The district-side role that decides staffing actions (or, failing that, sets its priorities). */
  role: string;
}

const isStaffing = (d: Charter['domains'][number]) => d.id === DOMAIN.staffing || /staff|hiring/i.test(d.name);

/** Each focus area where a district-side role decides staffing. */
export function centralStaffing(charter: Pick<Charter, 'domains' | 'focusAreas' | 'rights' | 'roles'>): StaffingFlag[] {
  const domain = charter.domains.find(isStaffing);
  if (!domain) return [];
  const districtRole = (id: string | null | undefined) => charter.roles.find((r) => r.id === id && r.side === 'district');
  return charter.focusAreas.flatMap((f, i) => {
    const right = rightFor(charter, domain.id, f.id);
    const role = districtRole(right?.decidesActions);
    return role ? [{ focusAreaId: f.id, focusArea: f.name.trim() || `Focus area ${i + 1}`, role: role.name.trim() || 'a district role' }] : [];
  });
}

export const STAFFING_FLAG_SOURCE = cite('msu');

/** Why the flag is raised, in one paragraph. */
export const STAFFING_FLAG_WHY =
  'Staffing decided at the district is one of the barriers the MSU K-12 Outreach source names: an outreach specialist counts a school’s freedom to choose its own staff as crucial to its culture, above all early in a turnaround. Unstable staffing, in schools or at the district, is another. If staffing stays with the district, write into the rights or the role cards how principals take part.';
