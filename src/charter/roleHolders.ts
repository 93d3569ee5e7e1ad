/**
 * People in roles: which team member holds which role. A member's title
 * suggests a role ("Principal, Eastgate Elementary" → Principal; "Assistant
 * superintendent" → Central office); the team confirms the suggestions in one
 * click, and can change any link by hand.
 */
import type { Charter, Role, TeamMember } from './Charter';
import { syncRights } from './DecisionRight';
import { ROLE } from './Role';

/** Title patterns, most specific first: the first that matches names the role. */
const TITLE_RULES: ReadonlyArray<{ pattern: RegExp; roleId: string }> = [
  { pattern: /special[\s-]*ed|\bsped\b|inclusion|exceptional|student services|disabilit/, roleId: ROLE.specialEducation },
  { pattern: /assistant|deputy|associate|director|chief|coordinator|officer|central office|curriculum|\bcao\b/, roleId: ROLE.centralOffice },
  { pattern: /superintendent/, roleId: ROLE.superintendent },
  { pattern: /principal|head ?teacher|head of school/, roleId: ROLE.principal },
  { pattern: /leadership team|\bslt\b|school team/, roleId: ROLE.schoolTeam },
  { pattern: /teacher|coach|instructional|department head|grade[- ]level lead/, roleId: ROLE.teacherTeams },
];

/** The default role a title suggests, or null when it suggests none. */
export function roleIdForTitle(title: string): string | null {
  const t = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (!t.trim()) return null;
  return TITLE_RULES.find((r) => r.pattern.test(t))?.roleId ?? null;
}

export interface HolderSuggestion {
  member: TeamMember;
  role: Role;
}

/**
 * Links the titles suggest and the charter does not have yet: one per team
 * member who holds no role at all, to a role the charter has.
 */
export function holderSuggestions(charter: Pick<Charter, 'team' | 'roles'>): HolderSuggestion[] {
  const out: HolderSuggestion[] = [];
  for (const member of charter.team) {
    if (charter.roles.some((r) => r.memberIds.includes(member.id))) continue;
    const id = roleIdForTitle(member.title);
    const role = id ? charter.roles.find((r) => r.id === id) : undefined;
    if (role) out.push({ member, role });
  }
  return out;
}

/**
 * Make the suggested links. Returns what was linked. The decision rights that
 * follow their model follow too: a decision goes to a role someone holds.
 */
export function applyHolderSuggestions(charter: Charter): HolderSuggestion[] {
  const done = holderSuggestions(charter);
  for (const { member, role } of done) {
    const target = charter.roles.find((r) => r.id === role.id);
    if (target && !target.memberIds.includes(member.id)) target.memberIds.push(member.id);
  }
  if (done.length) syncRights(charter);
  return done;
}

/** Link or unlink a team member and a role; the rights that follow their model follow too. */
export function linkHolder(charter: Charter, roleId: string, memberId: string, holds: boolean): void {
  const role = charter.roles.find((r) => r.id === roleId);
  if (!role) return;
  const has = role.memberIds.includes(memberId);
  if (holds && !has) role.memberIds.push(memberId);
  if (!holds && has) role.memberIds = role.memberIds.filter((id) => id !== memberId);
  syncRights(charter);
}

/** The team members who hold a role, in team order. */
export function holdersOf(charter: Pick<Charter, 'team'>, role: Pick<Role, 'memberIds'>): TeamMember[] {
  const ids = new Set(role.memberIds);
  return charter.team.filter((m) => ids.has(m.id));
}

/** Ids of the roles someone on the team holds. */
export function heldRoleIds(charter: Pick<Charter, 'team' | 'roles'>): Set<string> {
  const team = new Set(charter.team.map((m) => m.id));
  return new Set(charter.roles.filter((r) => r.memberIds.some((id) => team.has(id))).map((r) => r.id));
}

/** "José Ñúñez", "José Ñúñez and Zoë Ł.", "José Ñúñez, Zoë Ł. and 2 more" — for role cards and matrix headers. */
export function holderNames(charter: Pick<Charter, 'team'>, role: Pick<Role, 'memberIds'>, max = 3): string {
  const names = holdersOf(charter, role).map((m) => m.name.trim() || 'Unnamed');
  if (names.length === 0) return '';
  if (names.length <= max) return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}
