/**
 * The charter file: one JSON document per charter revision. This module is the
 * single source of truth for its shape — the published JSON Schema
 * (public/charter.schema.json) is generated from `CharterSchema`.
 */
import * as v from 'valibot';
import { CADENCES } from './Cadence';
import { CHARTER_FORMAT, CHARTER_VERSION, MAX_SIGNATURE_IMAGE_CHARS, type Charter } from './Charter';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

const MAX_TEXT = 20_000;
const MAX_LINE = 500;

const Id = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(100, 'is too long (over 100 characters)'));
const Line = v.pipe(v.string(), v.maxLength(MAX_LINE, `is too long (over ${MAX_LINE} characters)`));
const Text = v.pipe(v.string(), v.maxLength(MAX_TEXT, `is too long (over ${MAX_TEXT} characters)`));
const DATE_MESSAGE = 'must be a date written YYYY-MM-DD, or empty';
const DateOrEmpty = v.union([v.literal(''), v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, DATE_MESSAGE))], DATE_MESSAGE);
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
  district: Line,
  title: Line,
  inScope: Text,
  outOfScope: Text,
  facilitator: Line,
  meetingDate: DateOrEmpty,
  nextReviewDate: DateOrEmpty,
  focusAreas: list(v.strictObject({ id: Id, name: Line, scope: Line, revealed: v.boolean() }), 200),
  team: list(
    v.strictObject({ id: Id, name: Line, title: Line, side: Side, signatory: v.boolean() }),
    500,
  ),
  reflection: v.strictObject({
    whyNow: Text,
    dataReviewed: Text,
    dataShows: Text,
    rootCauses: Text,
    earlierEfforts: Text,
    doDifferently: Text,
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
      what: Text,
      cadence: v.nullable(v.picklist(CADENCES as [string, ...string[]], `must be one of ${CADENCES.join(', ')}, or null`)),
      evidence: Text,
      start: DateOrEmpty,
      due: DateOrEmpty,
    }),
    2_000,
  ),
  supports: v.strictObject({
    schoolYear: v.strictObject({ start: DateOrEmpty, end: DateOrEmpty }),
    resources: list(
      v.strictObject({ id: Id, what: Text, fromRoleId: v.nullable(Id), toRoleId: v.nullable(Id), byWhen: DateOrEmpty }),
      500,
    ),
    communication: list(
      v.strictObject({
        id: Id,
        kind: v.picklist(['progress-report', 'check-in', 'cross-school'], 'must be "progress-report", "check-in" or "cross-school"'),
        what: Text,
        ownerRoleId: v.nullable(Id),
        withRoleIds: list(Id, 100),
        cadence: v.nullable(v.picklist(CADENCES as [string, ...string[]], `must be one of ${CADENCES.join(', ')}, or null`)),
        first: DateOrEmpty,
      }),
      200,
    ),
  }),
  signatures: list(
    v.strictObject({
      memberId: Id,
      typedName: Line,
      method: v.picklist(['typed', 'drawn'], 'must be "typed" or "drawn"'),
      image: v.nullable(SignatureImage),
      signedAt: Timestamp,
    }),
    500,
  ),
  lockedAt: v.nullable(Timestamp),
  fingerprint: v.nullable(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 hexadecimal characters'))),
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
  unique('supports.communication', c.supports.communication.map((m) => m.id));
  c.supports.resources.forEach((a, i) => {
    if (a.fromRoleId && !roles.has(a.fromRoleId)) problems.push(`supports.resources[${i}].fromRoleId points at no role`);
    if (a.toRoleId && !roles.has(a.toRoleId)) problems.push(`supports.resources[${i}].toRoleId points at no role`);
  });
  c.supports.communication.forEach((m, i) => {
    if (m.ownerRoleId && !roles.has(m.ownerRoleId)) problems.push(`supports.communication[${i}].ownerRoleId points at no role`);
    for (const id of m.withRoleIds) if (!roles.has(id)) problems.push(`supports.communication[${i}].withRoleIds points at no role ("${id}")`);
  });
  c.expectations.forEach((e, i) => {
    if (e.ownerRoleId && !roles.has(e.ownerRoleId)) problems.push(`expectations[${i}].ownerRoleId points at no role`);
  });
  c.signatures.forEach((s, i) => {
    if (!team.has(s.memberId)) problems.push(`signatures[${i}].memberId points at no team member`);
    if (s.method === 'drawn' && s.image === null) problems.push(`signatures[${i}] is drawn but has no image`);
    if (s.method === 'typed' && s.image !== null) problems.push(`signatures[${i}] is typed but has an image`);
  });
  if (c.status === 'signed' && (!c.fingerprint || !c.lockedAt)) problems.push('a signed charter must have lockedAt and fingerprint');
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
      return {
        ok: false,
        error:
          version === undefined
            ? `This charter file has no "version"; this app reads version ${CHARTER_VERSION}.`
            : `This charter file is version ${JSON.stringify(version)}; this app reads version ${CHARTER_VERSION}.`,
      };
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
  return validateCharter(value);
}

/** Read a File or Blob (size-checked before reading). */
export async function readCharterFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_FILE_BYTES) {
    return { ok: false, error: 'The file is larger than 5 MB, which is more than any charter needs.' };
  }
  return parseCharterFile(await file.text());
}

export { serialiseCharter, charterFileName } from './serialise';
