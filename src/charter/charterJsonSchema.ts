/**
 * The published JSON Schema of the charter file (public/charter.schema.json),
 * generated from `CharterSchema` so the two cannot drift apart. Written by
 * `npm run schema`; a unit test compares the file with this function's output.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { CHARTER_FORMAT, CHARTER_VERSION } from './Charter';
import { CharterSchema } from './charterFile';

export const CHARTER_SCHEMA_ID = 'charter.schema.json';

export function charterJsonSchema(): object {
  // 'ignore': actions with no JSON Schema equivalent are left out. The app's own
  // import (validateCharter) still enforces them, plus the cross-references
  // (unique ids, ids that point at real things) that JSON Schema cannot express.
  const generated = toJsonSchema(CharterSchema, { errorMode: 'ignore' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: CHARTER_SCHEMA_ID,
    title: 'Same Playbook charter file',
    description:
      `One revision of a Same Playbook charter: the decision models a district and its schools agreed ` +
      `for each focus area, who holds which decision rights, what each side commits to, and who signed. ` +
      `"format" is "${CHARTER_FORMAT}" and "version" is ${CHARTER_VERSION}. ` +
      `The app also checks what this schema cannot: ids are unique, every reference points at a real ` +
      `focus area, team member or role, a signed charter has lockedAt and a fingerprint (SHA-256 of its ` +
      `canonical content), and the file is at most 5 MB.`,
    ...rest,
  };
}
