/** Writing a charter file (kept apart from validation so the app's first download stays small). */
import type { Charter } from './Charter';

export function serialiseCharter(charter: Charter): string {
  return JSON.stringify(charter, null, 2) + '\n';
}

/** A safe, readable file name such as `Riverside-Unified-Reading-charter-rev2.pdf`. */
export function charterFileName(charter: Charter, ext = 'json'): string {
  const base = `${charter.district} ${charter.title}`.trim() || 'charter';
  const safe = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${safe || 'charter'}-rev${charter.revision}.${ext}`;
}
