import type { Charter, Role } from './Charter';
import type { Side } from './DecisionModel';

/** Role ids used by the defaults; custom roles get generated ids. */
export const ROLE = {
  superintendent: 'superintendent',
  centralOffice: 'central-office',
  principal: 'principal',
  schoolTeam: 'school-leadership-team',
  teacherTeams: 'teacher-teams',
  specialEducation: 'special-education-lead',
} as const;

export function defaultRoles(): Role[] {
  return [
    {
      id: ROLE.superintendent,
      name: 'Superintendent',
      side: 'district',
      purpose: 'Holds the district’s direction and answers for results to the board.',
      responsibilities: 'Explains the priorities and the data behind them; protects time and money for the agreed work.',
      memberIds: [],
    },
    {
      id: ROLE.centralOffice,
      name: 'Central office',
      side: 'district',
      purpose: 'Turns district priorities into support schools can use.',
      responsibilities: 'Provides data, training and coaching; connects schools working on the same problem.',
      memberIds: [],
    },
    {
      id: ROLE.principal,
      name: 'Principal',
      side: 'school',
      purpose: 'Leads improvement in the building.',
      responsibilities: 'Sets the school’s plan within the agreed model; reports progress on the agreed cadence.',
      memberIds: [],
    },
    {
      id: ROLE.schoolTeam,
      name: 'School leadership team',
      side: 'school',
      purpose: 'Shares the leadership of the school’s improvement work.',
      responsibilities: 'Reviews school data, chooses and monitors actions, and shares practice with other schools.',
      memberIds: [],
    },
    {
      id: ROLE.teacherTeams,
      name: 'Teacher teams',
      side: 'school',
      purpose: 'Carry the work into classrooms.',
      responsibilities: 'Run inquiry cycles on student work and feed what they learn to the school leadership team.',
      memberIds: [],
    },
    {
      id: ROLE.specialEducation,
      name: 'Special-education lead',
      side: 'district',
      purpose: 'Makes sure students with disabilities are part of every improvement plan, not an afterthought.',
      responsibilities:
        'Brings intervention and IEP data to the table; helps general and special educators plan together; advises on staffing and support for inclusion.',
      memberIds: [],
    },
  ];
}

/** A blank custom role, on the side given. */
export function newRole(id: string, side: Side = 'school'): Role {
  return { id, name: '', side, purpose: '', responsibilities: '', memberIds: [] };
}

/** The team members who hold a role, in team order (ids that no longer exist are skipped). */
export function roleHolders(charter: Pick<Charter, 'team'>, role: Pick<Role, 'memberIds'>): Charter['team'] {
  const ids = new Set(role.memberIds);
  return charter.team.filter((m) => ids.has(m.id));
}

/** Link or unlink a team member and a role. */
export function setHolder(role: Role, memberId: string, holds: boolean): void {
  const has = role.memberIds.includes(memberId);
  if (holds && !has) role.memberIds.push(memberId);
  if (!holds && has) role.memberIds = role.memberIds.filter((id) => id !== memberId);
}

/**
 * A guess at which default role a team member holds, from their title
 * ("Principal, Eastgate Elementary" → principal). Used to pre-link people the
 * first time roles are shown; the user can change every link.
 */
export function guessRoleId(title: string): string | null {
  const t = title.toLowerCase();
  if (/special[\s-]*ed|\bsped\b|inclusion|exceptional/.test(t)) return ROLE.specialEducation;
  if (/assistant|deputy|associate|director|chief|coordinator|officer|central/.test(t)) return ROLE.centralOffice;
  if (/superintendent/.test(t)) return ROLE.superintendent;
  if (/principal|head ?teacher|head of school/.test(t)) return ROLE.principal;
  if (/teacher|coach|instructional/.test(t)) return ROLE.teacherTeams;
  return null;
}
