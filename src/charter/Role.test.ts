import { describe, expect, it } from 'vitest';
import { newCharter, newTeamMember, removeTeamMember } from './Charter';
import { ROLE, defaultRoles, guessRoleId, newRole, roleHolders, setHolder } from './Role';

describe('default roles', () => {
  it('cover the superintendent, central office, principal, school leadership team, teacher teams and special-education lead', () => {
    const roles = defaultRoles();
    expect(roles.map((r) => r.name)).toEqual([
      'Superintendent',
      'Central office',
      'Principal',
      'School leadership team',
      'Teacher teams',
      'Special-education lead',
    ]);
    expect(roles.every((r) => r.purpose && r.responsibilities && r.memberIds.length === 0)).toBe(true);
    expect(new Set(roles.map((r) => r.id)).size).toBe(roles.length);
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
