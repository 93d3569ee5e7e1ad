import { describe, expect, it } from 'vitest';
import { newCharter, newTeamMember, removeTeamMember } from './Charter';
import { ROLE, defaultRoles, guessRoleId, newRole, roleHolders, setHolder } from './Role';

describe('default roles', () => {
  it('cover both sides, from the superintendent to teacher teams, with an external partner and a board liaison', () => {
    const roles = defaultRoles();
    expect(roles.map((r) => r.name)).toEqual([
      'Superintendent',
      'Principal supervisor',
      'Central office',
      'Principal',
      'School leadership team',
      'Teacher teams',
      'Special-education lead',
      'External partner',
      'Board liaison',
    ]);
    expect(roles.every((r) => r.purpose && r.responsibilities && r.memberIds.length === 0)).toBe(true);
    expect(new Set(roles.map((r) => r.id)).size).toBe(roles.length);
    expect(new Set(roles.map((r) => r.id))).toEqual(new Set(Object.values(ROLE)));
  });

  it('give each role a purpose and at least four responsibilities specific enough to sign', () => {
    for (const r of defaultRoles()) {
      expect(r.purpose, r.name).toMatch(/^[A-Z].{40,}\.$/);
      const duties = r.responsibilities.split(';').map((d) => d.trim());
      expect(duties.length, r.name).toBeGreaterThanOrEqual(4);
      for (const d of duties) expect(d.split(/\s+/).length, `${r.name}: ${d}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('keep the external partner building the district’s own capacity, inside the agreed model', () => {
    const partner = defaultRoles().find((r) => r.id === ROLE.externalPartner)!;
    expect(partner.purpose).toMatch(/without the partner/);
    expect(partner.responsibilities).toMatch(/decision model agreed/);
    expect(partner.responsibilities).toMatch(/handing each piece over/);
  });
});

describe('linking people to roles', () => {
  it('links and unlinks team members, in team order, and forgets removed members', () => {
    const c = newCharter();
    const a = newTeamMember({ name: 'A' });
    const b = newTeamMember({ name: 'B' });
    c.team = [a, b];
    const role = newRole('coaches');
    setHolder(role, b.id, true);
    setHolder(role, a.id, true);
    setHolder(role, a.id, true);
    expect(role.memberIds).toEqual([b.id, a.id]);
    expect(roleHolders(c, role).map((m) => m.name)).toEqual(['A', 'B']);
    setHolder(role, b.id, false);
    expect(roleHolders(c, role).map((m) => m.name)).toEqual(['A']);
    c.roles.push(role);
    removeTeamMember(c, a.id);
    expect(c.roles.find((r) => r.id === 'coaches')!.memberIds).toEqual([]);
  });

  it.each([
    ['Superintendent', ROLE.superintendent],
    ['Assistant Superintendent, Teaching and Learning', ROLE.centralOffice],
    ['Director of Special Education', ROLE.specialEducation],
    ['Principal, Eastgate Elementary', ROLE.principal],
    ['Teacher leader, grade 3', ROLE.teacherTeams],
    ['Instructional coach', ROLE.teacherTeams],
    ['Parent representative', null],
  ])('guesses “%s” → %s from the title', (title, role) => {
    expect(guessRoleId(title)).toBe(role);
  });
});
