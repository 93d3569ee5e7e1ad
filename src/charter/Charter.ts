import type { Cadence } from './Cadence';
import type { ModelNumber, Side } from './DecisionModel';
import { defaultDomains } from './DecisionDomain';
import { defaultRoles } from './Role';

export const CHARTER_FORMAT = 'same-playbook/charter';
export const CHARTER_VERSION = 1;

export type CharterStatus = 'draft' | 'signed';

export interface TeamMember {
  id: string;
  name: string;
  title: string;
  side: Side;
  signatory: boolean;
}

export interface FocusArea {
  id: string;
  name: string;
  /** Which schools or grade bands this focus area covers, e.g. "Elementary schools". */
  scope: string;
}

export interface Reflection {
  whyNow: string;
  dataReviewed: string;
  dataShows: string;
  rootCauses: string;
  earlierEfforts: string;
  doDifferently: string;
}

/** Where someone (or the whole room, when memberId is null) places a focus area on the 2×2. */
export interface Position {
  focusAreaId: string;
  memberId: string | null;
  now: ModelNumber | null;
  shouldBe: ModelNumber | null;
}

export interface Decision {
  focusAreaId: string;
  model: ModelNumber | null;
  rationale: string;
  evidence: string;
}

export interface Role {
  id: string;
  name: string;
  side: Side;
  purpose: string;
  responsibilities: string;
}

export interface DecisionDomain {
  id: string;
  name: string;
  /** Role id, or null when no one owns it yet. */
  setsPriorities: string | null;
  decidesActions: string | null;
  consulted: string[];
  informed: string[];
}

export interface Expectation {
  id: string;
  ownerRoleId: string | null;
  what: string;
  cadence: Cadence | null;
  evidence: string;
  start: string;
  due: string;
}

export interface Signature {
  memberId: string;
  /** The name the signatory typed, exactly. */
  typedName: string;
  signedAt: string;
}

export interface Charter {
  format: typeof CHARTER_FORMAT;
  version: typeof CHARTER_VERSION;
  id: string;
  revision: number;
  previousRevisionId: string | null;
  status: CharterStatus;
  district: string;
  title: string;
  inScope: string;
  outOfScope: string;
  facilitator: string;
  meetingDate: string;
  nextReviewDate: string;
  focusAreas: FocusArea[];
  team: TeamMember[];
  reflection: Reflection;
  positions: Position[];
  decisions: Decision[];
  roles: Role[];
  domains: DecisionDomain[];
  expectations: Expectation[];
  signatures: Signature[];
  lockedAt: string | null;
  fingerprint: string | null;
  createdAt: string;
  updatedAt: string;
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function emptyReflection(): Reflection {
  return { whyNow: '', dataReviewed: '', dataShows: '', rootCauses: '', earlierEfforts: '', doDifferently: '' };
}

export function newCharter(now: Date = new Date()): Charter {
  const iso = now.toISOString();
  return {
    format: CHARTER_FORMAT,
    version: CHARTER_VERSION,
    id: newId(),
    revision: 1,
    previousRevisionId: null,
    status: 'draft',
    district: '',
    title: '',
    inScope: '',
    outOfScope: '',
    facilitator: '',
    meetingDate: iso.slice(0, 10),
    nextReviewDate: '',
    focusAreas: [],
    team: [],
    reflection: emptyReflection(),
    positions: [],
    decisions: [],
    roles: defaultRoles(),
    domains: defaultDomains(),
    expectations: [],
    signatures: [],
    lockedAt: null,
    fingerprint: null,
    createdAt: iso,
    updatedAt: iso,
  };
}

export function newFocusArea(name = '', scope = ''): FocusArea {
  return { id: newId(), name, scope };
}

export function newTeamMember(partial: Partial<Omit<TeamMember, 'id'>> = {}): TeamMember {
  return { id: newId(), name: '', title: '', side: 'district', signatory: true, ...partial };
}

export function newExpectation(partial: Partial<Omit<Expectation, 'id'>> = {}): Expectation {
  return { id: newId(), ownerRoleId: null, what: '', cadence: null, evidence: '', start: '', due: '', ...partial };
}

export function isLocked(charter: Pick<Charter, 'status'>): boolean {
  return charter.status === 'signed';
}

export function signatories(charter: Charter): TeamMember[] {
  return charter.team.filter((m) => m.signatory);
}

/** The room-level position for a focus area (created on demand by the UI). */
export function roomPosition(charter: Charter, focusAreaId: string): Position | undefined {
  return charter.positions.find((p) => p.focusAreaId === focusAreaId && p.memberId === null);
}

export function decisionFor(charter: Charter, focusAreaId: string): Decision | undefined {
  return charter.decisions.find((d) => d.focusAreaId === focusAreaId);
}

export function roleName(charter: Charter, roleId: string | null | undefined): string {
  if (!roleId) return '';
  return charter.roles.find((r) => r.id === roleId)?.name ?? '';
}

/** Remove a focus area and everything that hangs off it. */
export function removeFocusArea(charter: Charter, focusAreaId: string): void {
  charter.focusAreas = charter.focusAreas.filter((f) => f.id !== focusAreaId);
  charter.positions = charter.positions.filter((p) => p.focusAreaId !== focusAreaId);
  charter.decisions = charter.decisions.filter((d) => d.focusAreaId !== focusAreaId);
}

/** Remove a team member, their positions and their signature. */
export function removeTeamMember(charter: Charter, memberId: string): void {
  charter.team = charter.team.filter((m) => m.id !== memberId);
  charter.positions = charter.positions.filter((p) => p.memberId !== memberId);
  charter.signatures = charter.signatures.filter((s) => s.memberId !== memberId);
}

/** Remove a role; domains and expectations that pointed at it lose their owner (and are then flagged). */
export function removeRole(charter: Charter, roleId: string): void {
  charter.roles = charter.roles.filter((r) => r.id !== roleId);
  for (const d of charter.domains) {
    if (d.setsPriorities === roleId) d.setsPriorities = null;
    if (d.decidesActions === roleId) d.decidesActions = null;
    d.consulted = d.consulted.filter((id) => id !== roleId);
    d.informed = d.informed.filter((id) => id !== roleId);
  }
  for (const e of charter.expectations) if (e.ownerRoleId === roleId) e.ownerRoleId = null;
}
