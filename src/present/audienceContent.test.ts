import { describe, expect, it } from 'vitest';
import { newCharter, newFocusArea, newTeamMember, type Charter } from '../charter/Charter';
import { STAGE_IDS } from '../workflow/stages';
import { MAX_LISTED, audienceContent, spotlightChoices, validSpotlight } from './audienceContent';

function charter(): Charter {
  const c = newCharter(new Date('2026-09-14T09:00:00Z'));
  c.district = 'Lakeshore Unified';
  c.title = 'Reading charter';
  c.focusAreas = [newFocusArea('Elementary reading', 'K–5'), newFocusArea('Middle school mathematics', 'Grades 6–8')];
  c.team = [
    newTeamMember({ name: 'José Ñúñez', title: 'Superintendent', side: 'district' }),
    newTeamMember({ name: 'Nguyễn Thị Minh', title: 'Principal', side: 'school' }),
    newTeamMember({ name: 'Sam Okoro', title: 'Teacher leader', side: 'school', signatory: false }),
  ];
  c.reflection.whyNow = 'Scores have been flat for three years.';
  c.reflection.rootCauses = 'A private note the facilitator keeps';
  return c;
}

function place(c: Charter, focus: number, member: number, now: 1 | 2 | 3 | 4, shouldBe: 1 | 2 | 3 | 4) {
  c.positions.push({ focusAreaId: c.focusAreas[focus].id, memberId: c.team[member].id, now, shouldBe });
}

describe('what the room sees', () => {
  it('gives every stage its number, title and question, and no editing controls', () => {
    const c = charter();
    for (const stage of STAGE_IDS) {
      const a = audienceContent(c, stage);
      expect(a.stage).toBe(stage);
      expect(a.step).toBe(STAGE_IDS.indexOf(stage) + 1);
      expect(a.question).toMatch(/\S/);
      expect(a.body).toBeTruthy();
      expect(a.charterTitle).toBe('Reading charter');
    }
    expect(audienceContent(c, 'models').source).toBe('Education Northwest, 2017');
    // Reflect cites the source of the prompt on the screen, and none for the app's own prompts.
    expect(audienceContent(c, 'reflect', 'districtBarriers').source).toBe('MSU K-12 Outreach, n.d.');
    expect(audienceContent(c, 'reflect', 'whyNow').source).toBeNull();
    expect(audienceContent(c, 'reflect').source).toBe('Westover & Steinhauser, n.d.; MSU K-12 Outreach, n.d.; Education Northwest, 2017');
  });

  it('shows the two things true in every model, and each of the three takeaways with its example on request', () => {
    const c = charter();
    const overview = audienceContent(c, 'models');
    if (overview.body.kind !== 'models') throw new Error('models');
    expect(overview.body.constants).toHaveLength(2);
    expect(overview.body.takeaway).toBeNull();
    const choices = spotlightChoices(c, 'models');
    expect(choices.map((x) => x.id)).toEqual(['takeaway-1', 'takeaway-2', 'takeaway-3']);
    const third = audienceContent(c, 'models', 'takeaway-3');
    if (third.body.kind !== 'models') throw new Error('models');
    expect(third.body.takeaway?.number).toBe(3);
    expect(third.body.takeaway?.example.title).toBe('A large district in Washington state');
    const second = audienceContent(c, 'models', 'takeaway-2');
    if (second.body.kind !== 'models') throw new Error('models');
    expect(second.body.takeaway?.example.title).toMatch(/Idaho/);
  });

  it('keeps the room’s views hidden until the focus area is revealed', () => {
    const c = charter();
    place(c, 0, 0, 2, 1);
    place(c, 0, 1, 2, 1);
    place(c, 0, 2, 3, 1);
    const hidden = audienceContent(c, 'positions');
    expect(hidden.body.kind).toBe('positions');
    if (hidden.body.kind !== 'positions') return;
    expect(hidden.body.focusArea?.name).toBe('Elementary reading');
    expect(hidden.body.revealed).toBe(false);
    expect(hidden.body.answered).toBe(3);
    expect(hidden.body.cells.every((cell) => cell.now === 0 && cell.shouldBe === 0)).toBe(true);
    expect(hidden.body.summary).toEqual([]);

    c.focusAreas[0].revealed = true;
    const shown = audienceContent(c, 'positions');
    if (shown.body.kind !== 'positions') throw new Error('positions');
    expect(shown.body.cells.map((cell) => [cell.model, cell.now, cell.shouldBe])).toEqual([
      [1, 0, 3],
      [2, 2, 0],
      [3, 1, 0],
      [4, 0, 0],
    ]);
    expect(shown.body.summary.join(' ')).toBe('Today: 2 see model 2, 1 model 3. Should be: all 3 want model 1. Everyone who gave both views would move away from the model they see today.');
  });

  it('shows the focus area the facilitator picks, and falls back to the first', () => {
    const c = charter();
    const second = c.focusAreas[1].id;
    const a = audienceContent(c, 'positions', second);
    if (a.body.kind !== 'positions') throw new Error('positions');
    expect(a.body.focusArea?.name).toBe('Middle school mathematics');
    expect([a.body.index, a.body.total]).toEqual([2, 2]);
    expect(validSpotlight(c, 'positions', 'gone')).toBe(c.focusAreas[0].id);
    expect(validSpotlight(c, 'decide', 'gone')).toBeNull();
    expect(spotlightChoices(c, 'expectations')).toEqual([]);
    expect(validSpotlight(c, 'roles', null)).toBe(c.focusAreas[0].id);
  });

  it('places agreed decisions on the 2×2 and lists what is undecided or parked', () => {
    const c = charter();
    c.decisions.push({
      focusAreaId: c.focusAreas[0].id,
      model: 1,
      operatesNow: 2,
      rationale: 'Same gap everywhere.',
      evidence: '',
      parked: false,
      parkedNote: '',
      needsFromSchools: '',
      needsFromDistrict: '',
    });
    const a = audienceContent(c, 'decide');
    if (a.body.kind !== 'decide') throw new Error('decide');
    expect(a.body.cells.find((x) => x.model === 1)?.focusAreas).toEqual(['Elementary reading']);
    expect(a.body.undecided).toEqual(['Middle school mathematics']);
    expect(a.body.spotlight).toBeNull();

    c.decisions.push({ focusAreaId: c.focusAreas[1].id, model: null, operatesNow: null, rationale: '', evidence: '', parked: true, parkedNote: '', needsFromSchools: '', needsFromDistrict: '' });
    const parked = audienceContent(c, 'decide', c.focusAreas[0].id);
    if (parked.body.kind !== 'decide') throw new Error('decide');
    expect(parked.body.parked).toEqual(['Middle school mathematics']);
    expect(parked.body.undecided).toEqual([]);
    expect(parked.body.spotlight).toMatchObject({ model: 1, rationale: 'Same gap everywhere.' });
  });

  it('shows reflection questions, and an answer only when the facilitator spotlights it', () => {
    const c = charter();
    const overview = audienceContent(c, 'reflect');
    if (overview.body.kind !== 'reflect') throw new Error('reflect');
    expect(overview.body.prompts.find((p) => p.key === 'whyNow')?.answered).toBe(true);
    expect(JSON.stringify(overview)).not.toContain('A private note');
    const one = audienceContent(c, 'reflect', 'whyNow');
    if (one.body.kind !== 'reflect') throw new Error('reflect');
    expect(one.body.spotlight?.answer).toBe('Scores have been flat for three years.');
  });

  it('lists signatories with who has signed, never the non-signing members', () => {
    const c = charter();
    c.signatures.push({ memberId: c.team[0].id, typedName: 'José Ñúñez', method: 'typed', image: null, signedAt: '2026-09-14T10:00:00Z', consent: true, intent: '', timeZone: '', device: '' });
    const a = audienceContent(c, 'sign');
    if (a.body.kind !== 'sign') throw new Error('sign');
    expect(a.body.signatories.map((s) => [s.name, s.signed])).toEqual([
      ['José Ñúñez', true],
      ['Nguyễn Thị Minh', false],
    ]);
    expect(a.body.signed).toBe(1);
  });

  it('shows who holds the decisions for one focus area, with gaps left blank', () => {
    const c = charter();
    const f = c.focusAreas[0];
    c.rights = c.domains.map((d, i) => ({
      domainId: d.id,
      focusAreaId: f.id,
      setsPriorities: i === 0 ? null : c.roles[0].id,
      decidesActions: c.roles[1].id,
      consulted: [],
      informed: [],
      overridden: false,
    }));
    const a = audienceContent(c, 'roles');
    if (a.body.kind !== 'roles') throw new Error('roles');
    expect(a.body.focusArea?.name).toBe('Elementary reading');
    expect(a.body.rows[0]).toEqual({ area: c.domains[0].name, priorities: '', actions: c.roles[1].name });
    expect(a.body.rows.length + a.body.more).toBe(c.domains.length);
    expect(a.body.gaps).toBe(1);
  });

  it('lists the first commitments with their owner and rhythm', () => {
    const c = charter();
    c.expectations = Array.from({ length: 7 }, (_, i) => ({
      id: `e${i}`,
      ownerRoleId: c.roles[0].id,
      withRoleIds: [],
      what: `Commitment ${i + 1}`,
      cadence: 'monthly' as const,
      evidence: '',
      start: '',
      due: '',
      source: '',
    }));
    const a = audienceContent(c, 'expectations');
    if (a.body.kind !== 'expectations') throw new Error('expectations');
    expect(a.body.items[0]).toEqual({ what: 'Commitment 1', owner: c.roles[0].name, cadence: 'Monthly' });
    expect([a.body.items.length, a.body.more, a.body.total]).toEqual([5, 2, 7]);
  });

  it('counts open items beyond what fits on the screen', () => {
    const c = charter();
    c.focusAreas = Array.from({ length: 9 }, (_, i) => newFocusArea(`Area ${i + 1}`));
    const a = audienceContent(c, 'review');
    if (a.body.kind !== 'open-items') throw new Error('review');
    expect(a.body.open).toHaveLength(MAX_LISTED);
    expect(a.body.more).toBe(a.body.total - MAX_LISTED);
    expect(a.body.more).toBeGreaterThan(0);
  });

  it('says a signed charter is the one agreed, not that it is ready to sign', () => {
    const c = charter();
    const draft = audienceContent(c, 'review');
    if (draft.body.kind !== 'open-items') throw new Error('review');
    expect(draft.body.done).toContain('ready to sign');
    c.status = 'signed';
    const signed = audienceContent(c, 'review');
    if (signed.body.kind !== 'open-items') throw new Error('review');
    expect(signed.body.done).toBe('Signed by every signatory: this is the charter as agreed.');
  });
});
