/**
 * Canonical JSON: keys sorted by UTF-16 code unit, strings and keys in Unicode
 * NFC, no whitespace, undefined left out. The fingerprint is the SHA-256 of this
 * text (fingerprint.ts); upgrades keep the text an older release signed
 * (upgrades.ts). It never changes: every fingerprint ever made depends on it.
 */
function canonicalValue(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k.normalize('NFC'), v] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const out: Record<string, unknown> = {};
    for (const [k, v] of entries) out[k] = canonicalValue(v);
    return out;
  }
  return value;
}

/** The canonical text of an object, leaving out the named top-level fields. */
export function canonicalJson(value: Record<string, unknown>, leaveOut: ReadonlySet<string>): string {
  const content: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) if (!leaveOut.has(k)) content[k] = v;
  return JSON.stringify(canonicalValue(content));
}
