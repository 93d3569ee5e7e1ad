/**
 * Charters of any size for the benchmark: the large fixture (12 focus areas ×
 * 120 expectations) made editable again and grown to `focusAreas` focus areas,
 * `expectations` expectations and `domains` areas of decisions (the rights are
 * filled from the agreed models, one per domain and focus area).
 * `npx tsx scripts/largeCharters.ts 40 500 [domains] > out.json` writes one.
 */
import { readFileSync } from 'node:fs';
import type { Charter } from '../src/charter/Charter';
import { syncRights } from '../src/charter/DecisionRight';
import { serialiseCharter } from '../src/charter/charterFile';
import type { ModelNumber } from '../src/charter/DecisionModel';

export function largeCharter(focusAreas: number, expectations: number, domains?: number): Charter {
  const base = JSON.parse(readFileSync('tests/fixtures/large-signed.json', 'utf8')) as Charter;
  const c: Charter = structuredClone(base);
  const tag = `${focusAreas}x${expectations}${domains ? `x${domains}` : ''}`;
  c.id = `bench-${tag}`;
  c.title = `${base.title} (${focusAreas} focus areas, ${expectations} expectations)`;
  c.status = 'draft';
  c.signatures = [];
  c.lockedAt = null;
  c.fingerprint = null;
  c.signedContent = null;
  c.example = false;

  const fa = base.focusAreas;
  c.focusAreas = Array.from({ length: focusAreas }, (_, i) => {
    const f = fa[i % fa.length]!;
    return { ...f, id: i < fa.length ? f.id : `fa-bench-${i}`, name: i < fa.length ? f.name : `${f.name} ${Math.floor(i / fa.length) + 1}` };
  });
  const kept = new Set(c.focusAreas.map((f) => f.id));
  c.positions = c.positions.filter((p) => kept.has(p.focusAreaId));
  c.tallies = c.tallies.filter((t) => kept.has(t.focusAreaId));
  c.decisions = c.focusAreas.map((f, i) => {
    const d = base.decisions.find((x) => x.focusAreaId === f.id) ?? base.decisions[i % base.decisions.length]!;
    return { ...d, focusAreaId: f.id, model: (d.model ?? (((i % 4) + 1) as ModelNumber)) as ModelNumber, parked: false, parkedNote: '' };
  });

  if (domains) {
    c.domains = Array.from({ length: domains }, (_, i) => {
      const d = base.domains[i % base.domains.length]!;
      return { id: i < base.domains.length ? d.id : `domain-bench-${i}`, name: i < base.domains.length ? d.name : `${d.name} ${Math.floor(i / base.domains.length) + 1}` };
    });
  }
  c.rights = [];
  syncRights(c);

  const ex = base.expectations;
  c.expectations = Array.from({ length: expectations }, (_, i) => {
    const e = ex[i % ex.length]!;
    return { ...e, id: i < ex.length ? e.id : `exp-bench-${i}` };
  });
  return c;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [f, e, d] = process.argv.slice(2).map(Number);
  process.stdout.write(serialiseCharter(largeCharter(f || 12, e || 120, d || undefined)));
}
