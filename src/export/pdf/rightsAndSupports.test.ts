/**
 * The PDF's decision rights, role cards, expectations by owner, and supports
 * with the calendar of check-ins, read back as text.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCharterFile } from '../../charter/charterFile';
import type { Charter } from '../../charter/Charter';
import { checkInCalendar } from '../../charter/calendar';
import { formatDateShort } from './layout';
import { roleHolders } from '../../charter/Role';
import { pdfPages } from '../../../tests/e2e/pdfPages';
import { buildCharterPdf } from './charterPdf';
import { loadFontsFromDisk } from './diskFonts';
import { CHANGED_NOTE } from './rightsPages';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

/** All text on one line, so phrases wrapped in table cells still match. */
const flat = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe('the riverside charter PDF', () => {
  const charter = fixture('riverside-signed');
  let text: string;
  let pages: string[];

  beforeAll(async () => {
    pages = await pdfPages(await buildCharterPdf(charter, { fonts: await loadFontsFromDisk(), paper: 'letter' }));
    text = flat(pages.join('\n'));
  }, 60_000);

  const after = (heading: string) => text.slice(text.indexOf(heading));

  it('has a decision-rights table per focus area, naming its model and the rows changed from it', () => {
    const rights = after('Decision rights For each focus area');
    expect(rights).toMatch(/Elementary reading Model 1: District sets priorities and controls actions Area of decisions Sets priorities Decides actions Consulted Informed/);
    expect(rights).toMatch(/Middle school mathematics Model 3: School sets priorities and controls actions/);
    expect(rights).toContain(`Staffing and hiring ${CHANGED_NOTE} Superintendent School leadership team Central office`);
    expect(rights).toContain(`Professional development ${CHANGED_NOTE} Principal Principal Central office, Teacher teams, Instructional coaches Superintendent`);
    expect(rights.split(CHANGED_NOTE).length - 1).toBe(2);
  });

  it('keeps each focus area’s rights table on one page', () => {
    for (const name of ['Elementary reading', 'Middle school mathematics']) {
      const page = flat(pages.find((p) => new RegExp(`${name} Model \\d: [^]*Area of decisions`).test(flat(p)))!);
      const table = page.slice(page.indexOf(`${name} Model`));
      expect(table).toContain('Curriculum and materials');
      expect(table).toContain('Family and community engagement');
    }
  });

  it('gives each role a card with its purpose, responsibilities and who holds it', () => {
    const roles = after('Roles Superintendent');
    for (const r of charter.roles) {
      expect(roles).toContain(flat(r.purpose));
      const holders = roleHolders(charter, r);
      if (holders.length) expect(roles).toContain(flat(holders.map((m) => [m.name, m.title].join(', ')).join('; ')));
    }
    expect(roles).toContain('Instructional coaches District side Purpose');
    // A role nobody holds has no "Held by" line (no blank printed as words).
    expect(roles).not.toContain('No one on the team yet');
  });

  it('lists every resource agreement, and every check-in of the year from the expectations, one line per date', () => {
    const supports = after('Supports and the year’s calendar Whatever the model');
    for (const a of charter.supports.resources) expect(supports).toContain(flat(a.what));
    const calendar = after('Calendar of check-ins 2026–27');
    const dates = [...new Set(checkInCalendar(charter).map((x) => x.date))];
    expect(dates.length).toBeGreaterThan(10);
    for (const d of dates) expect(calendar, d).toContain(formatDateShort(d, d));
  });
});
