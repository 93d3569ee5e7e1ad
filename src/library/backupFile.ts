/**
 * The library backup file: every charter in the library in one JSON document,
 * versioned like the charter file. Writing it needs no validator (kept small for
 * the library's first download); reading it is in readImportFile.ts.
 *
 *   { "format": "same-playbook/backup", "version": 1,
 *     "exportedAt": "2026-05-01T09:30:00.000Z", "charters": [ <charter file>, … ] }
 */
import type { Charter } from '../charter/Charter';

export const BACKUP_FORMAT = 'same-playbook/backup';
export const BACKUP_VERSION = 1;
/** A backup is refused above this size, or with more charters than this. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;
export const MAX_BACKUP_CHARTERS = 5_000;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  charters: Charter[];
}

export function makeBackup(charters: Charter[], at: Date = new Date()): Backup {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: at.toISOString(), charters };
}

export function serialiseBackup(backup: Backup): string {
  return JSON.stringify(backup, null, 1) + '\n';
}

export function backupFileName(at: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `same-playbook-backup-${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}.json`;
}
