/**
 * The charter file: one JSON document per charter revision. This module is the
 * single source of truth for its shape — the published JSON Schema
 * (public/charter.schema.json) is generated from `CharterSchema`.
 */
import * as v from 'valibot';
import { CADENCES } from './Cadence';
import { CHARTER_FORMAT, CHARTER_VERSION, MAX_SIGNATURE_IMAGE_CHARS, type Charter } from './Charter';
import { upgradeCharter } from './upgrades';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const MAX_TEXT = 20_000;
const MAX_LINE = 500;

const Id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'is too long (over 100 characters)'));
const Line = v.pipe(v.string(), v.maxLength(MAX_LINE, `is too long (over ${MAX_LINE} characters)`));
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT, `is too long (over ${MAX_TEXT} characters)`));
const DATE_MESSAGE = 'must be a date written YYYY-MM-DD, or empty';
/** A day that exists on the calendar (no 2026-13-45, no 0000-00-00, no 30 February). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12 || d < 1) return false;
  const day = new Date(Date.UTC(2000, mo - 1, d));
  day.setUTCFullYear(y);
  return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
}
const DateOrEmpty = v.union(
  [
    v.literal(''),
    v.pipe(
      v.string(),
      v.regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE),
      v.check(isCalendarDate, 'is not a real calendar date'),
    ),
  ],
  DATE_MESSAGE,
);
const Timestamp = v.pipe(v.string(), v.isoTimestamp('must be a date and time (ISO 8601)'));
const Side = v.picklist(['district', 'school'], 'must be "district" or "school"');
const Model = v.nullable(v.picklist([1, 2, 3, 4], 'must be 1, 2, 3 or 4'));
/** A drawn signature: a PNG (its base64 starts with the PNG signature) as a data URL, size-limited. */
const SignatureImage = v.pipe(
  v.string(),
  v.maxLength(MAX_SIGNATURE_IMAGE_CHARS, `is too large (over ${MAX_SIGNATURE_IMAGE_CHARS} characters)`),
  v.regex(/^data:image\/png;base64,iVBORw0KGgo[A-Za-z0-9+/]*={0,2}$/, 'must be a PNG image written as a data URL'),
);
/** How many people in the room chose models 1, 2, 3 and 4. */
const Count = v.pipe(v.number(), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(10_000));
const Tally = v.strictTuple([Count, Count, Count, Count], 'must list four counts, for models 1 to 4');
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} entries`));

export const CharterSchema = v.strictObject({
  format: v.literal(CHARTER_FORMAT, `must be "${CHARTER_FORMAT}"`),
  version: v.literal(CHARTER_VERSION, `must be ${CHARTER_VERSION}`),
  id: Id,
  revision: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000)),
  previousRevisionId: v.nullable(Id),
  status: v.picklist(['draft', 'signed'], 'must be "draft" or "signed"'),
  example: v.boolean(),
  district: Line,
  title: Line,
  inScope: Text,
  outOfScope: Text,
  facilitator: Line,
  meetingDate: DateOrEmpty,
  nextReviewDate: DateOrEmpty,
  focusAreas: list(v.strictObject({ id: Id, name: Line, scope: Line, revealed: v.boolean() }), 200),
  team: list(
    v.strictObject({ id: Id, name: Line, title: Line, side: Side, signatory: v.boolean(), keyboardName: Line }),
    500,
  ),
  reflection: v.strictObject({
    whyNow: Text,
    dataReviewed: Text,
    dataShows: Text,
    rootCauses: Text,
    earlierEfforts: Text,
    doDifferently: Text,
    focus: Text,
    problemsOfPractice: Text,
    districtBarriers: Text,
  }),
  positions: list(
    v.strictObject({ focusAreaId: Id, memberId: Id, now: Model, shouldBe: Model }),
    50_000,
  ),
  tallies: list(v.strictObject({ focusAreaId: Id, now: Tally, shouldBe: Tally }), 200),
  decisions: list(
    v.strictObject({
      focusAreaId: Id,
      model: Model,
      operatesNow: Model,
      rationale: Text,
      evidence: Text,
      parked: v.boolean(),
      parkedNote: Text,
      needsFromSchools: Text,
      needsFromDistrict: Text,
    }),
    200,
  ),
  roles: list(
    v.strictObject({ id: Id, name: Line, side: Side, purpose: Text, responsibilities: Text, memberIds: list(Id, 500) }),
    100,
  ),
  domains: list(v.strictObject({ id: Id, name: Line }), 200),
  rights: list(
    v.strictObject({
      domainId: Id,
      focusAreaId: Id,
      setsPriorities: v.nullable(Id),
      decidesActions: v.nullable(Id),
      consulted: list(Id, 100),
      informed: list(Id, 100),
      overridden: v.boolean(),
    }),
    40_000,
  ),
  expectations: list(
    v.strictObject({
      id: Id,
      ownerRoleId: v.nullable(Id),
      withRoleIds: list(Id, 100),
      what: Text,
      cadence: v.nullable(v.picklist(CADENCES as [string, ...string[]], `must be one of ${CADENCES.join(', ')}, or null`)),
      evidence: Text,
      start: DateOrEmpty,
      due: DateOrEmpty,
      source: Line,
    }),
    2_000,
  ),
  supports: v.strictObject({
    schoolYear: v.strictObject({ start: DateOrEmpty, end: DateOrEmpty }),
    resourceCheck: Text,
    resources: list(
      v.strictObject({ id: Id, what: Text, fromRoleId: v.nullable(Id), toRoleId: v.nullable(Id), byWhen: DateOrEmpty }),
      500,
    ),
  }),
  signatures: list(
    v.strictObject({
      memberId: Id,
      typedName: Line,
      method: v.picklist(['typed', 'drawn'], 'must be "typed" or "drawn"'),
      image: v.nullable(SignatureImage),
      signedAt: Timestamp,
      consent: v.boolean(),
      intent: Text,
      timeZone: v.pipe(v.string(), v.maxLength(100, 'is too long (over 100 characters)')),
      device: Line,
    }),
    500,
  ),
  lockedAt: v.nullable(Timestamp),
  fingerprint: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal characters'))),
  signedContent: v.nullable(v.pipe(v.string(), v.maxLength(MAX_FILE_BYTES, 'is too long'))),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});

export type ParseResult = { ok: true; charter: Charter } | { ok: false; error: string };

function pathOf(issue: v.BaseIssue<unknown>): string {
  const parts = issue.path ?? [];
  let out = '';
  for (const p of parts) {
    const key = (p as { key?: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out || '(the file)';
}

function describe(issue: v.BaseIssue<unknown>): string {
  // An unknown key is reported by valibot as expecting "never"; a wrong-typed object is not.
  if (issue.type === 'strict_object' && issue.expected === 'never' && (issue.path?.length ?? 0) > 0) {
    return `${pathOf(issue)} is not a field of a charter file`;
  }
  if (issue.kind === 'schema' && issue.input === undefined) return `${pathOf(issue)} is missing`;
  if (!issue.message.startsWith('Invalid ')) return `${pathOf(issue)} ${issue.message}`;
  const detail = issue.message.replace(/^Invalid \w+: /, '');
  return `${pathOf(issue)} ${issue.kind === 'schema' ? 'has the wrong type' : 'is not valid'} (${detail})`;
}

/** Cross-references the schema cannot express: unique ids, and ids that point at real things. */
function integrityProblems(c: Charter): string[] {
  const problems: string[] = [];
  const unique = (what: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) problems.push(`${what} id "${id}" appears twice`);
      seen.add(id);
    }
    return seen;
  };
  const focus = unique('focusAreas', c.focusAreas.map((f) => f.id));
  const team = unique('team', c.team.map((m) => m.id));
  const roles = unique('roles', c.roles.map((r) => r.id));
  const domains = unique('domains', c.domains.map((d) => d.id));
  c.roles.forEach((r, i) => {
    for (const id of r.memberIds) if (!team.has(id)) problems.push(`roles[${i}].memberIds points at no team member ("${id}")`);
  });
  unique('rights (domain and focus area)', c.rights.map((r) => `${r.domainId} / ${r.focusAreaId}`));
  unique('expectations', c.expectations.map((e) => e.id));
  unique('decisions (focus area)', c.decisions.map((d) => d.focusAreaId));
  unique('signatures (member)', c.signatures.map((s) => s.memberId));
  c.positions.forEach((p, i) => {
    if (!focus.has(p.focusAreaId)) problems.push(`positions[${i}].focusAreaId points at no focus area`);
    if (p.memberId !== null && !team.has(p.memberId)) problems.push(`positions[${i}].memberId points at no team member`);
  });
  unique('positions (focus area and member)', c.positions.map((p) => `${p.focusAreaId} / ${p.memberId}`));
  unique('tallies (focus area)', c.tallies.map((t) => t.focusAreaId));
  c.tallies.forEach((t, i) => {
    if (!focus.has(t.focusAreaId)) problems.push(`tallies[${i}].focusAreaId points at no focus area`);
    else if (c.positions.some((p) => p.focusAreaId === t.focusAreaId)) {
      problems.push(`tallies[${i}]: a focus area has either a room tally or views person by person, not both`);
    }
  });
  c.decisions.forEach((d, i) => {
    if (!focus.has(d.focusAreaId)) problems.push(`decisions[${i}].focusAreaId points at no focus area`);
    if (d.parked && d.model !== null) problems.push(`decisions[${i}] is parked but also names model ${d.model}`);
  });
  c.rights.forEach((r, i) => {
    if (!domains.has(r.domainId)) problems.push(`rights[${i}].domainId points at no domain`);
    if (!focus.has(r.focusAreaId)) problems.push(`rights[${i}].focusAreaId points at no focus area`);
    for (const [field, ids] of [
      ['setsPriorities', r.setsPriorities ? [r.setsPriorities] : []],
      ['decidesActions', r.decidesActions ? [r.decidesActions] : []],
      ['consulted', r.consulted],
      ['informed', r.informed],
    ] as const) {
      for (const id of ids) if (!roles.has(id)) problems.push(`rights[${i}].${field} points at no role ("${id}")`);
    }
  });
  unique('supports.resources', c.supports.resources.map((a) => a.id));
  c.supports.resources.forEach((a, i) => {
    if (a.fromRoleId && !roles.has(a.fromRoleId)) problems.push(`supports.resources[${i}].fromRoleId points at no role`);
    if (a.toRoleId && !roles.has(a.toRoleId)) problems.push(`supports.resources[${i}].toRoleId points at no role`);
  });
  c.expectations.forEach((e, i) => {
    if (e.ownerRoleId && !roles.has(e.ownerRoleId)) problems.push(`expectations[${i}].ownerRoleId points at no role`);
    for (const id of e.withRoleIds) if (!roles.has(id)) problems.push(`expectations[${i}].withRoleIds points at no role ("${id}")`);
  });
  c.signatures.forEach((s, i) => {
    if (!team.has(s.memberId)) problems.push(`signatures[${i}].memberId points at no team member`);
    if (s.method === 'drawn' && s.image === null) problems.push(`signatures[${i}] is drawn but has no image`);
    if (s.method === 'typed' && s.image !== null) problems.push(`signatures[${i}] is typed but has an image`);
  });
  if (c.status === 'signed' && (!c.fingerprint || !c.lockedAt)) problems.push('a signed charter must have lockedAt and fingerprint');
  if (c.status !== 'signed' && c.signedContent !== null) problems.push('only a signed charter has signedContent');
  return problems;
}

/** Validate an already-parsed value as a charter. Never throws. */
export function validateCharter(value: unknown): ParseResult {
  try {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { ok: false, error: 'This is not a charter file: expected a JSON object.' };
    }
    const format = (value as Record<string, unknown>).format;
    if (format !== CHARTER_FORMAT) {
      return { ok: false, error: `This is not a Same Playbook charter file: "format" must be "${CHARTER_FORMAT}".` };
    }
    const version = (value as Record<string, unknown>).version;
    if (version !== CHARTER_VERSION) {
      // Older versions are brought up to date by openCharter (upgrades.ts) before they get here.
      const upgraded = upgradeCharter(value);
      return upgraded.ok
        ? { ok: false, error: `This charter is version ${JSON.stringify(version)}; it must be brought up to date first.` }
        : upgraded;
    }
    const result = v.safeParse(CharterSchema, value, { abortPipeEarly: true });
    if (!result.success) {
      const lines = result.issues.slice(0, 5).map(describe);
      const more = result.issues.length > 5 ? ` (and ${result.issues.length - 5} more)` : '';
      return { ok: false, error: `The charter file is not valid: ${lines.join('; ')}${more}.` };
    }
    const charter = result.output as Charter;
    const problems = integrityProblems(charter);
    if (problems.length) {
      return { ok: false, error: `The charter file is not valid: ${problems.slice(0, 5).join('; ')}.` };
    }
    return { ok: true, charter };
  } catch (e) {
    return { ok: false, error: `The charter file could not be read: ${(e as Error).message}` };
  }
}

/**
 * A charter read from anywhere (a file, a backup, a PDF, the command line): brought
 * up to today's shape by the upgrades, then validated strictly. Never throws.
 */
export function openCharter(value: unknown): ParseResult {
  const upgraded = upgradeCharter(value);
  if (!upgraded.ok) return upgraded;
  return validateCharter(upgraded.charter);
}

/** Parse the text of a charter file. Never throws. */
export function parseCharterFile(text: string): ParseResult {
  if (new TextEncoder().encode(text).length > MAX_FILE_BYTES) {
    return { ok: false, error: 'The file is larger than 5 MB, which is more than any charter needs.' };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `The file is not valid JSON (${(e as Error).message}).` };
  }
  return openCharter(value);
}

/**
 * The text of a file's bytes: UTF-8 (with or without its byte-order mark) or
 * UTF-16 (little- or big-endian, with a byte-order mark, or without one when
 * every other byte of an ASCII start is zero). Invalid UTF-8 becomes U+FFFD and
 * is then refused by JSON parsing or validation. The one decoder of the app and
 * the command line.
 */
export function decodeFileBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0) return new TextDecoder('utf-16be').decode(bytes);
  // TextDecoder('utf-8') drops a UTF-8 byte-order mark by itself.
  return new TextDecoder('utf-8').decode(bytes);
}

/** Read a File or Blob (size-checked before reading). */
export async function readCharterFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, error: 'The file is larger than 5 MB, which is more than any charter needs.' };
  }
  return parseCharterFile(decodeFileBytes(new Uint8Array(await file.arrayBuffer())));
}

export { serialiseCharter, charterFileName } from './serialise';
