/**
 * The charter file: one JSON document per charter revision. This module is the
 * single source of truth for its shape — the published JSON Schema
 * (public/charter.schema.json) is generated from `CharterSchema`.
 */
import * as v from 'valibot';
import { CADENCES } from './Cadence';
import { CHARTER_FORMAT, CHARTER_VERSION, type Charter } from './Charter';

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
  focusAreas: list(v.strictObject({ id: Id, name: Line, scope: Line }), 200),
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
    v.strictObject({ focusAreaId: Id, memberId: v.nullable(Id), now: Model, shouldBe: Model }),
    50_000,
  ),
  decisions: list(v.strictObject({ focusAreaId: Id, model: Model, rationale: Text, evidence: Text }), 200),
  roles: list(
    v.strictObject({ id: Id, name: Line, side: Side, purpose: Text, responsibilities: Text }),
    100,
  ),
  domains: list(
    v.strictObject({
      id: Id,
      name: Line,
      setsPriorities: v.nullable(Id),
      decidesActions: v.nullable(Id),
      consulted: list(Id, 100),
      informed: list(Id, 100),
    }),
    200,
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
  signatures: list(v.strictObject({ memberId: Id, typedName: Line, signedAt: Timestamp }), 500),
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
  unique('domains', c.domains.map((d) => d.id));
  unique('expectations', c.expectations.map((e) => e.id));
  unique('decisions (focus area)', c.decisions.map((d) => d.focusAreaId));
  unique('signatures (member)', c.signatures.map((s) => s.memberId));
  c.positions.forEach((p, i) => {
    if (!focus.has(p.focusAreaId)) problems.push(`positions[${i}].focusAreaId points at no focus area`);
    if (p.memberId !== null && !team.has(p.memberId)) problems.push(`positions[${i}].memberId points at no team member`);
  });
  c.decisions.forEach((d, i) => {
    if (!focus.has(d.focusAreaId)) problems.push(`decisions[${i}].focusAreaId points at no focus area`);
  });
  c.domains.forEach((d, i) => {
    for (const [field, ids] of [
      ['setsPriorities', d.setsPriorities ? [d.setsPriorities] : []],
      ['decidesActions', d.decidesActions ? [d.decidesActions] : []],
      ['consulted', d.consulted],
      ['informed', d.informed],
    ] as const) {
      for (const id of ids) if (!roles.has(id)) problems.push(`domains[${i}].${field} points at no role ("${id}")`);
    }
  });
  c.expectations.forEach((e, i) => {
    if (e.ownerRoleId && !roles.has(e.ownerRoleId)) problems.push(`expectations[${i}].ownerRoleId points at no role`);
  });
  c.signatures.forEach((s, i) => {
    if (!team.has(s.memberId)) problems.push(`signatures[${i}].memberId points at no team member`);
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
