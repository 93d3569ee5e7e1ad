/**
 * Reading a file someone wants to bring into the library: a charter file or a
 * library backup. Strict, and never throws: size, JSON, dangerous keys, format,
 * version, the schema of every charter, duplicate ids and revision loops are all
 * checked before anything is shown or stored. Loaded only when a file is opened.
 */
import type { Charter } from '../charter/Charter';
import { decodeFileBytes, MAX_FILE_BYTES, openCharter } from '../charter/charterFile';
import { verifyCharter } from './checkCharterFile';
import { BACKUP_FORMAT, BACKUP_VERSION, MAX_BACKUP_BYTES, MAX_BACKUP_CHARTERS } from './backupFile';
import { hostileStructure } from './safeJson';
import { UNTITLED_CHARTER } from '../charter/names';

/** How far reading has got: `done` of `total` charters checked. */
export type ImportProgress = (done: number, total: number) => void;

export type ImportFile =
  | { ok: true; kind: 'charter'; charter: Charter }
  | { ok: true; kind: 'backup'; exportedAt: string; charters: Charter[] }
  | { ok: false; error: string };

const BACKUP_KEYS = ['format', 'version', 'exportedAt', 'charters'];
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const TOO_BIG_BACKUP = `The file is larger than ${MAX_BACKUP_BYTES / 1024 / 1024} MB, which is more than any library backup needs.`;
const TOO_BIG_CHARTER = 'The file is larger than 5 MB, which is more than any charter needs.';

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}

function byteLength(text: string): number {
  // Cheap bounds first: a UTF-16 unit is at most 3 bytes of UTF-8.
  if (text.length * 3 <= MAX_FILE_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

function titleOf(value: unknown): string {
  const title = (value as { title?: unknown } | null)?.title;
  return typeof title === 'string' && title.trim() ? ` (“${title.trim().slice(0, 80)}”)` : '';
}

/** A library backup, already parsed. */
export function validateBackup(value: Record<string, unknown>, onProgress?: ImportProgress): ImportFile {
  if (value.version !== BACKUP_VERSION) {
    return fail(
      value.version === undefined
        ? `This backup has no "version"; this app reads version ${BACKUP_VERSION}.`
        : `This backup is version ${JSON.stringify(value.version)}; this app reads version ${BACKUP_VERSION}.`,
    );
  }
  for (const key of Object.keys(value)) {
    if (!BACKUP_KEYS.includes(key)) return fail(`The backup is not valid: ${key} is not a field of a backup file.`);
  }
  if (typeof value.exportedAt !== 'string' || !TIMESTAMP.test(value.exportedAt)) {
    return fail('The backup is not valid: exportedAt must be a date and time (ISO 8601).');
  }
  const list = value.charters;
  if (!Array.isArray(list)) return fail('The backup is not valid: charters must be a list of charters.');
  if (list.length === 0) return fail('The backup holds no charters.');
  if (list.length > MAX_BACKUP_CHARTERS) return fail(`The backup holds more than ${MAX_BACKUP_CHARTERS} charters.`);

  const charters: Charter[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < list.length; i++) {
    if (onProgress && i % 50 === 0) onProgress(i, list.length * 2);
    const result = openCharter(list[i]);
    if (!result.ok) return fail(`charters[${i}]${titleOf(list[i])}: ${result.error}`);
    const c = result.charter;
    const twin = seen.get(c.id);
    if (twin !== undefined) return fail(`The backup is not valid: charters[${twin}] and charters[${i}] have the same id "${c.id}".`);
    if (c.previousRevisionId === c.id) return fail(`The backup is not valid: charters[${i}] names itself as its previous revision.`);
    seen.set(c.id, i);
    charters.push(c);
  }
  // A chain of previous revisions must end; a loop means the file was made by hand or damaged.
  const previous = new Map(charters.map((c) => [c.id, c.previousRevisionId]));
  for (const c of charters) {
    const visited = new Set<string>();
    for (let at: string | null | undefined = c.id; at && previous.has(at); at = previous.get(at)) {
      if (visited.has(at)) return fail(`The backup is not valid: the revisions of “${c.title || c.id}” go round in a loop.`);
      visited.add(at);
    }
  }
  return { ok: true, kind: 'backup', exportedAt: value.exportedAt, charters };
}

/** The text of a charter file or a backup. Never throws. */
export function readImportText(text: string, onProgress?: ImportProgress): ImportFile {
  try {
    if (text.length > MAX_BACKUP_BYTES) return fail(TOO_BIG_BACKUP);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return fail(`The file is not valid JSON (${(e as Error).message}).`);
    }
    const hostile = hostileStructure(value);
    if (hostile) return fail(hostile);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const format = (value as Record<string, unknown>).format;
      if (format === BACKUP_FORMAT) return validateBackup(value as Record<string, unknown>, onProgress);
    }
    if (byteLength(text) > MAX_FILE_BYTES) return fail(TOO_BIG_CHARTER);
    const result = openCharter(value);
    return result.ok ? { ok: true, kind: 'charter', charter: result.charter } : result;
  } catch (e) {
    return fail(`The file could not be read: ${(e as Error)?.message ?? String(e)}`);
  }
}

/** A backup is written with its format first; a large file that does not start like one is not read at all. */
const BACKUP_HEAD = /^\s*\{\s*"format"\s*:\s*"same-playbook\/backup"/;

/** Every signed charter must still give the fingerprint it was locked with. */
export async function verifyImport(result: ImportFile, onProgress?: ImportProgress): Promise<ImportFile> {
  if (!result.ok) return result;
  if (result.kind === 'charter') {
    const v = await verifyCharter(result.charter, 'This charter file');
    return v.ok ? result : fail(v.error);
  }
  const total = result.charters.length;
  for (const [i, c] of result.charters.entries()) {
    if (onProgress && i % 50 === 0) onProgress(total + i, total * 2);
    const v = await verifyCharter(c, `charters[${i}] (“${c.title || UNTITLED_CHARTER}”)`);
    if (!v.ok) return fail(v.error);
  }
  return result;
}

/**
 * A File or Blob: the one reader of the app and the command line. Its size is
 * checked before it is read; a file over 5 MB is read only if it starts like a
 * backup. Decoded (UTF-8, UTF-16), parsed, checked for hostile keys, brought up
 * to date, validated and verified. Never throws.
 */
export async function readImportFile(file: Blob, onProgress?: ImportProgress): Promise<ImportFile> {
  try {
    if (file.size > MAX_BACKUP_BYTES) return fail(TOO_BIG_BACKUP);
    if (file.size > MAX_FILE_BYTES) {
      const head = decodeFileBytes(new Uint8Array(await file.slice(0, 256).arrayBuffer()));
      if (!BACKUP_HEAD.test(head)) return fail(TOO_BIG_CHARTER);
    }
    const text = decodeFileBytes(new Uint8Array(await file.arrayBuffer()));
    return await verifyImport(readImportText(text, onProgress), onProgress);
  } catch (e) {
    return fail(`The file could not be read: ${(e as Error)?.message ?? String(e)}`);
  }
}
