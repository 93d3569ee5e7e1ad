/**
 * Nothing is written that the app would refuse: a charter file or a backup is
 * read back by the app's own reader (readImportFile.ts) before it is offered for
 * download. The reader and the validator load only when a file is written.
 */
import type { Charter } from '../charter/Charter';
import { serialiseCharter } from '../charter/serialise';
import { makeBackup, serialiseBackup } from './backupFile';

export type CheckedText = { ok: true; text: string } | { ok: false; error: string };

async function readBack(text: string, what: string): Promise<CheckedText> {
  const { readImportText, verifyImport } = await import('./readImportFile');
  const result = await verifyImport(readImportText(text));
  return result.ok ? { ok: true, text } : { ok: false, error: `${what} was not written, because Same Playbook could not open it again: ${result.error}` };
}

export function checkedCharterFile(charter: Charter): Promise<CheckedText> {
  return readBack(serialiseCharter(charter), 'The charter file');
}

export function checkedBackup(charters: Charter[], at: Date = new Date()): Promise<CheckedText> {
  return readBack(serialiseBackup(makeBackup(charters, at)), 'The backup');
}
