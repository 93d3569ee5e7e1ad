import { describe, expect, it } from 'vitest';
import { newCharter, newFocusArea, type Charter } from './Charter';
import { DOMAIN } from './DecisionDomain';
import { setHolders, syncRights } from './DecisionRight';
import type { ModelNumber } from './DecisionModel';
import { ROLE } from './Role';
import { STAFFING_FLAG_SOURCE, STAFFING_FLAG_WHY, centralStaffing } from './staffing';

function charterWith(...models: ModelNumber[]): Charter {
  const c = newCharter(new Date('2026-09-01T00:00:00Z'));
  c.focusAreas = models.map((_, i) => newFocusArea(`Focus ${i + 1}`));
  c.decisions = models.map((model, i) => ({ focusAreaId: c.focusAreas[i]!.id, model, rationale: '', evidence: '' })) as Charter['decisions'];
  syncRights(c);
  return c;
}

describe('the flag when staffing sits with the district', () => {
  it('is raised where a district-side role decides staffing: by default under models 1 and 4', () => {
    const c = charterWith(1, 2, 3, 4);
    expect(centralStaffing(c).map((f) => f.focusArea)).toEqual(['Focus 1', 'Focus 4']);
    expect(centralStaffing(c)[0]!.role).toBe('Central office');
  });

  it('follows the decision rights the team sets, and any district-side role', () => {
    const c = charterWith(2);
    setHolders(c, DOMAIN.staffing, c.focusAreas[0]!.id, { decidesActions: ROLE.superintendent });
    expect(centralStaffing(c)).toEqual([{ focusAreaId: c.focusAreas[0]!.id, focusArea: 'Focus 1', role: 'Superintendent' }]);
    setHolders(c, DOMAIN.staffing, c.focusAreas[0]!.id, { decidesActions: ROLE.principal });
    expect(centralStaffing(c)).toEqual([]);
  });

  it('finds a renamed or custom staffing area, and stays quiet when there is none', () => {
    const c = charterWith(1);
    c.domains = c.domains.filter((d) => d.id !== DOMAIN.staffing);
    expect(centralStaffing(c)).toEqual([]);
  });

  it('says why, citing the MSU source', () => {
    expect(STAFFING_FLAG_SOURCE).toBe('MSU K-12 Outreach, n.d.');
    expect(STAFFING_FLAG_WHY).toMatch(/turnaround/);
    expect(STAFFING_FLAG_WHY).toMatch(/how principals take part/);
  });
});
