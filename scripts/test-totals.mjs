// Sums the JSON reports of every test runner (vitest, Playwright) into one line:
// "N passed, N failed". Exits non-zero when a report is missing or anything failed.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let missing = [];

const vitest = 'test-results/vitest.json';
if (existsSync(vitest)) {
  const r = JSON.parse(readFileSync(vitest, 'utf8'));
  passed += r.numPassedTests ?? 0;
  failed += r.numFailedTests ?? 0;
  if ((r.numFailedTestSuites ?? 0) > 0 && (r.numFailedTests ?? 0) === 0) failed += r.numFailedTestSuites;
} else missing.push('unit (vitest)');

const pw = 'test-results/playwright.json';
if (existsSync(pw)) {
  const r = JSON.parse(readFileSync(pw, 'utf8'));
  const s = r.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  if ((r.errors ?? []).length > 0 && (s.unexpected ?? 0) === 0) failed += r.errors.length;
} else missing.push('end-to-end (playwright)');

if (missing.length) {
  console.log(`Not run: ${missing.join(', ')} (an earlier step failed).`);
  failed += missing.length;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
