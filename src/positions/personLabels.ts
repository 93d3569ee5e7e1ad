/**
 * Short labels for the dots on the 2×2: initials that are unique within the
 * team ("JÑ", "NM"), and short names for when names are shown.
 */
import type { TeamMember } from '../charter/Charter';

const words = (name: string) => name.normalize('NFC').trim().split(/[\s\-‐]+/u).filter(Boolean);
/** The first user-perceived character (so "Ñ" written as N + combining tilde stays whole). */
const firstChar = (w: string) => {
  const seg = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(w)[Symbol.iterator]().next();
  return seg.done ? '' : seg.value.segment;
};
const chars = (w: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(w)].map((s) => s.segment);

function initials(name: string, long: boolean): string {
  const ws = words(name);
  if (ws.length === 0) return '';
  const first = ws[0];
  if (ws.length === 1) return chars(first).slice(0, long ? 3 : 2).join('').toLocaleUpperCase();
  const last = ws[ws.length - 1];
  const head = long ? chars(first).slice(0, 2).join('') : firstChar(first);
  return (head.charAt(0).toLocaleUpperCase() + head.slice(1) + firstChar(last).toLocaleUpperCase()).normalize('NFC');
}

/** Unique initials per member id: "JÑ"; on a clash "JoÑ"; then a number. */
export function personInitials(team: Pick<TeamMember, 'id' | 'name'>[]): Map<string, string> {
  const out = new Map<string, string>();
  const short = team.map((m) => initials(m.name, false));
  const count = (xs: string[], x: string) => xs.filter((y) => y === x).length;
  const chosen = team.map((m, i) => (short[i] && count(short, short[i]) === 1 ? short[i] : initials(m.name, true)));
  team.forEach((m, i) => {
    let label = chosen[i] || '?';
    if (count(chosen, chosen[i]) > 1 || !chosen[i]) label = `${label}${chosen.slice(0, i + 1).filter((x) => x === chosen[i]).length}`;
    out.set(m.id, label);
  });
  return out;
}

/** Unique short names: the first name; on a clash, first name and last initial; then the full name. */
export function personShortNames(team: Pick<TeamMember, 'id' | 'name'>[]): Map<string, string> {
  const out = new Map<string, string>();
  const first = team.map((m) => words(m.name)[0] ?? '');
  team.forEach((m, i) => {
    const ws = words(m.name);
    const clash = first.filter((f) => f === first[i]).length > 1;
    let label = first[i] || 'Unnamed';
    if (clash && ws.length > 1) {
      label = `${first[i]} ${firstChar(ws[ws.length - 1])}.`;
      const same = team.filter((o, j) => j !== i && (words(o.name)[0] ?? '') === first[i] && firstChar(words(o.name).at(-1) ?? '') === firstChar(ws.at(-1)!));
      if (same.length) label = m.name.trim();
    }
    out.set(m.id, label);
  });
  return out;
}
