import type { Charter, Role } from './Charter';
import type { Side } from './DecisionModel';

/** Role ids used by the defaults; custom roles get generated ids. */
export const ROLE = {
  superintendent: 'superintendent',
  principalSupervisor: 'principal-supervisor',
  centralOffice: 'central-office',
  principal: 'principal',
  schoolTeam: 'school-leadership-team',
  teacherTeams: 'teacher-teams',
  specialEducation: 'special-education-lead',
  externalPartner: 'external-partner',
  boardLiaison: 'board-liaison',
} as const;

/**
 * The default role cards: what each role is for and what it undertakes, written
 * to be signed. Teams edit them to fit. The external partner's purpose follows
 * the idea of bringing in outside expertise to build the district's own capacity
 * (Kaufman, Grimm & Miller, 2012); the special-education lead's, the call for
 * general and special educators to work as one (MSU K-12 Outreach, n.d.).
 */
export function defaultRoles(): Role[] {
  return [
    {
      id: ROLE.superintendent,
      name: 'Superintendent',
      side: 'district',
      purpose: 'Sets the district’s direction for improvement and answers to the board for the results.',
      responsibilities:
        'Makes sure everyone knows which decision model applies to each focus area; where the model gives the priority to the district, names it and shares the data behind it; protects the time and money the charter commits; chairs the annual reflect-and-refine review and signs each revision.',
      memberIds: [],
    },
    {
      id: ROLE.principalSupervisor,
      name: 'Principal supervisor',
      side: 'district',
      purpose: 'Supports the principals in their group and holds them to the charter, as the main link between the district office and each school.',
      responsibilities:
        'Meets each principal on the agreed cadence to review progress on every focus area; visits schools and classrooms with the principal; brings back to the district what schools need and where district systems get in the way; puts principals working on the same problem in touch.',
      memberIds: [],
    },
    {
      id: ROLE.centralOffice,
      name: 'Central office',
      side: 'district',
      purpose: 'Turns the charter’s commitments into support schools can use: data, training, coaching, materials and money.',
      responsibilities:
        'Provides the agreed data and help in reading it; delivers the professional development and materials in the resource agreements on time; where the district controls actions, designs and leads them; where schools control actions, supports their planning instead of prescribing it; brings schools doing similar work together.',
      memberIds: [],
    },
    {
      id: ROLE.principal,
      name: 'Principal',
      side: 'school',
      purpose: 'Leads improvement in the school and answers to the district for it.',
      responsibilities:
        'Leads the school’s part of the charter within the agreed model; collects the agreed data and reports progress on the agreed cadence; tells the district early what is and is not working; protects time for the school leadership team and teacher teams to meet; takes part in staffing decisions as the decision rights set out.',
      memberIds: [],
    },
    {
      id: ROLE.schoolTeam,
      name: 'School leadership team',
      side: 'school',
      purpose: 'Shares the leadership of the school’s improvement work with the principal.',
      responsibilities:
        'Reviews the school’s data each term; where the school sets priorities, proposes them with the evidence behind them; plans and monitors the school’s actions within the agreed model; leads professional learning for teacher teams; shares what works with other schools.',
      memberIds: [],
    },
    {
      id: ROLE.teacherTeams,
      name: 'Teacher teams',
      side: 'school',
      purpose: 'Carry the agreed work into classrooms and learn from it together.',
      responsibilities:
        'Meet on a set schedule to run inquiry cycles on student work; try the agreed practices and bring evidence of their effect; tell the school leadership team what gets in the way in teaching; show colleagues in other schools a practice that works when asked.',
      memberIds: [],
    },
    {
      id: ROLE.specialEducation,
      name: 'Special-education lead',
      side: 'district',
      purpose: 'Makes sure students with disabilities are part of every improvement plan from the start, not an afterthought.',
      responsibilities:
        'Brings intervention and IEP progress data to planning; helps general and special educators plan and teach together; advises on staffing and support for inclusion; checks that the actions for each focus area reach students with IEPs.',
      memberIds: [],
    },
    {
      id: ROLE.externalPartner,
      name: 'External partner',
      side: 'district',
      purpose: 'Brings expertise the district does not yet have, so that district and school staff can carry the work on without the partner.',
      responsibilities:
        'Works to a written scope agreed with the district and the schools it serves; follows the decision model agreed for each focus area instead of setting its own direction; coaches named staff alongside the work, with a plan for handing each piece over; reports what was done and what staff now lead themselves.',
      memberIds: [],
    },
    {
      id: ROLE.boardLiaison,
      name: 'Board liaison',
      side: 'district',
      purpose: 'Keeps the school board informed about the charter and the progress made under it.',
      responsibilities:
        'Shares the signed charter and each revision with the board; reports progress to the board at the agreed points in the year; brings the board’s questions back to the leadership team; flags board decisions on budget or policy that touch the charter’s commitments.',
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
