import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Charter } from './Charter';
import { parseCharterFile } from './charterFile';
import { checkInCalendar } from './calendar';
import { calendarName, checkInsToIcs } from './ics';

function fixture(name: string): Charter {
  const r = parseCharterFile(readFileSync(new URL(`../../tests/fixtures/${name}.json`, import.meta.url), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.charter;
}

/** Parse with a second library (ical.js), the way a calendar app would read the file. */
function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return {
    name: cal.getFirstPropertyValue('x-wr-calname'),
    events: cal.getAllSubcomponents('vevent').map((v) => {
      const e = new ICAL.Event(v);
      return { uid: e.uid, summary: e.summary, description: e.description, start: e.startDate, categories: v.getFirstPropertyValue('categories') };
    }),
  };
}

describe('the .ics calendar, from the expectations', () => {
  const charter = fixture('riverside-signed');
  const checkIns = checkInCalendar(charter);
  const ics = checkInsToIcs(charter, checkIns);
  const parsed = parse(ics);

  it('is an iCalendar file with one all-day event per check-in, on its date', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('PRODID:-//Same Playbook//Charter check-ins//EN');
    expect(checkIns.length).toBeGreaterThan(10);
    expect(parsed.events).toHaveLength(checkIns.length);
    parsed.events.forEach((e, i) => {
      expect(e.start.isDate, 'an all-day event').toBe(true);
      expect(e.start.toString()).toBe(checkIns[i]!.date);
    });
  });

  it('names the district and the school year', () => {
    expect(calendarName(charter)).toBe('Riverside Unified School District: commitments 2026–27');
    expect(parsed.name).toBe(calendarName(charter));
  });

  it('says what each check-in is, who owns it and who takes part', () => {
    const first = parsed.events.find((e) => e.summary.startsWith('Progress report:'))!;
    expect(first.summary).toBe('Progress report: Schools report progress on each focus area, with the agreed data');
    expect(first.description).toContain('Owner: Principal');
    expect(first.description).toContain('With: Central office');
    expect(first.description).toMatch(/How often: Monthly \(1 of \d+ this school year\)/);
  });

  it('gives every event a unique, stable id, and the same file for the same charter', () => {
    const uids = parsed.events.map((e) => e.uid);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids.every((u) => /^[a-z]+-\d{3}-20\d\d-\d{2}-\d{2}@same-playbook$/.test(u))).toBe(true);
    expect(checkInsToIcs(charter, checkIns)).toBe(ics);
  });

  it('keeps accents, quotes, commas and semicolons intact', () => {
    const c = structuredClone(charter);
    c.district = 'Distrito Escolar Año Nuevo';
    c.expectations[0]!.what = 'Reunión; “check-in”, año 1';
    const back = parse(checkInsToIcs(c, checkInCalendar(c)));
    expect(back.name).toBe('Distrito Escolar Año Nuevo: commitments 2026–27');
    expect(back.events.find((e) => e.summary.includes('Reunión'))!.summary).toBe('Reunión; “check-in”, año 1');
  });

  it('an empty plan gives an empty calendar, still valid', () => {
    const c = structuredClone(charter);
    c.expectations = [];
    expect(parse(checkInsToIcs(c, checkInCalendar(c))).events).toEqual([]);
  });
});
