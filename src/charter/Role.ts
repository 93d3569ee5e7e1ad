import type { Role } from './Charter';

/** Role ids used by the defaults; custom roles get generated ids. */
export const ROLE = {
  superintendent: 'superintendent',
  centralOffice: 'central-office',
  principal: 'principal',
  schoolTeam: 'school-leadership-team',
  teacherTeams: 'teacher-teams',
} as const;

export function defaultRoles(): Role[] {
  return [
    {
      id: ROLE.superintendent,
      name: 'Superintendent',
      side: 'district',
      purpose: 'Holds the district’s direction and answers for results to the board.',
      responsibilities: 'Explains the priorities and the data behind them; protects time and money for the agreed work.',
    },
    {
      id: ROLE.centralOffice,
      name: 'Central office',
      side: 'district',
      purpose: 'Turns district priorities into support schools can use.',
      responsibilities: 'Provides data, training and coaching; connects schools working on the same problem.',
    },
    {
      id: ROLE.principal,
      name: 'Principal',
      side: 'school',
      purpose: 'Leads improvement in the building.',
      responsibilities: 'Sets the school’s plan within the agreed model; reports progress on the agreed cadence.',
    },
    {
      id: ROLE.schoolTeam,
      name: 'School leadership team',
      side: 'school',
      purpose: 'Shares the leadership of the school’s improvement work.',
      responsibilities: 'Reviews school data, chooses and monitors actions, and shares practice with other schools.',
    },
    {
      id: ROLE.teacherTeams,
      name: 'Teacher teams',
      side: 'school',
      purpose: 'Carry the work into classrooms.',
      responsibilities: 'Run inquiry cycles on student work and feed what they learn to the school leadership team.',
    },
  ];
}
