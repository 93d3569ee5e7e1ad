/** A charter from tests/fixtures/, read as the app reads a file (checked and upgraded). For unit tests. */
import { readFileSync } from 'node:fs';
import { parseCharterFile } from '../../src/charter/charterFile';
import type { Charter } from '../../src/charter/Charter';

export function fixtureCharter(name: 'riverside-draft.json' | 'riverside-signed.json' | 'large-signed.json'): Charter {
  const r = parseCharterFile(readFileSync(`tests/fixtures/${name}`, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}
