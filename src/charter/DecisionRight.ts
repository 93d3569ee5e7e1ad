/**
 * Decision rights: for each decision domain and each focus area, who sets the
 * priorities, who decides the actions, who must be consulted and who is kept
 * informed. They start from the focus area's agreed model (Education Northwest,
 * 2017) and can be changed; a change is marked `overridden` so that it survives
 * a later change of model, while rows nobody touched follow the model.
 */
import type { Charter, DecisionDomain, DecisionRight, FocusArea } from './Charter';
import { DOMAIN } from './DecisionDomain';
import { DECISION_MODELS, type ModelNumber } from './DecisionModel';
import { ROLE } from './Role';

/** The four things a role can hold in a domain. */
export type RightHolders = Pick<DecisionRight, 'setsPriorities' | 'decidesActions' | 'consulted' | 'informed'>;

export type RightPartKey = keyof RightHolders;

export interface RightPart {
  key: RightPartKey;
  /** One letter for the matrix; the legend spells it out. */
  letter: 'P' | 'D' | 'C' | 'I';
  label: string;
}

export const RIGHT_PARTS: readonly RightPart[] = [
  { key: 'setsPriorities', letter: 'P', label: 'Sets priorities' },
  { key: 'decidesActions', letter: 'D', label: 'Decides actions' },
  { key: 'consulted', letter: 'C', label: 'Consulted' },
  { key: 'informed', letter: 'I', label: 'Informed' },
];

export function emptyHolders(): RightHolders {
  return { setsPriorities: null, decidesActions: null, consulted: [], informed: [] };
}

/**
 * Who holds a domain's decisions under a model. The side that sets priorities
 * (central office, or the school leadership team) owns the "what"; the side that
 * controls actions (central office, or the principal) owns the "how"; the other
 * side is consulted, and the superintendent is kept informed. A few domains add
 * the people closest to them: teacher teams on curriculum and professional
 * development, the special-education lead on interventions.
 */
export function ownersForModel(model: ModelNumber, domainId?: string): RightHolders {
  const m = DECISION_MODELS[model];
  const setsPriorities = m.setsPriorities === 'district' ? ROLE.centralOffice : ROLE.schoolTeam;
  const decidesActions = m.controlsActions === 'district' ? ROLE.centralOffice : ROLE.principal;
  const consulted: string[] =
    m.setsPriorities === 'district' && m.controlsActions === 'district'
      ? [ROLE.principal]
      : m.setsPriorities === 'school' && m.controlsActions === 'school'
        ? [ROLE.centralOffice]
        : [m.controlsActions === 'school' ? ROLE.schoolTeam : ROLE.principal];
  if (domainId === DOMAIN.curriculum || domainId === DOMAIN.professionalDevelopment) consulted.push(ROLE.teacherTeams);
  if (domainId === DOMAIN.interventions) consulted.push(ROLE.specialEducation);
  return { setsPriorities, decidesActions, consulted, informed: [ROLE.superintendent] };
}

/** The model's holders for a domain, keeping only roles the charter still has; nothing when there is no model. */
export function defaultHolders(model: ModelNumber | null, domainId: string, roleIds: ReadonlySet<string>): RightHolders {
  if (!model) return emptyHolders();
  const o = ownersForModel(model, domainId);
  const keep = (id: string | null) => (id && roleIds.has(id) ? id : null);
  return {
    setsPriorities: keep(o.setsPriorities),
    decidesActions: keep(o.decidesActions),
    consulted: o.consulted.filter((id) => roleIds.has(id)),
    informed: o.informed.filter((id) => roleIds.has(id)),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x) => b.includes(x));

export function sameHolders(a: RightHolders, b: RightHolders): boolean {
  return (
    a.setsPriorities === b.setsPriorities &&
    a.decidesActions === b.decidesActions &&
    sameSet(a.consulted, b.consulted) &&
    sameSet(a.informed, b.informed)
  );
}

export function isEmptyRight(r: RightHolders): boolean {
  return !r.setsPriorities && !r.decidesActions && r.consulted.length === 0 && r.informed.length === 0;
}

/** No one sets its priorities, or no one decides its actions. */
export function isUnownedRight(r: RightHolders): boolean {
  return !r.setsPriorities || !r.decidesActions;
}

export function agreedModelFor(charter: Pick<Charter, 'decisions'>, focusAreaId: string): ModelNumber | null {
  return charter.decisions.find((d) => d.focusAreaId === focusAreaId)?.model ?? null;
}

/** Where each right sits in a rights list, by domain and focus area (rebuilt when the list changes shape). */
const rightIndexes = new WeakMap<readonly DecisionRight[], Map<string, number>>();
const rightKey = (domainId: string, focusAreaId: string) => `${domainId}\u0000${focusAreaId}`;

function indexRights(rights: readonly DecisionRight[]): Map<string, number> {
  const index = new Map<string, number>();
  rights.forEach((r, i) => {
    const key = rightKey(r.domainId, r.focusAreaId);
    if (!index.has(key)) index.set(key, i);
  });
  rightIndexes.set(rights, index);
  return index;
}

/**
 * The right for one domain and focus area. Looked up in an index kept per rights
 * list (not a search of the whole list), so a matrix of domains × focus areas
 * costs one lookup per cell. A hit is checked against the list itself and the
 * index rebuilt when the list has changed since.
 */
export function rightFor(charter: Pick<Charter, 'rights'>, domainId: string, focusAreaId: string): DecisionRight | undefined {
  const rights = charter.rights;
  const key = rightKey(domainId, focusAreaId);
  let index = rightIndexes.get(rights);
  let at = index?.get(key);
  let hit = at === undefined ? undefined : rights[at];
  const fresh = (r: DecisionRight | undefined) => r !== undefined && r.domainId === domainId && r.focusAreaId === focusAreaId;
  if (index && (at === undefined ? index.size === rights.length : fresh(hit))) return hit;
  index = indexRights(rights);
  at = index.get(key);
  hit = at === undefined ? undefined : rights[at];
  return fresh(hit) ? hit : undefined;
}

function roleIdsOf(charter: Pick<Charter, 'roles'>): Set<string> {
  return new Set(charter.roles.map((r) => r.id));
}

/**
 * The rights the charter should hold: one per domain and focus area, in domain
 * order; rows no one changed follow the focus area's agreed model, changed rows
 * are kept as they are. Pure: returns new objects.
 */
export function syncedRights(charter: Pick<Charter, 'domains' | 'focusAreas' | 'decisions' | 'roles' | 'rights'>): DecisionRight[] {
  const roleIds = roleIdsOf(charter);
  const out: DecisionRight[] = [];
  for (const d of charter.domains) {
    for (const f of charter.focusAreas) {
      const existing = rightFor(charter, d.id, f.id);
      if (existing?.overridden) {
        out.push({
          ...existing,
          consulted: [...existing.consulted],
          informed: [...existing.informed],
        });
      } else {
        out.push({ domainId: d.id, focusAreaId: f.id, ...defaultHolders(agreedModelFor(charter, f.id), d.id, roleIds), overridden: false });
      }
    }
  }
  return out;
}

/** Bring the stored rights in line with the domains, focus areas and agreed models. Returns true when anything changed. */
export function syncRights(charter: Charter): boolean {
  const next = syncedRights(charter);
  if (JSON.stringify(next) === JSON.stringify(charter.rights)) return false;
  charter.rights = next;
  return true;
}

/** Focus areas with an agreed model whose rights have not been filled from it (or lost a row). */
export function focusAreasOutOfDate(charter: Charter): Array<{ focusArea: FocusArea; model: ModelNumber }> {
  const roleIds = roleIdsOf(charter);
  const out: Array<{ focusArea: FocusArea; model: ModelNumber }> = [];
  for (const f of charter.focusAreas) {
    const model = agreedModelFor(charter, f.id);
    if (!model) continue;
    const stale = charter.domains.some((d) => {
      const r = rightFor(charter, d.id, f.id);
      return !r || (!r.overridden && !sameHolders(r, defaultHolders(model, d.id, roleIds)));
    });
    if (stale) out.push({ focusArea: f, model });
  }
  return out;
}

function recomputeOverride(charter: Charter, right: DecisionRight): void {
  const model = agreedModelFor(charter, right.focusAreaId);
  right.overridden = model
    ? !sameHolders(right, defaultHolders(model, right.domainId, roleIdsOf(charter)))
    : !isEmptyRight(right);
}

function ensureRight(charter: Charter, domainId: string, focusAreaId: string): DecisionRight {
  let r = rightFor(charter, domainId, focusAreaId);
  if (!r) {
    const model = agreedModelFor(charter, focusAreaId);
    charter.rights.push({ domainId, focusAreaId, ...defaultHolders(model, domainId, roleIdsOf(charter)), overridden: false });
    r = charter.rights[charter.rights.length - 1]!;
  }
  return r;
}

/**
 * Change who holds part of a decision. The row is marked as overridden when it
 * now differs from its model, and unmarked when the change brings it back.
 */
export function setHolders(charter: Charter, domainId: string, focusAreaId: string, patch: Partial<RightHolders>): void {
  const r = ensureRight(charter, domainId, focusAreaId);
  if (patch.setsPriorities !== undefined) r.setsPriorities = patch.setsPriorities;
  if (patch.decidesActions !== undefined) r.decidesActions = patch.decidesActions;
  if (patch.consulted !== undefined) r.consulted = [...patch.consulted];
  if (patch.informed !== undefined) r.informed = [...patch.informed];
  recomputeOverride(charter, r);
}

/** Add or remove a role from the consulted or informed list. */
export function toggleHolder(charter: Charter, domainId: string, focusAreaId: string, list: 'consulted' | 'informed', roleId: string): void {
  const r = ensureRight(charter, domainId, focusAreaId);
  const current = r[list];
  setHolders(charter, domainId, focusAreaId, {
    [list]: current.includes(roleId) ? current.filter((id) => id !== roleId) : [...current, roleId],
  });
}

/** Put a row back to what its focus area's model says. */
export function resetRight(charter: Charter, domainId: string, focusAreaId: string): void {
  const r = ensureRight(charter, domainId, focusAreaId);
  Object.assign(r, defaultHolders(agreedModelFor(charter, focusAreaId), domainId, roleIdsOf(charter)), { overridden: false });
}

/** Put every row of a focus area back to its model. */
export function resetFocusArea(charter: Charter, focusAreaId: string): void {
  for (const d of charter.domains) resetRight(charter, d.id, focusAreaId);
}

/** Add a domain; its rights start from each focus area's model. */
export function addDomain(charter: Charter, domain: DecisionDomain): void {
  charter.domains.push(domain);
  syncRights(charter);
}

export function removeDomain(charter: Charter, domainId: string): void {
  charter.domains = charter.domains.filter((d) => d.id !== domainId);
  charter.rights = charter.rights.filter((r) => r.domainId !== domainId);
}

/** The parts a role holds in one row, in P, D, C, I order. */
export function partsOf(right: RightHolders | undefined, roleId: string): RightPart[] {
  if (!right) return [];
  return RIGHT_PARTS.filter((p) => {
    const v = right[p.key];
    return Array.isArray(v) ? v.includes(roleId) : v === roleId;
  });
}

export interface OwnershipGap {
  domain: DecisionDomain;
  focusArea: FocusArea;
  missing: Array<'setsPriorities' | 'decidesActions'>;
}

/**
 * Every domain and focus area where no one sets priorities or no one decides
 * actions. Rows of a focus area with no agreed model are left out unless the
 * team set them by hand: agreeing the model comes first, and fills them.
 */
export function ownershipGaps(charter: Charter): OwnershipGap[] {
  const gaps: OwnershipGap[] = [];
  for (const domain of charter.domains) {
    for (const focusArea of charter.focusAreas) {
      const r = rightFor(charter, domain.id, focusArea.id);
      if (!r) continue; // reported as "not filled from its model yet"
      if (!r.overridden && !agreedModelFor(charter, focusArea.id)) continue;
      const missing: OwnershipGap['missing'] = [];
      if (!r.setsPriorities) missing.push('setsPriorities');
      if (!r.decidesActions) missing.push('decidesActions');
      if (missing.length) gaps.push({ domain, focusArea, missing });
    }
  }
  return gaps;
}

export interface RightsGroup {
  /** Focus areas whose decision rights are the same, row for row. */
  focusAreas: FocusArea[];
  model: ModelNumber | null;
  rows: Array<{ domain: DecisionDomain; right: DecisionRight | undefined }>;
}

/**
 * The rights tables to print: one per focus area, with focus areas that share
 * the same model and the same rights merged into one table.
 */
export function rightsGroups(charter: Charter): RightsGroup[] {
  const groups: Array<RightsGroup & { key: string }> = [];
  for (const f of charter.focusAreas) {
    const model = agreedModelFor(charter, f.id);
    const rows = charter.domains.map((domain) => ({ domain, right: rightFor(charter, domain.id, f.id) }));
    const key = JSON.stringify([
      model,
      rows.map(({ right: r }) =>
        r ? [r.setsPriorities, r.decidesActions, [...r.consulted].sort(), [...r.informed].sort(), r.overridden] : null,
      ),
    ]);
    const same = groups.find((g) => g.key === key);
    if (same) same.focusAreas.push(f);
    else groups.push({ key, focusAreas: [f], model, rows });
  }
  return groups.map(({ focusAreas, model, rows }) => ({ focusAreas, model, rows }));
}

export interface RoleHoldings {
  /** How many rows (domain × focus area) the role holds each part in. */
  counts: Record<RightPartKey, number>;
  total: number;
}

/** What a role holds across every domain and focus area. */
export function holdingsOf(charter: Pick<Charter, 'rights'>, roleId: string): RoleHoldings {
  const counts: Record<RightPartKey, number> = { setsPriorities: 0, decidesActions: 0, consulted: 0, informed: 0 };
  for (const r of charter.rights) for (const p of partsOf(r, roleId)) counts[p.key]++;
  return { counts, total: counts.setsPriorities + counts.decidesActions + counts.consulted + counts.informed };
}
