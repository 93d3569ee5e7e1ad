/**
 * Checks on parsed JSON before any schema sees it: keys that could reach an
 * object's prototype, and nesting deeper than any Same Playbook file has.
 */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
export const MAX_DEPTH = 24;

function pathText(path: (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${p}` : p;
  return out || 'the top level';
}

/** A message naming the first dangerous key or too-deep nesting, or null when there is none. Never throws. */
export function hostileStructure(value: unknown): string | null {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: at, path } = stack.pop()!;
    if (typeof at !== 'object' || at === null) continue;
    if (path.length >= MAX_DEPTH) return `The file is nested more deeply than any Same Playbook file (at ${pathText(path)}).`;
    if (Array.isArray(at)) {
      for (let i = at.length - 1; i >= 0; i--) stack.push({ value: at[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(at);
    for (const key of keys) {
      if (FORBIDDEN_KEYS.has(key)) {
        return `The file contains a key named "${key}" (at ${pathText(path)}), which no Same Playbook file has.`;
      }
    }
    for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (at as Record<string, unknown>)[keys[i]], path: [...path, keys[i]] });
  }
  return null;
}
