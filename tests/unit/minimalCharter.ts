/** Test charters for the PDF: the smallest charter that can be signed. */
import { newCharter, newFocusArea, newTeamMember, newExpectation, type Charter } from '../../src/charter/Charter';
import { syncRights } from '../../src/charter/DecisionRight';
import { sign } from '../../src/charter/signing';

/** The smallest charter that can be signed: names, one focus area with a model, one expectation, two signatories. */
export async function minimalSignedCharter(names = ['Ana Ruiz', 'Ben Cole']): Promise<Charter> {
  let c = newCharter(new Date('2026-09-01T09:00:00Z'));
  c.district = 'Lakeside District';
  c.title = 'Reading charter';
  const f = newFocusArea('Reading');
  c.focusAreas.push(f);
  const a = newTeamMember({ name: names[0], side: 'district' });
  const b = newTeamMember({ name: names[1], side: 'school' });
  c.team.push(a, b);
  c.decisions.push({ focusAreaId: f.id, model: 1, operatesNow: null, rationale: '', evidence: '', parked: false, parkedNote: '', needsFromSchools: '', needsFromDistrict: '' });
  syncRights(c);
  c.expectations.push(newExpectation({ ownerRoleId: c.roles[0]!.id, what: 'Share reading data each month.', cadence: 'monthly' }));
  c.supports.resources = [];
  for (const [m, at] of [
    [a, '2026-09-14T02:00:00.000Z'],
    [b, '2026-09-14T03:00:00.000Z'],
  ] as const) {
    const r = await sign(c, m.id, m.name, new Date(at));
    if (!r.ok) throw new Error(r.error);
    c = r.charter;
  }
  return c;
}

