import { describe, expect, it } from 'vitest';
import { newCharter, type Charter } from '../charter/Charter';
import { setMemberView, tallyFor, memberPosition } from '../charter/positionsAndDecisions';
import { answeredLine, applyRoomAnswers, claimChanges, countedAnswers, roomResult, type PhoneState } from './roomAnswers';
import { readClaimRequest, readPhoneAnswer } from './roomProtocol';

function charter(): Charter {
  const c = newCharter(new Date('2026-09-01T10:00:00Z'));
  c.focusAreas = [{ id: 'fa', name: 'Elementary reading', scope: '', revealed: false }];
  c.team = ['ana', 'ben', 'chloé'].map((id) => ({ id, name: id, title: '', side: 'school' as const, signatory: true, keyboardName: '' }));
  return c;
}

const phone = (phoneId: string, claim: string | null, n = 1, answers: PhoneState['answers'] = {}): PhoneState => ({
  phoneId,
  claim: claim ? { memberId: claim, n } : null,
  answers,
});

describe('claiming a name', () => {
  const team = new Set(['ana', 'ben']);
  it('gives a free name to the first phone that asks, and only once', () => {
    const out = claimChanges(new Map(), new Map(), [phone('p1', 'ana'), phone('p2', 'ana'), phone('p3', 'ben')], team);
    expect(out.grant).toEqual([
      ['ana', 'p1'],
      ['ben', 'p3'],
    ]);
    expect(out.revoke).toEqual([]);
  });
  it('keeps a name with its holder and refuses names outside the team', () => {
    const claims = new Map([['ana', 'p1']]);
    expect(claimChanges(claims, new Map(), [phone('p2', 'ana'), phone('p1', 'ana'), phone('p4', 'zoe')], team)).toEqual({ grant: [], revoke: [] });
  });
  it('moves a phone to the name it now asks for', () => {
    const out = claimChanges(new Map([['ana', 'p1']]), new Map(), [phone('p1', 'ben', 2)], team);
    expect(out).toEqual({ grant: [['ben', 'p1']], revoke: ['ana'] });
  });
  it('does not grant a released request again until the phone asks anew', () => {
    const released = new Map([['p1', 1]]);
    expect(claimChanges(new Map([['ana', 'p1']]), released, [phone('p1', 'ana', 1)], team)).toEqual({ grant: [], revoke: ['ana'] });
    expect(claimChanges(new Map(), released, [phone('p2', 'ana', 1), phone('p1', 'ana', 2)], team).grant).toEqual([['ana', 'p2']]);
  });
});

describe('counting and revealing', () => {
  const phones = [
    phone('p1', 'ana', 1, { fa: { now: 2, shouldBe: 1 } }),
    phone('p2', 'ben', 1, { fa: { now: 2, shouldBe: null } }),
    phone('p3', null, 1, { fa: { now: 3, shouldBe: 3 } }),
  ];
  const claims = new Map([
    ['ana', 'p1'],
    ['ben', 'p2'],
  ]);

  it('counts only named phones in named mode, every phone in anonymous mode', () => {
    expect(countedAnswers('named', phones, claims, 'fa').map((a) => a.memberId)).toEqual(['ana', 'ben']);
    expect(countedAnswers('anonymous', phones, claims, 'fa')).toHaveLength(3);
    expect(roomResult(countedAnswers('anonymous', phones, claims, 'fa'))).toEqual({ now: [0, 2, 1, 0], shouldBe: [1, 0, 1, 0], answered: 2 });
    expect(answeredLine(7, 9)).toBe('7 of 9 have answered');
    expect(answeredLine(1, 1)).toBe('1 of 1 has answered');
  });

  it('named: writes each person’s views like keyboard entry, keeping typed views a phone did not give', () => {
    const c = charter();
    setMemberView(c, 'fa', 'ben', 'shouldBe', 4);
    setMemberView(c, 'fa', 'chloé', 'now', 1);
    applyRoomAnswers(c, 'fa', 'named', countedAnswers('named', phones, claims, 'fa'));
    expect(memberPosition(c, 'fa', 'ana')).toMatchObject({ now: 2, shouldBe: 1 });
    expect(memberPosition(c, 'fa', 'ben')).toMatchObject({ now: 2, shouldBe: 4 });
    expect(memberPosition(c, 'fa', 'chloé')).toMatchObject({ now: 1, shouldBe: null });
    expect(c.focusAreas[0].revealed).toBe(true);
  });

  it('anonymous: a show of hands replaces what was there', () => {
    const c = charter();
    setMemberView(c, 'fa', 'ben', 'shouldBe', 4);
    applyRoomAnswers(c, 'fa', 'anonymous', countedAnswers('anonymous', phones, claims, 'fa'));
    expect(c.positions).toEqual([]);
    expect(tallyFor(c, 'fa')).toEqual({ focusAreaId: 'fa', now: [0, 2, 1, 0], shouldBe: [1, 0, 1, 0] });
    expect(c.focusAreas[0].revealed).toBe(true);
  });

  it('leaves out names not in the team and focus areas that do not exist', () => {
    const c = charter();
    const before = JSON.stringify(c);
    applyRoomAnswers(c, 'nope', 'named', [{ memberId: 'ana', answer: { now: 1, shouldBe: 1 } }]);
    expect(JSON.stringify(c)).toBe(before);
    applyRoomAnswers(c, 'fa', 'named', [{ memberId: 'mallory', answer: { now: 1, shouldBe: 1 } }]);
    expect(c.positions).toEqual([]);
  });
});

describe('reading what a phone wrote', () => {
  it('keeps model numbers 1–4 and nothing else', () => {
    expect(readPhoneAnswer({ now: 2, shouldBe: 4 })).toEqual({ now: 2, shouldBe: 4 });
    expect(readPhoneAnswer({ now: 7, shouldBe: '1' })).toBeNull();
    expect(readPhoneAnswer({ now: 1.5, shouldBe: 3 })).toEqual({ now: null, shouldBe: 3 });
    for (const bad of [null, 3, 'x', [], { now: null, shouldBe: null }]) expect(readPhoneAnswer(bad)).toBeNull();
    expect(readClaimRequest({ memberId: 'ana', n: 1 })).toEqual({ memberId: 'ana', n: 1 });
    for (const bad of [null, { memberId: '', n: 1 }, { memberId: 'a'.repeat(101), n: 1 }, { memberId: 'a', n: 0 }, { memberId: 'a', n: 1.5 }]) {
      expect(readClaimRequest(bad)).toBeNull();
    }
  });
});
