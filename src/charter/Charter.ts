import type { Cadence } from './Cadence';
import type { ModelNumber, Side } from './DecisionModel';
import { defaultDomains } from './DecisionDomain';
import { defaultRoles } from './Role';
import { defaultSupports } from './supports';

export const CHARTER_FORMAT = 'same-playbook/charter';
/** The charter file format's version; src/charter/upgrades.ts brings every earlier version up to it. */
export const CHARTER_VERSION = 4;

export type CharterStatus = 'draft' | 'signed';

export interface TeamMember {
  id: string;
  name: string;
  title: string;
  side: Side;
  signatory: boolean;
  /** The name as typed on a standard keyboard (e.g. "Ono Haruki" for "Ōno Haruki"); '' when not given. */
  keyboardName: string;
}

export interface FocusArea {
  id: string;
  name: string;
  /** Which schools or grade bands this focus area covers, e.g. "Elementary schools". */
  scope: string;
  /** Whether the room's views on it are shown yet (hidden until the facilitator reveals them). */
  revealed: boolean;
}

export interface Reflection {
  whyNow: string;
  dataReviewed: string;
  dataShows: string;
  rootCauses: string;
  earlierEfforts: string;
  doDifferently: string;
  /** Clarity of focus: what exactly is to improve, for whom, and how the team will know. */
  focus: string;
  /** The problems of practice behind the data, including what district staff run into when supporting principals. */
  problemsOfPractice: string;
  /** Where the district itself stands in the way (staffing decided centrally, unstable staffing, gaps it has not owned). */
  districtBarriers: string;
}

/** Where one team member places a focus area on the 2×2: today, and where it should be. */
export interface Position {
  focusAreaId: string;
  memberId: string;
  now: ModelNumber | null;
  shouldBe: ModelNumber | null;
}

/** A show of hands for a focus area: how many people chose each model (index 0 is model 1). */
export interface RoomTally {
  focusAreaId: string;
  now: [number, number, number, number];
  shouldBe: [number, number, number, number];
}

export interface Decision {
  focusAreaId: string;
  /** The agreed model; null while undecided or parked. */
  model: ModelNumber | null;
  /** The model the team agrees it works under today (the start of the shift). */
  operatesNow: ModelNumber | null;
  rationale: string;
  evidence: string;
  /** The team could not agree yet and parked the question (model is then null). */
  parked: boolean;
  /** What is parked: the disagreement, and when the team will come back to it. */
  parkedNote: string;
  /** What the district needs from schools for the agreed model to work. */
  needsFromSchools: string;
  /** What schools need from the district for the agreed model to work. */
  needsFromDistrict: string;
}

export interface Role {
  id: string;
  name: string;
  side: Side;
  purpose: string;
  responsibilities: string;
  /** The team members who hold this role. */
  memberIds: string[];
}

/** An area of decisions, e.g. "Budget and resources". Who holds it is in `rights`. */
export interface DecisionDomain {
  id: string;
  name: string;
}

/** Who holds one domain's decisions for one focus area (see DecisionRight.ts). */
export interface DecisionRight {
  domainId: string;
  focusAreaId: string;
  /** Role id, or null when no one owns it yet. */
  setsPriorities: string | null;
  decidesActions: string | null;
  consulted: string[];
  informed: string[];
  /** True when the team changed this row from what the focus area's agreed model gives. */
  overridden: boolean;
}

/** The school year the calendar of check-ins covers (YYYY-MM-DD, or empty). */
export interface SchoolYear {
  start: string;
  end: string;
}

/** What one side agrees to give the other, and by when. */
export interface ResourceAgreement {
  id: string;
  what: string;
  fromRoleId: string | null;
  toRoleId: string | null;
  byWhen: string;
}

export interface Supports {
  schoolYear: SchoolYear;
  /** Before agreeing resources: do current spending and staff line up with the focus? */
  resourceCheck: string;
  resources: ResourceAgreement[];
}

/**
 * A commitment: who does what, with whom, how often, and how everyone will
 * know it was done. With a repeating cadence it makes its own dates on the
 * year's calendar, starting from `start` (progress reports, check-ins, schools
 * meeting schools: since version 4 the communication plan is these too).
 */
export interface Expectation {
  id: string;
  ownerRoleId: string | null;
  /** Who the owner does it with or for; may include the owner's own role (principals meeting principals). */
  withRoleIds: string[];
  what: string;
  cadence: Cadence | null;
  evidence: string;
  start: string;
  due: string;
  /** Where the commitment came from: the citation of the template it was made from ('' when the team wrote it). */
  source: string;
}

/** How a signatory signed: by typing their name, or by drawing with a mouse, finger or pen (and typing their name). */
export type SignatureMethod = 'typed' | 'drawn';

/** A drawn signature is kept as a PNG data URL of at most this many characters (about 150 kB of image). */
export const MAX_SIGNATURE_IMAGE_CHARS = 200_000;
export const SIGNATURE_IMAGE_PREFIX = 'data:image/png;base64,';

export interface Signature {
  memberId: string;
  /** The name the signatory typed, exactly (required for both methods: no one signs on someone else's behalf). */
  typedName: string;
  method: SignatureMethod;
  /** The drawn ink as a PNG data URL; null for a typed signature. */
  image: string | null;
  signedAt: string;
  /** The signatory agreed to sign electronically before signing. */
  consent: boolean;
  /** The statement of intent shown to the signatory and agreed to ("I, …, agree to this charter, revision N"). */
  intent: string;
  /** The signer's time zone (IANA name, e.g. "America/Los_Angeles"); '' when not known. */
  timeZone: string;
  /** The browser and device the signature was made on; '' when not known. */
  device: string;
}

export interface Charter {
  format: typeof CHARTER_FORMAT;
  version: typeof CHARTER_VERSION;
  id: string;
  revision: number;
  previousRevisionId: string | null;
  status: CharterStatus;
  /** A worked example to learn from (not a real district's charter). */
  example: boolean;
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
  tallies: RoomTally[];
  decisions: Decision[];
  roles: Role[];
  domains: DecisionDomain[];
  rights: DecisionRight[];
  expectations: Expectation[];
  supports: Supports;
  signatures: Signature[];
  lockedAt: string | null;
  fingerprint: string | null;
  /**
   * For a charter signed by an earlier release: the exact canonical text its
   * fingerprint was computed from, before any upgrade (see upgrades.ts). Null for
   * charters signed by this release and for drafts.
   */
  signedContent: string | null;
  createdAt: string;
  updatedAt: string;
}

export function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function emptyReflection(): Reflection {
  return {
    whyNow: '',
    dataReviewed: '',
    dataShows: '',
    rootCauses: '',
    earlierEfforts: '',
    doDifferently: '',
    focus: '',
    problemsOfPractice: '',
    districtBarriers: '',
  };
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
    example: false,
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
    tallies: [],
    decisions: [],
    roles: defaultRoles(),
    domains: defaultDomains(),
    rights: [],
    expectations: [],
    supports: defaultSupports(now),
    signatures: [],
    lockedAt: null,
    fingerprint: null,
    signedContent: null,
    createdAt: iso,
    updatedAt: iso,
  };
}

export function newFocusArea(name = '', scope = ''): FocusArea {
  return { id: newId(), name, scope, revealed: false };
}

export function newTeamMember(partial: Partial<Omit<TeamMember, 'id'>> = {}): TeamMember {
  return { id: newId(), name: '', title: '', side: 'district', signatory: true, keyboardName: '', ...partial };
}

export function newExpectation(partial: Partial<Omit<Expectation, 'id'>> = {}): Expectation {
  return { id: newId(), ownerRoleId: null, withRoleIds: [], what: '', cadence: null, evidence: '', start: '', due: '', source: '', ...partial };
}

export function signatories(charter: Charter): TeamMember[] {
  return charter.team.filter((m) => m.signatory);
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
  charter.tallies = charter.tallies.filter((t) => t.focusAreaId !== focusAreaId);
  charter.decisions = charter.decisions.filter((d) => d.focusAreaId !== focusAreaId);
  charter.rights = charter.rights.filter((r) => r.focusAreaId !== focusAreaId);
}

/** Remove a team member, their positions and their signature. */
export function removeTeamMember(charter: Charter, memberId: string): void {
  charter.team = charter.team.filter((m) => m.id !== memberId);
  charter.positions = charter.positions.filter((p) => p.memberId !== memberId);
  charter.signatures = charter.signatures.filter((s) => s.memberId !== memberId);
  for (const r of charter.roles) r.memberIds = r.memberIds.filter((id) => id !== memberId);
}

/** Remove a role; decision rights, expectations and supports that pointed at it lose it (and are then flagged). */
export function removeRole(charter: Charter, roleId: string): void {
  charter.roles = charter.roles.filter((r) => r.id !== roleId);
  for (const r of charter.rights) {
    if (r.setsPriorities === roleId) r.setsPriorities = null;
    if (r.decidesActions === roleId) r.decidesActions = null;
    r.consulted = r.consulted.filter((id) => id !== roleId);
    r.informed = r.informed.filter((id) => id !== roleId);
  }
  for (const e of charter.expectations) {
    if (e.ownerRoleId === roleId) e.ownerRoleId = null;
    e.withRoleIds = e.withRoleIds.filter((id) => id !== roleId);
  }
  for (const a of charter.supports.resources) {
    if (a.fromRoleId === roleId) a.fromRoleId = null;
    if (a.toRoleId === roleId) a.toRoleId = null;
  }
}
